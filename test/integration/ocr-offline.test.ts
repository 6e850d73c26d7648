/**
 * Proves certificate OCR attempts no network access. A child process runs the built engine with a
 * preloaded guard that replaces every way out (net, tls, http, https, dns, fetch) by a function that
 * records the attempt and throws. `--require` also runs in worker threads, where tesseract.js loads its
 * engine and language data, and the guard records that it was installed there. After the OCR, the
 * child makes one deliberate fetch: the guard must catch exactly that one, showing it was working.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCertificate, writeCertificate, type GeneratedCertificate } from '../fixtures/certificates';
import { useTempFolder } from '../support/temp-folder';

const root = path.resolve(__dirname, '..', '..');
const built = path.join(root, 'dist', 'electron', 'core', 'ocr', 'index.js');

const GUARD = `
const fs = require('node:fs');
const { isMainThread, threadId } = require('node:worker_threads');
const log = process.env.OCR_NET_LOG;
const write = (entry) => fs.appendFileSync(log, JSON.stringify({ ...entry, thread: threadId, main: isMainThread }) + '\\n');
const blocked = (what) => function () { write({ attempt: what }); throw new Error('network access blocked: ' + what); };
write({ installed: true });
const net = require('node:net'), tls = require('node:tls'), http = require('node:http'), https = require('node:https'), dns = require('node:dns');
net.connect = blocked('net.connect');
net.createConnection = blocked('net.createConnection');
net.Socket.prototype.connect = blocked('net.Socket.connect');
tls.connect = blocked('tls.connect');
for (const [name, module] of [['http', http], ['https', https]]) { module.request = blocked(name + '.request'); module.get = blocked(name + '.get'); }
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) { dns[name] = blocked('dns.' + name); dns.promises[name] = blocked('dns.promises.' + name); }
globalThis.fetch = async (url) => blocked('fetch ' + url)();
`;

const CHILD = `
const { createOcrEngine } = require(process.env.OCR_ENGINE);
(async () => {
  const files = process.argv.slice(2).map((file) => ({ name: require('node:path').basename(file), bytes: require('node:fs').readFileSync(file) }));
  const engine = createOcrEngine({ languageFolder: process.env.OCR_LANGUAGES });
  const { reading } = await engine.recognizeCertificate(files);
  await engine.close();
  let canary = 'not blocked';
  await fetch('https://cdn.jsdelivr.net/npm/@tesseract.js-data/eng').catch((error) => (canary = error.message));
  process.stdout.write(JSON.stringify({ vin: reading.fields.vin.value, registrationDate: reading.fields.registrationDate.value, canary }));
})().catch((error) => { process.stderr.write(String(error && error.stack || error)); process.exit(1); });
`;

describe('certificate OCR is offline', () => {
  const tempFolder = useTempFolder();
  let certificate: GeneratedCertificate;
  beforeAll(async () => {
    certificate = await generateCertificate(8, { condition: 'clean' });
  });

  it('opens no socket, resolves no name and fetches nothing, in any thread', () => {
    expect(fs.existsSync(built), `${built} is missing: run npm run build:core first`).toBe(true);
    const folder = tempFolder();
    const images = writeCertificate(path.join(folder, 'scans'), certificate);
    fs.writeFileSync(path.join(folder, 'guard.cjs'), GUARD);
    fs.writeFileSync(path.join(folder, 'child.cjs'), CHILD);
    const log = path.join(folder, 'network.log');
    fs.writeFileSync(log, '');
    const run = spawnSync(process.execPath, ['--require', path.join(folder, 'guard.cjs'), path.join(folder, 'child.cjs'), ...images], {
      cwd: folder,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, OCR_NET_LOG: log, OCR_ENGINE: built, OCR_LANGUAGES: path.join(folder, 'tessdata') },
    });
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { vin: string; registrationDate: string; canary: string };
    expect(result.vin).toBe(certificate.truth.expected.vin);
    expect(result.registrationDate).toBe(certificate.truth.expected.registrationDate);

    const entries = fs.readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { installed?: true; attempt?: string; main: boolean });
    // The guard ran in the main thread and in the recognition workers.
    expect(entries.some((e) => e.installed && e.main)).toBe(true);
    expect(entries.filter((e) => e.installed && !e.main).length).toBeGreaterThanOrEqual(2);
    // The only attempt is the deliberate one after OCR, and it was blocked.
    expect(entries.filter((e) => e.attempt)).toEqual([{ attempt: 'fetch https://cdn.jsdelivr.net/npm/@tesseract.js-data/eng', thread: 0, main: true }]);
    expect(result.canary).toMatch(/network access blocked/);
    // Nothing was written into the working directory (tesseract.js caches there by default).
    expect(fs.readdirSync(folder).sort()).toEqual(['child.cjs', 'guard.cjs', 'network.log', 'scans', 'tessdata']);
  }, 90_000);
});
