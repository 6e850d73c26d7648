// Runs in its own process on a seeded database, so the RSS printed is the core's, not the seeder's.
import { createRequire } from 'node:module';
import { medianMs, report, rssMb } from './measure.mjs';

const require = createRequire(import.meta.url);
const { openCore } = require('../../dist/electron/core/core.js');
const { silentLogger } = require('../../dist/electron/core/log.js');

const [file, fragment] = process.argv.slice(2);
const core = openCore({ databasePath: file, door: 'cli', log: silentLogger, timeZone: 'Asia/Shanghai' });
const call = async (operation, input) => {
  const result = await core.dispatch(operation, input);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};
const filtered = { status: ['in-stock', 'ready'], destinationCountry: ['哈萨克斯坦', '俄罗斯'], sortBy: 'registrationDate', sortOrder: 'desc', limit: 100 };
report('first page, filtered (status, destination) + sorted, 100k', await medianMs(20, () => call('vehicles.list', filtered)), 'ms', 20);
report('first page, filtered, sorted ascending by transfer date', await medianMs(20, () => call('vehicles.list', { ...filtered, sortBy: 'transferDate', sortOrder: 'asc' })), 'ms', 20);
report('first page, unfiltered, sorted by VIN, 100k', await medianMs(20, () => call('vehicles.list', { sortBy: 'vin', sortOrder: 'asc', limit: 100 })), 'ms', 20);
report('page 400 of 500 (deep scroll), sorted by updated', await medianMs(20, () => call('vehicles.list', { sortBy: 'updatedAt', offset: 80_000, limit: 200 })), 'ms');
report(`VIN-fragment search "${fragment}", 100k`, await medianMs(20, () => call('vehicles.list', { search: fragment, limit: 100 })), 'ms', 50);
report('VIN-fragment search "2183" (matches many), 100k', await medianMs(20, () => call('vehicles.list', { search: '2183', limit: 100 })), 'ms', 50);
report('search by brand "比亚迪" (20% of stock), 100k', await medianMs(20, () => call('vehicles.list', { search: '比亚迪', limit: 100 })), 'ms');
report('search by two characters "丰田", 100k', await medianMs(20, () => call('vehicles.list', { search: '丰田', limit: 100 })), 'ms');
report('core RSS with 100k vehicles, after these queries', rssMb(), 'MB');
core.close();
