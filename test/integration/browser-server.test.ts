import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserServer, type BrowserServer } from '../../electron/browser/server';
import { openCore, type Core } from '../../electron/core/core';
import { silentLogger } from '../../electron/core/log';
import { useTempFolder } from '../support/temp-folder';
import { testVin } from '../support/vins';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

const tempFolder = useTempFolder();
let core: Core;
let server: BrowserServer;
let folder: string;

function request(options: { method?: string; path: string; headers?: Record<string, string>; body?: string; port?: number }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: `127.0.0.1:${server.port}`, ...options.headers };
    const noHost = headers.host === '';
    if (noHost) delete headers.host;
    const req = http.request(
      { host: '127.0.0.1', port: options.port ?? server.port, method: options.method ?? 'GET', path: options.path, headers, setHost: !noHost },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const auth = () => ({ authorization: `Bearer ${server.token}` });
const callApi = (operation: string, input: unknown, headers: Record<string, string> = {}) =>
  request({ method: 'POST', path: `/api/call/${operation}`, headers: { ...auth(), 'content-type': 'application/json', ...headers }, body: JSON.stringify(input) });

beforeEach(async () => {
  folder = tempFolder();
  const renderer = path.join(folder, 'renderer');
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>ExportDesk</title>');
  fs.writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(folder, 'secret.txt'), 'outside the bundle');
  core = openCore({ databasePath: path.join(folder, 'inventory.sqlite'), door: 'browser', log: silentLogger });
  server = await startBrowserServer({ core, rendererFolder: renderer });
});

afterEach(async () => {
  await server.close();
  core.close();
});

describe('browser mode over loopback HTTP', () => {
  it('listens on 127.0.0.1 and prints a URL that carries a long random token', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[\\w-]{32}$`));
  });

  it.each([
    ['the page', '/'],
    ['a script', '/assets/app.js'],
    ['an API call', '/api/call/system.info'],
    ['the event stream', '/api/events'],
  ])('serves nothing of %s without the token (401)', async (_what, url) => {
    const answer = await request({ method: url.startsWith('/api/call') ? 'POST' : 'GET', path: url, headers: { 'content-type': 'application/json' } });
    expect(answer.status).toBe(401);
    expect(answer.body).not.toContain('ExportDesk</title>');
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it.each([['wrong'], ['x'.repeat(32)], ['']])('refuses the token %j (401)', async (token) => {
    expect((await request({ path: '/', headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
    expect((await request({ path: `/?token=${token}` })).status).toBe(401);
  });

  it('serves nothing without a Host header (Node answers 400 before us)', async () => {
    const answer = await request({ path: '/', headers: { ...auth(), host: '' } });
    expect(answer.status).toBe(400);
    expect(answer.body).not.toContain('<title>');
  });

  it.each([['evil.example:80'], ['attacker.test'], ['127.0.0.1:1'], ['localhost.evil.example']])('answers a foreign Host %j with 421 even with the token', async (host) => {
    const answer = await request({ path: '/', headers: { ...auth(), host } });
    expect(answer.status).toBe(421);
    expect(answer.body).not.toContain('<title>');
  });

  it.each([['http://evil.example'], ['null'], ['http://127.0.0.1:1']])('answers a foreign Origin %j with 403, writing nothing', async (origin) => {
    const answer = await callApi('vehicles.add', { vin: testVin(1), brand: '大众', model: 'A' }, { origin });
    expect(answer.status).toBe(403);
    expect(core.db.prepare('SELECT count(*) AS n FROM vehicles').get()).toEqual({ n: 0 });
  });

  it('sends no CORS headers, not even to a preflight', async () => {
    const preflight = await request({ method: 'OPTIONS', path: '/api/call/vehicles.add', headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(403);
    const answer = await callApi('system.info', {});
    for (const header of Object.keys(answer.headers)) expect(header).not.toMatch(/^access-control-/);
  });

  it('exchanges the printed token for an HttpOnly same-site cookie and a clean address', async () => {
    const first = await request({ path: `/?token=${server.token}` });
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const cookie = first.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await request({ path: '/', headers: { cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>ExportDesk</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  it('calls the core: add then list a vehicle', async () => {
    const vin = testVin(7);
    const added = JSON.parse((await callApi('vehicles.add', { vin, brand: '比亚迪', model: 'BYD7005BEV' })).body);
    expect(added).toMatchObject({ ok: true, value: { vin } });
    const listed = JSON.parse((await callApi('vehicles.list', {})).body);
    expect(listed).toMatchObject({ ok: true, value: { total: 1, items: [{ vin, brand: '比亚迪' }] } });
  });

  it.each([
    ['broken JSON', '{"vin": ', 'application/json', 400],
    ['a form post (no preflight)', 'vin=x', 'application/x-www-form-urlencoded', 415],
    ['plain text', '{}', 'text/plain', 415],
  ])('refuses %s with a typed error', async (_what, body, contentType, status) => {
    const answer = await request({ method: 'POST', path: '/api/call/vehicles.add', headers: { ...auth(), 'content-type': contentType }, body });
    expect(answer.status).toBe(status);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('refuses an oversized body (413)', async () => {
    await server.close();
    server = await startBrowserServer({ core, rendererFolder: path.join(folder, 'renderer'), maxBodyBytes: 1000 });
    const answer = await callApi('vehicles.add', { notes: 'x'.repeat(5000) });
    expect(answer.status).toBe(413);
  });

  it.each([
    ['/../secret.txt'],
    ['/%2e%2e/secret.txt'],
    ['/..%2fsecret.txt'],
    ['/assets/..%2f..%2fsecret.txt'],
    ['/..%5csecret.txt'],
    ['/%00index.html'],
    ['/assets/missing.js'],
  ])('never serves a file outside the bundle: %s', async (url) => {
    const answer = await request({ path: url, headers: auth() });
    expect(answer.body).not.toContain('outside the bundle');
    expect([200, 404]).toContain(answer.status);
    if (answer.status === 200) expect(answer.body).toContain('<title>ExportDesk</title>');
  });

  it('streams progress events of long calls to the page', async () => {
    const events: string[] = [];
    await new Promise<void>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port: server.port, path: '/api/events', headers: { host: `127.0.0.1:${server.port}`, ...auth() } }, (res) => {
        expect(res.headers['content-type']).toContain('text/event-stream');
        res.on('data', (chunk: Buffer) => {
          events.push(chunk.toString('utf8'));
          if (events.join('').includes('"done":2')) {
            req.destroy();
            resolve();
          }
        });
        core.events.emit('progress', { callId: 'c1', done: 1, total: 2 });
        core.events.emit('progress', { callId: 'c1', done: 2, total: 2 });
      });
      req.on('error', reject);
    });
    expect(events.join('')).toContain('event: progress\ndata: {"callId":"c1","done":1,"total":2}');
  });
});
