// After tsc: make the CLI entry executable (npm links it as the `export-desk` bin).
import fs from 'node:fs';
fs.chmodSync('dist/electron/cli/main.js', 0o755);
