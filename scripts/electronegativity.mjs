// Runs @doyensec/electronegativity on the compiled Electron code (dist/electron: it silently skips
// TypeScript syntax it cannot parse) and fails on any high-severity finding. The tool itself always
// exits 0, so its SARIF output is read instead. Skips, with a message, when the package is not installed.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const input = path.join(root, 'dist', 'electron');
const output = path.join(root, '.cache', 'electronegativity', 'results.sarif');
const require = createRequire(path.join(root, 'package.json'));

try {
  require.resolve('@doyensec/electronegativity/package.json');
} catch {
  console.log('electronegativity: skipped — @doyensec/electronegativity is not installed (npm install --save-dev --save-exact @doyensec/electronegativity@1.10.3)');
  process.exit(0);
}
if (!fs.existsSync(input)) {
  console.error('electronegativity: dist/electron is missing — run npm run build:core first');
  process.exit(1);
}

fs.mkdirSync(path.dirname(output), { recursive: true });
fs.rmSync(output, { force: true });
// The tool asks GitHub for translations and Electron's release list. This app and its checks work
// offline, so nothing may leave the machine: refuse every name lookup and outgoing connection here.
const dns = require('node:dns');
const net = require('node:net');
const offline = () => Object.assign(new Error('network disabled for the offline lint'), { code: 'ENOTFOUND' });
dns.lookup = (_host, options, callback) => (typeof options === 'function' ? options : callback)(offline());
dns.promises.lookup = async () => {
  throw offline();
};
net.Socket.prototype.connect = function refuse() {
  process.nextTick(() => this.destroy(offline()));
  return this;
};

// The package's own command line breaks on a newer commander; its runner is the same scan without it.
const run = require('@doyensec/electronegativity');
await run(
  // AvailableSecurityFixes compares against Electron's online release list; Electron is pinned in package.json.
  { input, output, isSarif: true, isRelative: true, isVerbose: false, parserPlugins: [], excludeFromScan: ['AvailableSecurityFixesGlobalCheck'] },
  false,
);
// The runner resolves before its report is flushed: wait (briefly) for a complete file.
let report = '';
for (let waited = 0; waited < 15_000; waited += 250) {
  report = fs.existsSync(output) ? fs.readFileSync(output, 'utf8') : '';
  try {
    JSON.parse(report);
    break;
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
if (!report) {
  console.error(`electronegativity: did not produce ${path.relative(root, output)}`);
  process.exit(1);
}

const sarif = JSON.parse(report);
const findings = [];
for (const sarifRun of sarif.runs ?? []) {
  const rules = new Map((sarifRun.tool?.driver?.rules ?? []).map((rule) => [rule.id, rule]));
  for (const result of sarifRun.results ?? []) {
    const rule = rules.get(result.ruleId) ?? {};
    // Severity is carried differently across versions: the SARIF level, or a "severity" property.
    const severity = String(result.properties?.severity ?? rule.properties?.severity ?? result.level ?? rule.defaultConfiguration?.level ?? '').toLowerCase();
    const location = result.locations?.[0]?.physicalLocation;
    findings.push({ rule: result.ruleId, high: severity.includes('high') || severity === 'error', severity, where: `${location?.artifactLocation?.uri ?? '?'}:${location?.region?.startLine ?? '?'}`, text: result.message?.text ?? '' });
  }
}
const high = findings.filter((finding) => finding.high);
console.log(`electronegativity: ${findings.length} findings, ${high.length} high severity (SARIF: ${path.relative(root, output)})`);
for (const finding of high) console.error(`  HIGH ${finding.rule} at ${finding.where}: ${finding.text}`);
process.exit(high.length > 0 ? 1 : 0);
