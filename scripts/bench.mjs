// npm run bench: speed and memory figures, printed (never a pass/fail on time). Runs against dist/.
// Usage: node scripts/bench.mjs [inventory] [import] ...   (no names: all)
import { createRequire } from 'node:module';
import { inventoryBench } from './bench/inventory.mjs';
import { importBench } from './bench/import.mjs';
import { documentsBench } from './bench/documents.mjs';
import { ocrBench } from './bench/ocr.mjs';

const require = createRequire(import.meta.url);
const benches = { inventory: inventoryBench, import: importBench, documents: documentsBench, ocr: ocrBench };
const chosen = process.argv.slice(2).filter((name) => name in benches);

console.log(`ExportDesk bench — node ${process.version}, ${require('node:os').cpus().length} cores, ${new Date().toISOString()}`);
for (const name of chosen.length > 0 ? chosen : Object.keys(benches)) {
  console.log(`\n## ${name}`);
  await benches[name]();
}
console.log(`\npeak RSS of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
