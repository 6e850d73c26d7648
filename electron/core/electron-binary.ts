import fs from 'node:fs';
import path from 'node:path';

const PLATFORM_BINARY: Partial<Record<NodeJS.Platform, string>> = {
  linux: 'electron',
  win32: 'electron.exe',
  darwin: 'Electron.app/Contents/MacOS/Electron',
};

/**
 * Where the Electron executable is, or null when it was never downloaded. Looks for the file only:
 * `require('electron')` would try to download it (electron ≥ 42), which fails offline.
 */
export function findElectronBinary(env: NodeJS.ProcessEnv = process.env): string | null {
  let packageFolder: string;
  try {
    packageFolder = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(packageFolder, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : PLATFORM_BINARY[process.platform];
  if (!relative) return null;
  const distFolder = env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageFolder, 'dist');
  const binary = path.join(distFolder, relative);
  return fs.existsSync(binary) ? binary : null;
}
