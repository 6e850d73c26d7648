import { spawn } from 'node:child_process';
import path from 'node:path';
import { runBrowserMode } from './browser/run-browser-mode';
import { findElectronBinary } from './core/electron-binary';

// `npm start`: the desktop window where Electron is installed, browser mode where it is not.
const binary = findElectronBinary();
if (binary) {
  const appRoot = path.resolve(__dirname, '..', '..');
  const child = spawn(binary, [appRoot], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  process.stdout.write('Electron binary not installed here (node_modules/electron/dist is missing); starting browser mode instead. / 未安装 Electron 程序，改用浏览器模式。\n');
  void runBrowserMode({});
}
