/**
 * Crash safety (issue 8, point 3): a child process repeats an operation on a real database file and is
 * killed with SIGKILL at a random moment, over and over; after every kill the database is reopened as the
 * app would at start-up and checked: integrity, each operation whole or not at all, every acknowledged
 * operation still there, every attachment's file present with its hash. Runs the compiled core in dist/
 * (`npx tsc -p tsconfig.node.json`), as a real process would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomInt } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import type { Database } from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/core';
import { openDatabase } from '../../electron/core/db/open-database';
import { insertAttachment } from '../../electron/core/db/attachments-repo';
import { silentLogger } from '../../electron/core/log';
import { testVin } from '../support/vins';

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const CHILD = path.join(ROOT, 'test', 'support', 'crash-child.mjs');
const KILLS_PER_OPERATION = Number(process.env.CRASH_KILLS_PER_OPERATION ?? 21); // × 5 operations: over 100 kills
const IMPORT_ROWS = 200; // as in crash-child.mjs
const BATCH_SIZE = 20;
/** Longest wait before a kill, per operation: long enough to land anywhere in a few rounds of it. */
const MAX_DELAY_MS: Record<Operation, number> = { import: 600, attach: 300, 'ocr-save': 300, batch: 300, restore: 300 };

type Operation = 'import' | 'attach' | 'ocr-save' | 'batch' | 'restore';

interface Lane {
  operation: Operation;
  folder: string;
  databasePath: string;
  extra: string;
  /** Steps the child reported done, over all its lives: these must survive. */
  acked: Map<string, number>;
  kills: number;
  /** Where each kill landed: the step under way (or 'start-up' / 'between'). */
  landed: Map<string, number>;
  lost: string[];
  leftoverPartials: number;
  checkedAttachmentId: number;
  /** Milliseconds spent waiting, by what for. */
  timings: Map<string, number>;
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'export-desk-crash-'));
afterAll(() => {
  if (!process.env.CRASH_KEEP) fs.rmSync(root, { recursive: true, force: true });
});

function bump(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

interface Life {
  child: ChildProcess;
  lines: string[];
  loaded: Promise<void>;
  running: Promise<void>;
  exited: Promise<void>;
  stderr: () => string;
}

function spawnChild(lane: Lane): Life {
  const child = spawn(process.execPath, [CHILD, lane.operation, lane.databasePath, DIST, lane.extra], { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // 'close', not 'exit': only then has every line the child wrote been read.
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const waitFor = (wanted: string) =>
    new Promise<void>((resolve, reject) => {
      const onLine = (line: string) => line === wanted && resolve();
      readlineOf(child).on('line', onLine);
      void exited.then(() => reject(new Error(`child (${lane.operation}) ended before "${wanted}": ${stderr.slice(0, 2000)}`)));
    });
  readlineOf(child).on('line', (line) => {
    lines.push(line);
    const done = /^done (.+)$/.exec(line)?.[1];
    if (done) bump(lane.acked, done);
  });
  const loaded = waitFor('loaded');
  const running = waitFor('running');
  // A child killed during start-up never says these; nobody waits for them then.
  loaded.catch(() => {});
  running.catch(() => {});
  return { child, lines, loaded, running, exited, stderr: () => stderr };
}

const readers = new WeakMap<ChildProcess, readline.Interface>();
function readlineOf(child: ChildProcess): readline.Interface {
  let reader = readers.get(child);
  if (!reader) readers.set(child, (reader = readline.createInterface({ input: child.stdout! })));
  return reader;
}

function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

const count = (db: Database, text: string, ...params: unknown[]) => (db.prepare(text).get(...params) as { n: number }).n;

/** Every attachments row (new since the last check) names a whole file in the store. */
function checkAttachments(lane: Lane, db: Database): void {
  const rows = db.prepare('SELECT id, sha256, size FROM attachments WHERE id > ? ORDER BY id').all(Math.max(0, lane.checkedAttachmentId - 3)) as Array<{ id: number; sha256: string; size: number }>;
  for (const row of rows) {
    const file = path.join(lane.folder, 'files', row.sha256.slice(0, 2), row.sha256);
    if (!fs.existsSync(file)) lane.lost.push(`attachment #${row.id}: file missing`);
    else if (fs.statSync(file).size !== row.size || sha256(file) !== row.sha256) lane.lost.push(`attachment #${row.id}: file damaged`);
    lane.checkedAttachmentId = Math.max(lane.checkedAttachmentId, row.id);
  }
  const partials: string[] = [];
  const filesFolder = path.join(lane.folder, 'files');
  if (fs.existsSync(filesFolder)) for (const sub of fs.readdirSync(filesFolder)) for (const name of fs.readdirSync(path.join(filesFolder, sub))) if (name.endsWith('.partial')) partials.push(name);
  lane.leftoverPartials = partials.length;
  // A half-written temp file is never what a row points at.
  if (partials.some((name) => count(db, 'SELECT count(*) AS n FROM attachments WHERE sha256 = ?', name) > 0)) lane.lost.push('a .partial file is counted as an attachment');
}

/** What the app does at start-up, then what each operation promises. */
function verify(lane: Lane, lastLine: string): void {
  if (!fs.existsSync(lane.databasePath)) {
    lane.lost.push(`database file missing after a kill during "${lastLine}"`);
    return;
  }
  let db: Database;
  try {
    db = openDatabase(lane.databasePath);
  } catch (error) {
    lane.lost.push(`database does not open after a kill during "${lastLine}": ${String(error)}`);
    if (process.env.CRASH_KEEP) fs.cpSync(lane.folder, `${lane.folder}-failed-${lane.kills}`, { recursive: true });
    return;
  }
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') lane.lost.push(`integrity_check: ${String(integrity)}`);
    if ((db.pragma('foreign_key_check') as unknown[]).length > 0) lane.lost.push('foreign_key_check failed');
    const vehicles = count(db, 'SELECT count(*) AS n FROM vehicles');
    const acked = (step: string) => lane.acked.get(step) ?? 0;
    switch (lane.operation) {
      case 'import': {
        if (vehicles % IMPORT_ROWS !== 0) lane.lost.push(`import half done: ${vehicles} vehicles`);
        if (vehicles < acked('import') * IMPORT_ROWS) lane.lost.push(`acknowledged imports lost: ${vehicles} < ${acked('import') * IMPORT_ROWS}`);
        if (count(db, "SELECT count(*) AS n FROM audit_log WHERE entity = 'vehicle' AND action = 'create'") !== vehicles) lane.lost.push('audit trail and vehicles differ');
        break;
      }
      case 'attach': {
        checkAttachments(lane, db);
        const confirmed = count(db, "SELECT count(*) AS n FROM confirmation_requests WHERE status = 'confirmed'");
        if (confirmed < acked('reply')) lane.lost.push(`acknowledged replies lost: ${confirmed} < ${acked('reply')}`);
        if (count(db, "SELECT count(*) AS n FROM confirmation_requests r WHERE (r.status = 'confirmed') <> (r.reply_attachment_id IS NOT NULL AND EXISTS (SELECT 1 FROM attachments a WHERE a.id = r.reply_attachment_id))") > 0) {
          lane.lost.push('a reply without its stamped scan, or a scan without its reply');
        }
        if (count(db, "SELECT count(*) AS n FROM confirmation_requests r WHERE NOT EXISTS (SELECT 1 FROM confirmation_request_vehicles v WHERE v.request_id = r.id)") > 0) lane.lost.push('a request without its vehicles');
        if (count(db, "SELECT count(*) AS n FROM confirmation_request_vehicles WHERE (covered IS NULL) = (SELECT status = 'confirmed' FROM confirmation_requests WHERE id = request_id)") > 0) lane.lost.push('coverage and reply disagree');
        break;
      }
      case 'ocr-save': {
        checkAttachments(lane, db);
        if (vehicles < acked('ocr-save')) lane.lost.push(`acknowledged OCR saves lost: ${vehicles} < ${acked('ocr-save')}`);
        const partial = count(
          db,
          `SELECT count(*) AS n FROM vehicles v WHERE (SELECT count(*) FROM attachments a WHERE a.vehicle_id = v.id AND a.kind = 'certificate-scan') <> 2
             OR (SELECT count(*) FROM certificate_readings c WHERE c.vehicle_id = v.id) <> 5`,
        );
        if (partial > 0) lane.lost.push(`${partial} vehicles saved from OCR without both scans or without the certificate reading`);
        break;
      }
      case 'batch': {
        if (vehicles % BATCH_SIZE !== 0) lane.lost.push(`vehicles half added: ${vehicles}`);
        if (vehicles < acked('vehicles') * BATCH_SIZE) lane.lost.push('acknowledged vehicles lost');
        const sizes = db.prepare('SELECT (SELECT count(*) FROM batch_vehicles v WHERE v.batch_id = b.id) AS n FROM batches b').all() as Array<{ n: number }>;
        if (sizes.some(({ n }) => n !== 0 && n !== BATCH_SIZE)) lane.lost.push(`a batch with part of its vehicles: ${sizes.map((s) => s.n).join(',')}`);
        if (sizes.length < acked('batch')) lane.lost.push('acknowledged batches lost');
        if (sizes.filter(({ n }) => n === BATCH_SIZE).length < acked('fill')) lane.lost.push('acknowledged batch vehicles lost');
        break;
      }
      case 'restore': {
        checkAttachments(lane, db);
        if (vehicles !== 3 && vehicles !== 5) lane.lost.push(`after a killed restore the database is neither the old nor the restored one (${vehicles} vehicles)`);
        // A restore that said "done" with nothing after it must be the one in place.
        const last = /^done restore ([AB])$/.exec(lastLine)?.[1];
        if (last && vehicles !== (last === 'A' ? 3 : 5)) lane.lost.push(`acknowledged restore of ${last} undone`);
        break;
      }
    }
  } finally {
    db.close();
  }
  if (lane.operation === 'restore') {
    // Each restore keeps the replaced database aside: tidy up so the folder stays small.
    for (const name of fs.readdirSync(lane.folder)) if (name.startsWith('export-desk.before-restore-')) fs.rmSync(path.join(lane.folder, name), { force: true });
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function runLane(lane: Lane): Promise<void> {
  // The next child loads its modules while the current one works, so a kill costs little waiting.
  let next = spawnChild(lane);
  for (let kill = 0; kill < KILLS_PER_OPERATION; kill++) {
    const life = next;
    let mark = Date.now();
    await life.loaded;
    bump(lane.timings, 'wait-load', Date.now() - mark);
    life.child.stdin!.write('go\n');
    next = spawnChild(lane);
    // Some kills land during start-up (the open and its checks), most inside the loop.
    mark = Date.now();
    if (randomInt(10) > 0) await Promise.race([life.running, life.exited]);
    bump(lane.timings, 'wait-open', Date.now() - mark);
    await sleep(randomInt(MAX_DELAY_MS[lane.operation]));
    if (life.child.exitCode !== null) throw new Error(`child (${lane.operation}) stopped by itself: ${life.lines.slice(-3).join(' | ')} ${life.stderr().slice(0, 1500)}`);
    life.child.kill('SIGKILL');
    await life.exited;
    lane.kills += 1;
    const lastLine = life.lines.at(-1) ?? 'start-up';
    bump(lane.landed, lastLine.startsWith('begin ') ? lastLine.slice(6) : lastLine === 'running' || lastLine.startsWith('done ') ? 'between steps' : 'start-up');
    mark = Date.now();
    verify(lane, lastLine);
    bump(lane.timings, 'verify', Date.now() - mark);
  }
  next.child.kill('SIGKILL');
  await next.exited;
}

/** Two backups told apart by their vehicle count (3 and 5); B carries attached files. */
async function makeBackups(folder: string): Promise<{ a: string; b: string }> {
  const make = async (name: string, vehicles: number, files: number) => {
    const source = path.join(folder, `source-${name}`);
    const core = openCore({ databasePath: path.join(source, 'export-desk.sqlite'), door: 'cli', log: silentLogger });
    for (let i = 0; i < vehicles; i++) {
      const added = await core.call('vehicles.add', { vin: testVin(100 + i), brand: '大众', model: name });
      if (!added.ok) throw new Error(JSON.stringify(added.error));
      if (i < files) {
        const { sha256: hash, size } = core.services.attachments.put(Buffer.from(`scan ${name} ${i} `.repeat(5000)));
        insertAttachment(core.db, { sha256: hash, fileName: `scan-${i}.jpg`, mediaType: 'image/jpeg', size, kind: 'certificate-scan', vehicleId: added.value.id, batchId: null, note: null, createdAt: '2026-11-29T00:00:00.000Z' });
      }
    }
    const file = path.join(folder, `backup-${name}.sqlite`);
    const made = await core.call('backup.create', { file });
    if (!made.ok) throw new Error(JSON.stringify(made.error));
    core.close();
    return file;
  };
  return { a: await make('A', 3, 0), b: await make('B', 5, 2) };
}

describe('crash safety: SIGKILL at random points', () => {
  it(`keeps every operation whole through ${KILLS_PER_OPERATION * 5} kills`, { timeout: 240_000 }, async () => {
    expect(fs.existsSync(path.join(DIST, 'electron', 'core', 'core.js')), 'build the core first: npx tsc -p tsconfig.node.json').toBe(true);
    const lanes: Lane[] = (['import', 'attach', 'ocr-save', 'batch', 'restore'] as const).map((operation) => {
      const folder = path.join(root, operation);
      fs.mkdirSync(folder, { recursive: true });
      return { operation, folder, databasePath: path.join(folder, 'export-desk.sqlite'), extra: '', acked: new Map(), kills: 0, landed: new Map(), timings: new Map(), lost: [], leftoverPartials: 0, checkedAttachmentId: 0 };
    });
    const restoreLane = lanes.find((lane) => lane.operation === 'restore')!;
    const backups = await makeBackups(path.join(root, 'backups'));
    restoreLane.extra = [backups.a, backups.b].join(path.delimiter);
    // The restore lane starts from backup A.
    const start = openCore({ databasePath: restoreLane.databasePath, door: 'cli', log: silentLogger });
    const restored = await start.call('backup.restore', { file: backups.a });
    start.close();
    expect(restored.ok).toBe(true);

    const started = Date.now();
    await Promise.all(lanes.filter((lane) => !process.env.CRASH_ONLY || lane.operation === process.env.CRASH_ONLY).map(runLane));
    const seconds = ((Date.now() - started) / 1000).toFixed(1);

    for (const lane of lanes) {
      const landed = [...lane.landed].map(([step, n]) => `${step} ${n}`).join(', ');
      const acked = [...lane.acked].map(([step, n]) => `${step} ${n}`).join(', ');
      console.log(`[crash] ${lane.operation}: ${lane.kills} kills (landed: ${landed}); acknowledged: ${acked}; leftover .partial temp files: ${lane.leftoverPartials}; lost: ${lane.lost.length === 0 ? 'nothing' : lane.lost.join('; ')}; ms ${[...lane.timings].map(([k, v]) => `${k} ${v}`).join(', ')}`);
    }
    console.log(`[crash] ${lanes.reduce((sum, lane) => sum + lane.kills, 0)} kills in ${seconds} s; lost: ${lanes.reduce((sum, lane) => sum + lane.lost.length, 0)}`);
    for (const lane of lanes) expect(lane.lost, lane.operation).toEqual([]);
    expect(lanes.reduce((sum, lane) => sum + lane.kills, 0)).toBeGreaterThanOrEqual(100);
  });
});
