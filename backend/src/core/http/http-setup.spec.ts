import express from 'express';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveSpas, wantsSpaPage } from './http-setup';

const CURL = '*/*';
const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const FAVICON_FETCH = 'image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8';

describe('wantsSpaPage', () => {
  it.each([
    [BROWSER, '/admin/clients/7', true],
    [undefined, '/admin/', true],
    ['', '/', true],
    [CURL, '/stats/reports/2025', true],
    [BROWSER, '/clients/mari.maasikas', true],
    [CURL, '/favicon.ico', false],
    [undefined, '/robots.txt', false],
    [FAVICON_FETCH, '/favicon.ico', false],
    ['application/json', '/admin/', false],
    ['application/json, text/plain, */*', '/', false],
  ])('Accept %p for %s: %p', (accept, path, expected) => {
    expect(wantsSpaPage(accept, path)).toBe(expected);
  });
});

describe('serveSpas', () => {
  let webDist: string;
  let server: Server;
  let port: number;

  beforeAll(async () => {
    webDist = mkdtempSync(join(tmpdir(), 'reha-spas-'));
    for (const app of ['web-client', 'web-admin', 'web-stats']) {
      mkdirSync(join(webDist, app, 'dist', 'assets'), { recursive: true });
      writeFileSync(join(webDist, app, 'dist', 'index.html'), `<html>${app}</html>`);
      writeFileSync(join(webDist, app, 'dist', 'assets', 'index-abc.js'), '//');
    }
    const app = express();
    serveSpas(app, webDist);
    // Stands in for Nest's routes and its 404 handler, which come after the SPAs.
    app.get('/health', (_req, res) => void res.json({ status: 'ok' }));
    app.use((_req, res) => void res.status(404).json({ error: { code: 'NOT_FOUND' } }));
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(webDist, { recursive: true, force: true });
  });

  /** node:http, not fetch: fetch always sends an Accept header. */
  function get(
    path: string,
    accept?: string,
    method = 'GET',
  ): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = request(
        { port, host: '127.0.0.1', path, method, headers: accept ? { accept } : {} },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.end();
    });
  }

  it.each([
    ['/', 'web-client'],
    ['/admin/', 'web-admin'],
    ['/stats/', 'web-stats'],
    ['/admin/clients/7', 'web-admin'],
    ['/minu/broneeringud', 'web-client'],
  ])('answers %s with the %s page without an Accept header and for curl', async (path, app) => {
    for (const accept of [undefined, CURL, BROWSER]) {
      const res = await get(path, accept);
      expect({ accept, status: res.status, body: res.body }).toEqual({
        accept,
        status: 200,
        body: `<html>${app}</html>`,
      });
    }
  });

  it('still serves the hashed assets, and a missing one is a real 404 for everyone', async () => {
    expect((await get('/admin/assets/index-abc.js', CURL)).body).toBe('//');
    for (const accept of [undefined, CURL, BROWSER])
      expect((await get('/admin/assets/gone-after-deploy.js', accept)).status).toBe(404);
  });

  it('leaves files that are not there, other methods and JSON clients to the API (404)', async () => {
    expect((await get('/favicon.ico', CURL)).status).toBe(404);
    expect((await get('/favicon.ico', FAVICON_FETCH)).status).toBe(404);
    expect((await get('/admin/', 'application/json')).status).toBe(404);
    expect((await get('/admin/', undefined, 'POST')).status).toBe(404);
  });

  it('never swallows the API paths', async () => {
    for (const accept of [undefined, CURL, BROWSER]) {
      expect(await get('/health', accept)).toEqual({ status: 200, body: '{"status":"ok"}' });
      for (const path of ['/graphql', '/ready', '/dev/mail', '/dev/mail/1'])
        expect((await get(path, accept)).status).toBe(404);
    }
  });
});
