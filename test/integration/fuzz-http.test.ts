/**
 * Hostile input through the HTTP door (issue 8, point 4): at least 10,000 random and malformed payloads,
 * spread over every operation of the contract, sent to browser mode's server on a real core. Every answer
 * is a typed error or a valid result (status < 500, the Result shape, no stack trace, no source path),
 * the server keeps answering and the database stays whole.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserServer, type BrowserServer } from '../../electron/browser/server';
import { openCore, type Core } from '../../electron/core/core';
import { silentLogger } from '../../electron/core/log';
import { ERROR_CODES } from '../../shared/contract/errors';
import { contract, OPERATION_NAMES, type OperationName } from '../../shared/contract/operations';
import { testVin } from '../support/vins';

const PAYLOADS = 10_000;
const MALFORMED = 600;
const CONCURRENCY = 6;
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
/** These take a path on the server or swap whole databases: fuzzed only with shapes the contract refuses. */
const NEUTERED = new Set<string>(['backup.create', 'backup.restore', 'demo.load', 'demo.discard'].filter((name) => name in contract));

const ROOT = path.resolve(__dirname, '..', '..');
let folder: string;
let core: Core;
let server: BrowserServer;
const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

interface Answer {
  status: number;
  body: string;
}

function send(operation: string, body: Buffer | string, contentType = 'application/json', method = 'POST'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port: server.port, method, path: `/api/call/${operation}`, agent, headers: { host: `127.0.0.1:${server.port}`, authorization: `Bearer ${server.token}`, 'content-type': contentType } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    // A 413 closes the connection while we may still be writing: that is an answer, not a failure.
    request.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? resolve({ status: 413, body: '{"ok":false,"error":{"code":"INVALID_INPUT","message":{"zh-CN":"","en":""}}}' }) : reject(error)));
    request.end(body);
  });
}

/** Keys an operation's input knows about (objects, unions of objects), for "right keys, wrong types". */
function keysOf(schema: unknown): string[] {
  const def = (schema as { def?: { type?: string; shape?: Record<string, unknown>; options?: unknown[]; in?: unknown; innerType?: unknown; schema?: unknown } }).def;
  if (!def) return [];
  if (def.shape) return Object.keys(def.shape);
  if (def.options) return def.options.flatMap(keysOf);
  for (const inner of [def.in, def.innerType, def.schema]) if (inner) return keysOf(inner);
  return [];
}

const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.integer(),
  fc.integer({ min: -1_000_000, max: 0 }),
  fc.double(),
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e309', '-0', '0x10', '１２３', '٣', '', ' ', '\u0000', '../../etc/passwd', 'C:\\Windows\\win.ini', '%s%n', "'; DROP TABLE vehicles; --", '<script>alert(1)</script>', 'LSVAU2180N2183297', '2026-02-30', '9999-99-99'),
  fc.constantFrom(-1, 0, 1, 2 ** 31, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1e308, 0.5),
  fc.constant('x'.repeat(200_000)),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer({ min: -3, max: 50 }), { maxLength: 20 }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** A value nested `depth` times, in arrays or objects. */
const deep = fc.tuple(fc.integer({ min: 50, max: 3000 }), fc.boolean()).map(([depth, arrays]) => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = arrays ? [value] : { a: value };
  return value;
});

function payloadFor(operation: OperationName): fc.Arbitrary<string> {
  const keys = keysOf(contract[operation].input);
  const known = keys.length > 0 ? fc.dictionary(fc.constantFrom(...keys), nasty, { maxKeys: keys.length + 1 }) : fc.constant({});
  const shapes = fc.oneof(
    { arbitrary: fc.jsonValue(), weight: 3 },
    { arbitrary: fc.anything({ maxDepth: 3 }).map((value) => JSON.parse(JSON.stringify(value) ?? 'null') as unknown), weight: 1 },
    { arbitrary: known, weight: 6 },
    { arbitrary: fc.tuple(known, fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'), nasty).map(([base, key, value]) => ({ ...base, [key]: value })), weight: 2 },
    { arbitrary: deep, weight: 1 },
  );
  return shapes.map((value) => {
    let input = value;
    // Never valid for the neutered operations: the strict schemas refuse unknown keys, and non-objects.
    // (null counts as {} at the door, so it becomes [null].)
    if (NEUTERED.has(operation)) input = input === null ? [null] : typeof input === 'object' && !Array.isArray(input) ? { ...input, fuzz: true } : input;
    // A setting that names a folder on the server would let later calls write there.
    if (operation === 'settings.update' && input !== null && typeof input === 'object' && 'backup.folder' in input) delete (input as Record<string, unknown>)['backup.folder'];
    // Own __proto__ keys survive JSON.stringify only when written by hand.
    const text = JSON.stringify(input) ?? 'null';
    return text.startsWith('{') && Math.random() < 0.1 ? `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},${text.slice(1).replace(/^}$/, '"x":1}')}` : text;
  });
}

/** Bodies that are not what the door expects at all. */
const malformed = fc.oneof(
  fc.string().map((text) => ({ body: `{${text}`, type: 'application/json' })),
  fc.constantFrom('{"a":', '[1,2', '{"a":1}}', 'undefined', 'NaN', "{'a':1}", '\u0000', '{"a":1e999999}', '{"a":"\\ud800"}').map((body) => ({ body, type: 'application/json' })),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => ({ body: Buffer.from(bytes), type: 'application/json' })),
  fc.jsonValue().map((value) => ({ body: JSON.stringify(value), type: 'text/plain' })),
  fc.jsonValue().map((value) => ({ body: JSON.stringify(value), type: 'application/x-www-form-urlencoded' })),
  fc.constant({ body: '['.repeat(100_000) + ']'.repeat(100_000), type: 'application/json' }),
  fc.constant({ body: `{"x":"${'y'.repeat(1_100_000)}"}`, type: 'application/json' }),
);

const STACK = /\n\s+at |\.ts:\d+|node_modules|[\\/]electron[\\/]core[\\/]/;

/** The one thing every answer must be: a typed error or a valid result, in JSON, with no stack trace. */
function checkAnswer(answer: Answer, tally: Map<string, number>, what: string): void {
  expect(answer.status, what).toBeLessThan(500);
  expect(answer.body, what).not.toMatch(STACK);
  expect(answer.body, what).not.toContain(ROOT);
  const parsed = JSON.parse(answer.body) as { ok: boolean; value?: unknown; error?: { code: string; message: Record<string, string> } };
  if (parsed.ok === true) {
    expect(parsed, what).toHaveProperty('value');
    tally.set('ok', (tally.get('ok') ?? 0) + 1);
    return;
  }
  expect(parsed.ok, what).toBe(false);
  expect(ERROR_CODES, what).toContain(parsed.error!.code);
  expect(typeof parsed.error!.message['zh-CN'], what).toBe('string');
  expect(typeof parsed.error!.message.en, what).toBe('string');
  expect(parsed.error!.code, what).not.toBe('INTERNAL');
  tally.set(parsed.error!.code, (tally.get(parsed.error!.code) ?? 0) + 1);
}

async function inPool<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'export-desk-fuzz-'));
  fs.mkdirSync(path.join(folder, 'renderer'));
  fs.writeFileSync(path.join(folder, 'renderer', 'index.html'), '<!doctype html>');
  core = openCore({ databasePath: path.join(folder, 'data', 'export-desk.sqlite'), door: 'browser', log: silentLogger, timeZone: 'Asia/Shanghai' });
  // Something to find: ids 1–3 exist, so some random ids hit real rows.
  for (let i = 1; i <= 3; i++) await core.call('vehicles.add', { vin: testVin(i), brand: '大众', model: '帕萨特', manufacturer: '上汽大众汽车有限公司', registrationDate: '2026-09-01', transferDate: '2026-09-15' });
  await core.call('batches.create', { reference: 'FUZZ-1' });
  server = await startBrowserServer({ core, rendererFolder: path.join(folder, 'renderer'), maxBodyBytes: 1024 * 1024 });
});

afterAll(async () => {
  await server?.close();
  agent.destroy();
  core?.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('fuzzing every operation through the HTTP door', () => {
  it(`answers ${PAYLOADS} random payloads and ${MALFORMED} malformed bodies with typed errors or valid results`, { timeout: 120_000 }, async () => {
    const started = Date.now();
    const perOperation = Math.ceil(PAYLOADS / OPERATION_NAMES.length);
    const calls = OPERATION_NAMES.flatMap((operation, index) => fc.sample(payloadFor(operation), { numRuns: perOperation, seed: SEED + index }).map((body) => ({ operation, body })));
    const tally = new Map<string, number>();
    const okBy = new Map<string, number>();
    await inPool(calls, async ({ operation, body }) => {
      const answer = await send(operation, body);
      checkAnswer(answer, tally, `${operation} ${body.slice(0, 300)}`);
      if (answer.body.startsWith('{"ok":true')) {
        okBy.set(operation, (okBy.get(operation) ?? 0) + 1);
        expect(NEUTERED.has(operation), `${operation} accepted ${body.slice(0, 200)}`).toBe(false);
      }
    });
    const bodies = fc.sample(malformed, { numRuns: MALFORMED, seed: SEED });
    const malformedTally = new Map<string, number>();
    await inPool(bodies, async ({ body, type }) => {
      const operation = OPERATION_NAMES[Math.floor(Math.random() * OPERATION_NAMES.length)]!;
      const answer = await send(operation, body, type);
      checkAnswer(answer, malformedTally, `${operation} (${type}) ${String(body).slice(0, 200)}`);
      malformedTally.set(`HTTP ${answer.status}`, (malformedTally.get(`HTTP ${answer.status}`) ?? 0) + 1);
    });
    // Unknown operations and wrong methods are typed errors too.
    checkAnswer(await send('no.such.operation', '{}'), malformedTally, 'unknown operation');
    checkAnswer(await send('system.info', '{}', 'application/json', 'PUT'), malformedTally, 'PUT');

    // Still answering, nothing polluted, nothing half written.
    const info = await send('system.info', '{}');
    expect(JSON.parse(info.body)).toMatchObject({ ok: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(core.db.pragma('foreign_key_check')).toEqual([]);
    const dataFolder = path.join(folder, 'data');
    const partials = fs.readdirSync(dataFolder, { recursive: true }).map(String).filter((name) => name.endsWith('.partial'));
    expect(partials).toEqual([]);

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).map(([key, n]) => `${key} ${n}`).join(', ');
    console.log(`[fuzz] ${calls.length} payloads over ${OPERATION_NAMES.length} operations + ${bodies.length + 2} malformed requests in ${seconds} s (seed ${SEED})`);
    console.log(`[fuzz] answers: ${sorted(tally)}`);
    console.log(`[fuzz] valid results by operation: ${sorted(okBy)}`);
    console.log(`[fuzz] malformed bodies: ${sorted(malformedTally)}`);
    expect(calls.length).toBeGreaterThanOrEqual(PAYLOADS);
  });
});
