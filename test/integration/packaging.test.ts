import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addonAbiVersion } from '../../electron/core/native-abi';

const root = path.resolve(__dirname, '..', '..');
// Internal electron-builder API (pinned version): validates a config offline, as `electron-builder` does first.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: unknown): Promise<Record<string, unknown>>;
  validateConfiguration(config: unknown, debugLogger: unknown): Promise<void>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DebugLogger } = require('builder-util/out/DebugLogger') as { DebugLogger: new (enabled: boolean) => unknown };

/** The parts of electron-builder's configuration these tests read. */
interface BuilderConfig {
  appId: string;
  productName: string;
  files: Array<string | { filter: string[] }>;
  asarUnpack: string[];
  electronFuses: Record<string, boolean>;
  win: { target: unknown; icon: string };
  nsis: Record<string, unknown>;
  mac: { target: unknown };
  linux: { target: unknown };
}

async function loadConfig(): Promise<BuilderConfig> {
  return (await getConfig(root, path.join(root, 'electron-builder.yml'), null)) as unknown as BuilderConfig;
}

describe('packaging', () => {
  it('has an electron-builder config that electron-builder itself accepts', async () => {
    const config = await loadConfig();
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  }, 30_000);

  it('refuses a broken config, so the check above can fail', async () => {
    const config = { ...(await loadConfig()), nsis: { oneClick: 'sometimes' } };
    await expect(validateConfiguration(config, new DebugLogger(false))).rejects.toThrow(/oneClick/);
  }, 30_000);

  it('targets Windows NSIS per-user in Chinese, macOS dmg and Linux AppImage and deb', async () => {
    const config = await loadConfig();
    expect(config.appId).toBe('cn.exportdesk.desktop');
    expect(config.productName).toBe('ExportDesk');
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({ perMachine: false, installerLanguages: ['zh_CN'], language: '2052' });
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(fs.existsSync(path.join(root, config.win.icon))).toBe(true);
  });

  it('sets the Electron fuses that close Node back doors', async () => {
    expect((await loadConfig()).electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packages the built app and unpacks the native SQLite addon', async () => {
    const config = await loadConfig();
    const packageJson = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const files = config.files.flatMap((entry) => (typeof entry === 'string' ? [entry] : entry.filter));
    expect(files).toEqual(expect.arrayContaining(['dist/electron/**/*', 'dist/renderer/**/*', 'package.json']));
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(packageJson.main).toBe('dist/electron/door/main.js');
    expect(packageJson.dependencies).toHaveProperty('better-sqlite3');
    expect(packageJson.devDependencies).toHaveProperty('electron');
  });

  it('tests with a better-sqlite3 built for this Node, and can tell it from an Electron build', () => {
    const addon = path.join(path.dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
    const electronAbi = Number(fs.readFileSync(path.join(path.dirname(require.resolve('electron/package.json')), 'abi_version'), 'utf8'));
    expect(addonAbiVersion(addon)).toBe(Number(process.versions.modules));
    expect(electronAbi).not.toBe(Number(process.versions.modules));
  });
});
