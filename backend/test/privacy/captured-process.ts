import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { stopChild } from '../../src/dev/local-services';

const DIST = join(__dirname, '..', '..', 'dist', 'src');

/**
 * A built Reha process (`dist/src/<script>`) whose stdout and stderr are kept, so a test can
 * read everything it logged.
 */
export class CapturedProcess {
  private readonly chunks: Buffer[] = [];
  private readonly child: ChildProcess;
  private exited?: string;

  constructor(
    readonly name: string,
    script: string,
    env: NodeJS.ProcessEnv,
  ) {
    const file = join(DIST, script);
    if (!existsSync(file))
      throw new Error(
        `${file} is missing: build the backend first (cd backend && npx swc src migrations -d dist -q)`,
      );
    this.child = spawn(process.execPath, [file], {
      env: { PATH: process.env.PATH, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.child.stderr!.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.child.once('exit', (code, signal) => (this.exited = signal ?? `exit code ${code}`));
  }

  /** Everything written to stdout and stderr so far (interleaved in arrival order). */
  output(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }

  /** Waits until the output contains `text`; fails early, with the output, if the process ends. */
  async waitFor(text: string, timeoutMs = 20000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.output().includes(text)) {
      if (this.exited)
        throw new Error(
          `${this.name} ended (${this.exited}) before logging "${text}":\n${this.tail()}`,
        );
      if (Date.now() > deadline)
        throw new Error(
          `${this.name} did not log "${text}" within ${timeoutMs} ms:\n${this.tail()}`,
        );
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** SIGTERM (graceful shutdown, logs flushed); waits for the exit and the last output. */
  async stop(): Promise<void> {
    const closed = new Promise((resolve) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) resolve(undefined);
      else this.child.once('close', resolve);
    });
    await stopChild(this.child);
    await closed;
  }

  private tail(lines = 30): string {
    return this.output().split('\n').slice(-lines).join('\n');
  }
}
