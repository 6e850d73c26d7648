// A child for test/integration/crash-safety.test.ts: opens the core (compiled, from dist/) on a database
// and repeats one operation until the parent kills it with SIGKILL. It reports on stdout:
// "loaded" (modules in memory, waiting for "go" on stdin so the parent can check the files first),
// "running", then "begin <step>" / "done <step>" around every step.
import { createRequire } from 'node:module';
import crypto from 'node:crypto';
import path from 'node:path';
import readline from 'node:readline';

const [, , operation, databasePath, distFolder, extra] = process.argv;
const require = createRequire(path.join(distFolder, 'x.js'));

// Start-up is most of each life, and most of start-up is loading the PDF, OCR and image libraries, which
// none of these operations uses (import of a CSV does not need exceljs either): stand-ins keep a life short.
const UNUSED = new Set(['pdf-lib', 'sharp', 'fontkit', 'tesseract.js', ...(operation === 'import' ? [] : ['exceljs'])]);
const standIn = new Proxy(function standIn() {}, { get: (_target, key) => (key === '__esModule' ? false : standIn), apply: () => standIn, construct: () => standIn });
const Module = require('node:module');
const loadModule = Module._load;
Module._load = function load(request, ...rest) {
  return UNUSED.has(request) ? standIn : loadModule.call(this, request, ...rest);
};
const { openCore } = require('./electron/core/core.js');
const { createStderrLogger } = require('./electron/core/log.js');
const { expectedCheckDigit } = require('./shared/domain/vin.js');
const { NewVehicleSchema } = require('./shared/contract/vehicles.js');

export const IMPORT_ROWS = 200;
export const BATCH_SIZE = 20;

const say = (line) => process.stdout.write(`${line}\n`);
say('loaded');
await new Promise((resolve) => readline.createInterface({ input: process.stdin }).once('line', resolve));

const core = openCore({ databasePath, door: 'cli', log: createStderrLogger(true), timeZone: 'Asia/Shanghai' });
say('running');

/** Valid VINs from a serial: a random tag per process, so no two children make the same ones. */
const ALPHABET = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const tag = Array.from({ length: 5 }, () => ALPHABET[crypto.randomInt(ALPHABET.length)]).join('');
function vin(serial) {
  const draft = `LSV${tag}0P${String(serial).padStart(7, '0')}`;
  return `${draft.slice(0, 8)}${expectedCheckDigit(draft)}${draft.slice(9)}`;
}
let serial = 0;

/** Says "begin", then starts the call (much of a call runs before its first await), then says "done". */
async function ok(step, call) {
  say(`begin ${step}`);
  const result = await call();
  if (!result.ok) throw new Error(`${step}: ${JSON.stringify(result.error)}`);
  say(`done ${step}`);
  return result.value;
}

const dates = { registrationDate: '2026-09-01', transferDate: '2026-09-15', destinationCountry: '俄罗斯' };

const steps = {
  async import() {
    const lines = ['车辆识别代号,车辆品牌,车辆型号'];
    for (let i = 0; i < IMPORT_ROWS; i++) lines.push(`${vin(serial++)},大众,帕萨特`);
    await ok('import', () => core.call('vehicles.import', { fileName: '库存.csv', contentBase64: Buffer.from(lines.join('\r\n'), 'utf8').toString('base64') }));
  },
  async attach() {
    const vehicle = await ok('vehicle', () => core.call('vehicles.add', { vin: vin(serial++), brand: '比亚迪', model: '汉', manufacturer: '比亚迪汽车工业有限公司', ...dates }));
    const [request] = await ok('request', () => core.call('requests.create', { vehicleIds: [vehicle.id] }));
    await ok('send', () => core.call('requests.send', { id: request.id, channel: 'email', sentOn: '2026-11-20' }));
    // A scan of a few hundred KB, so the kill can land inside the file write too.
    const scan = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), crypto.randomBytes(crypto.randomInt(20_000, 200_000)), Buffer.from([0xff, 0xd9])]);
    say('begin put');
    core.services.attachments.put(scan);
    say('done put');
    await ok('reply', () => core.call('requests.reply', { id: request.id, outcome: 'confirmed', file: { fileName: '回函.jpg', contentBase64: scan.toString('base64') }, coveredVehicleIds: [vehicle.id] }));
  },
  async 'ocr-save'() {
    // The clerk's reviewed reading with its two scanned pages: vehicle, scans and reading in one go.
    const pages = [1, 2].map(() => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), crypto.randomBytes(crypto.randomInt(20_000, 200_000)), Buffer.from([0xff, 0xd9])]));
    const reviewed = { vin: vin(serial++), brand: '五菱', model: 'LZW6446VF', manufacturer: '上汽通用五菱汽车股份有限公司', ...dates };
    const certificate = { vin: reviewed.vin, brand: reviewed.brand, model: reviewed.model, registrationDate: dates.registrationDate, transferDate: dates.transferDate };
    await ok('ocr-save', () => core.call('ocr.saveVehicle', { vehicle: reviewed, files: pages.map((page, i) => ({ fileName: `登记证书-${i + 1}.jpg`, contentBase64: page.toString('base64') })), certificate }));
  },
  async batch() {
    const drafts = Array.from({ length: BATCH_SIZE }, () => NewVehicleSchema.parse({ vin: vin(serial++), brand: '长城', model: 'H6', ...dates }));
    say('begin vehicles');
    await core.services.vehicles.addMany(drafts, 'import');
    say('done vehicles');
    const ids = core.db.prepare(`SELECT id FROM vehicles WHERE vin IN (${drafts.map(() => '?').join(',')})`).all(...drafts.map((d) => d.vin)).map((r) => r.id);
    const batch = await ok('batch', () => core.call('batches.create', { reference: `CRASH-${tag}-${serial}` }));
    await ok('fill', () => core.call('batches.addVehicles', { batchId: batch.id, vehicleIds: ids, overrideReason: '崩溃测试' }));
  },
  async restore() {
    const [a, b] = extra.split(path.delimiter);
    await ok('restore A', () => core.call('backup.restore', { file: a }));
    await ok('restore B', () => core.call('backup.restore', { file: b }));
  },
};

for (;;) await steps[operation]();
