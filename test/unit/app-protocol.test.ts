import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { resolveBundleFile } from '../../electron/core/bundle-files';
import { createBundleProtocolHandler } from '../../electron/door/app-protocol';
import { useTempFolder } from '../support/temp-folder';

const tempFolder = useTempFolder();
let renderer: string;

beforeEach(() => {
  const folder = tempFolder();
  renderer = path.join(folder, 'renderer');
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), '<title>ExportDesk</title>');
  fs.writeFileSync(path.join(renderer, 'assets', 'app.js'), 'x');
  fs.writeFileSync(path.join(folder, 'secret.txt'), 'outside');
});

describe('app:// protocol and bundle files', () => {
  it.each([
    ['/', 'index.html'],
    ['', 'index.html'],
    ['/assets/app.js', 'assets/app.js'],
    ['/assets/app.js?v=1', 'assets/app.js'],
    ['/../secret.txt', null],
    ['/%2e%2e/secret.txt', null],
    ['/assets/%2e%2e/%2e%2e/secret.txt', null],
    ['/..%2fsecret.txt', null],
    ['/..\\secret.txt', null],
    ['/%5c..%5csecret.txt', null],
    ['/index.html%00.js', null],
    ['/%E0%A4%A', null],
    ['/assets', null],
  ])('maps %j to %j', (urlPath, expected) => {
    const file = resolveBundleFile(renderer, urlPath);
    expect(file).toBe(expected === null ? null : path.join(renderer, expected));
  });

  it('serves bundle files with the CSP, the app for unknown screens, and 404 for anything else', async () => {
    const handle = createBundleProtocolHandler(renderer);
    const page = await handle(new Request('app://bundle/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await (await handle(new Request('app://bundle/inventory'))).text()).toContain('ExportDesk');
    expect((await handle(new Request('app://bundle/../secret.txt'))).status).not.toBe(500);
    expect(await (await handle(new Request('app://bundle/%2e%2e/secret.txt'))).text()).not.toContain('outside');
    expect((await handle(new Request('app://other/index.html'))).status).toBe(404);
    expect((await handle(new Request('app://bundle/missing.js'))).status).toBe(404);
  });
});
