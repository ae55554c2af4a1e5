import { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { AddressInfo } from 'node:net';
import { createApiApp } from '../src/main';
import { applyEnv } from './env';

/** A real API application on a random port, configured from `env`. */
export async function startApi(
  env: NodeJS.ProcessEnv,
  extraModules: Array<Type | DynamicModule> = [],
): Promise<{ app: INestApplication; url: string; close(): Promise<void> }> {
  const restore = applyEnv({ ...env, REHA_PROCESS: 'api' });
  let app: INestApplication;
  try {
    app = await createApiApp(extraModules);
    await app.listen(0, '127.0.0.1');
  } finally {
    restore();
  }
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}`, close: () => app.close() };
}

export async function graphql(
  url: string,
  query: string,
  options: { variables?: object; locale?: string; token?: string } = {},
) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.locale ? { 'accept-language': options.locale } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: JSON.stringify({ query, variables: options.variables }),
  });
  return {
    status: res.status,
    body: (await res.json()) as {
      data?: Record<string, unknown> | null;
      errors?: Array<{ message: string; extensions: Record<string, unknown> }>;
    },
  };
}
