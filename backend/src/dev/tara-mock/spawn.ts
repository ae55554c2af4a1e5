import { ChildProcess, spawn, StdioOptions } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort } from '../free-port';
import { stopChild } from '../local-services';
import type { MockIdentity } from './identities';

/** The built entry: next to this file in dist, or in dist when this runs from source (Jest). */
const MAIN = existsSync(join(__dirname, 'main.js'))
  ? join(__dirname, 'main.js')
  : resolve(__dirname, '../../../dist/src/dev/tara-mock/main.js');

export interface TaraMockOptions {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  identities?: readonly MockIdentity[];
  /** Default: a free port from 7370 up. */
  port?: number;
  /** Default: the mock's output is shown only when it fails to start. */
  stdio?: StdioOptions;
  startTimeoutMs?: number;
}

export interface TaraMock {
  /** The issuer URL: TARA_ISSUER for the API. */
  issuer: string;
  /** Same as issuer (the launcher's `Started` shape). */
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** The callback URLs the API registers with TARA for each app, under its public address. */
export function eidRedirectUris(publicUrl: string): string[] {
  const base = publicUrl.replace(/\/+$/, '');
  return ['admin', 'client'].map((app) => `${base}/auth/${app}/eid/callback`);
}

/**
 * Starts the TARA mock (main.ts, built) as a child process and waits until its discovery
 * document answers. oidc-provider is an ES module, so it never runs inside the API or Jest.
 */
export async function startTaraMock(options: TaraMockOptions): Promise<TaraMock> {
  if (!existsSync(MAIN))
    throw new Error(`${MAIN} is missing: build the backend first (npx nx run @reha/backend:build)`);
  const port = options.port ?? (await freePort(7370));
  const issuer = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'development',
      TARA_MOCK_PORT: String(port),
      TARA_MOCK_ISSUER: issuer,
      TARA_MOCK_CLIENT_ID: options.clientId,
      TARA_MOCK_CLIENT_SECRET: options.clientSecret,
      TARA_MOCK_REDIRECT_URIS: options.redirectUris.join(','),
      TARA_MOCK_IDENTITIES: JSON.stringify(options.identities ?? []),
    },
    stdio: options.stdio ?? ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000));
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  const deadline = Date.now() + (options.startTimeoutMs ?? 20_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the TARA mock exited (${child.signalCode ?? child.exitCode}): ${output}`);
    try {
      const res = await fetch(`${issuer}/.well-known/openid-configuration`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stopChild(child);
      throw new Error(`the TARA mock did not answer on ${issuer}: ${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { issuer, url: issuer, child, stop: () => stopChild(child) };
}
