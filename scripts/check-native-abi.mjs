// Checks that better-sqlite3 in a packaged app was built for Electron's ABI, not Node's.
// This machine's npm `nodedir=/usr` makes electron-builder's rebuild silently produce Node's ABI.
// Usage: node scripts/check-native-abi.mjs [release folder]   (after `npm run dist`)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { addonAbiVersion } = require('../dist/electron/core/native-abi.js');
const electronAbi = Number(fs.readFileSync(path.join(path.dirname(require.resolve('electron/package.json')), 'abi_version'), 'utf8'));
const release = process.argv[2] ?? 'release';

const addons = [];
(function walk(folder) {
  if (!fs.existsSync(folder)) return;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.name === 'better_sqlite3.node' && full.includes('app.asar.unpacked')) addons.push(full);
  }
})(release);

if (addons.length === 0) {
  console.error(`No packaged better_sqlite3.node under ${release}/ — run npm run dist first.`);
  process.exit(1);
}
let bad = 0;
for (const addon of addons) {
  const abi = addonAbiVersion(addon);
  const ok = abi === electronAbi;
  if (!ok) bad += 1;
  console.log(`${ok ? 'ok ' : 'BAD'} ${addon}: ABI ${abi}, Electron needs ${electronAbi}`);
}
process.exit(bad === 0 ? 0 : 1);
