import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { benchVin, onceMs, report } from './measure.mjs';

const require = createRequire(import.meta.url);
const { openCore } = require('../../dist/electron/core/core.js');
const { expectedCheckDigit } = require('../../dist/shared/domain/vin.js');
const { silentLogger } = require('../../dist/electron/core/log.js');

const BRANDS = [['大众汽车', 'SVW7141BPD', '上汽大众汽车有限公司'], ['丰田', 'TV7250', '一汽丰田汽车有限公司'], ['比亚迪', 'BYD7005BEV', '比亚迪汽车工业有限公司'], ['长城', 'CC6460RM01', '长城汽车股份有限公司'], ['吉利', 'MR7153D01', '浙江吉利汽车有限公司']];
const COUNTRIES = ['哈萨克斯坦', '俄罗斯', '吉尔吉斯斯坦', '阿联酋', '乌兹别克斯坦', '蒙古'];
const STATUSES = ['in-stock', 'in-stock', 'in-stock', 'awaiting-confirmation', 'ready', 'in-application', 'exported'];

export function benchVehicle(n) {
  const [brand, model, manufacturer] = BRANDS[n % BRANDS.length];
  const registration = new Date(Date.UTC(2025, 0, 1) + (n % 600) * 86_400_000).toISOString().slice(0, 10);
  const transfer = new Date(Date.UTC(2025, 0, 1) + ((n % 600) + 20) * 86_400_000).toISOString().slice(0, 10);
  return {
    vin: benchVin(n, expectedCheckDigit),
    brand,
    model,
    manufacturer,
    registrationDate: registration,
    transferDate: transfer,
    destinationCountry: COUNTRIES[n % COUNTRIES.length],
    plate: `沪A${String(n).padStart(5, '0').slice(-5)}`,
    status: STATUSES[n % STATUSES.length],
  };
}

export async function inventoryBench() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'export-desk-bench-'));
  const file = path.join(folder, 'inventory.sqlite');
  const core = openCore({ databasePath: file, door: 'cli', log: silentLogger, timeZone: 'Asia/Shanghai', clock: { now: () => Date.UTC(2026, 10, 1) } });
  const total = 100_000;
  const seeding = await onceMs(async () => {
    for (let start = 0; start < total; start += 10_000) {
      const batch = Array.from({ length: 10_000 }, (_, i) => benchVehicle(start + i));
      const { NewVehicleSchema } = require('../../dist/shared/contract/vehicles.js');
      await core.services.vehicles.addMany(batch.map((v) => NewVehicleSchema.parse(v)), 'import');
    }
  });
  report(`seed ${total.toLocaleString()} vehicles (with audit rows)`, seeding.ms, 'ms');
  report('database file size', fs.statSync(file).size / 1024 / 1024, 'MB');

  core.close();
  // Queries in a fresh process: a dealer's app opens the file, it does not seed it.
  const fragment = benchVehicle(73_456).vin.slice(-6);
  const child = spawnSync(process.execPath, [fileURLToPath(new URL('./inventory-queries.mjs', import.meta.url)), file, fragment], { encoding: 'utf8' });
  process.stdout.write(child.stdout);
  if (child.status !== 0) throw new Error(child.stderr);
  fs.rmSync(folder, { recursive: true, force: true });
}
