import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { onceMs, report, rssMb } from './measure.mjs';
import { benchVehicle } from './inventory.mjs';

const require = createRequire(import.meta.url);
const { openCore } = require('../../dist/electron/core/core.js');
const { silentLogger } = require('../../dist/electron/core/log.js');

export async function importBench() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'export-desk-bench-'));
  const rows = 10_000;
  // The file a dealer would have: an export of another inventory, in Chinese.
  const source = openCore({ databasePath: path.join(folder, 'source.sqlite'), door: 'cli', log: silentLogger, timeZone: 'Asia/Shanghai' });
  const { NewVehicleSchema } = require('../../dist/shared/contract/vehicles.js');
  await source.services.vehicles.addMany(Array.from({ length: rows }, (_, i) => NewVehicleSchema.parse(benchVehicle(i))), 'import');
  const exported = await source.dispatch('vehicles.export', { format: 'xlsx', locale: 'zh-CN' });
  source.close();
  if (!exported.ok) throw new Error(JSON.stringify(exported.error));
  const payload = { fileName: 'bench.xlsx', contentBase64: exported.value.contentBase64 };
  report(`XLSX of ${rows.toLocaleString()} vehicles (size)`, Buffer.from(payload.contentBase64, 'base64').length / 1024 / 1024, 'MB');

  const target = openCore({ databasePath: path.join(folder, 'target.sqlite'), door: 'cli', log: silentLogger, timeZone: 'Asia/Shanghai' });
  const preview = await onceMs(() => target.dispatch('vehicles.importPreview', payload));
  if (!preview.value.ok || preview.value.value.invalidRows !== 0) throw new Error(JSON.stringify(preview.value).slice(0, 2000));
  report(`import preview: read + validate ${rows.toLocaleString()} XLSX rows`, preview.ms, 'ms');
  const commit = await onceMs(() => target.dispatch('vehicles.import', payload));
  if (!commit.value.ok) throw new Error(JSON.stringify(commit.value.error).slice(0, 2000));
  report(`import: read + validate + write ${rows.toLocaleString()} XLSX rows`, commit.ms, 'ms', 3000);
  const csv = await target.dispatch('vehicles.export', { format: 'csv', locale: 'zh-CN' });
  const exportXlsx = await onceMs(() => target.dispatch('vehicles.export', { format: 'xlsx', locale: 'zh-CN' }));
  report(`export ${rows.toLocaleString()} vehicles to XLSX`, exportXlsx.ms, 'ms');
  report('CSV export size', Buffer.from(csv.value.contentBase64, 'base64').length / 1024 / 1024, 'MB');
  report('core RSS after import', rssMb(), 'MB');
  target.close();
  fs.rmSync(folder, { recursive: true, force: true });
}
