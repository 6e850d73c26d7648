import os from 'node:os';
import path from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../electron/core/electron-binary';

const binary = findElectronBinary();
const SKIP_REASON = 'Electron binary not installed here (node_modules/electron/dist missing; it cannot be downloaded offline) — the window is covered through browser mode and the policy unit tests';

describe('the Electron window', () => {
  it('opens the inventory in a sandboxed window without Node in the page', async (context) => {
    context.skip(!binary, SKIP_REASON);
    const app = await electron.launch({ executablePath: binary!, args: [path.resolve(__dirname, '..', '..')], env: { ...process.env, EXPORT_DESK_DATA: path.join(os.tmpdir(), `export-desk-electron-${process.pid}`) } });
    try {
      const window = await app.firstWindow();
      await expect.poll(() => window.getByRole('heading', { name: '待出口车辆' }).isVisible()).toBe(true);
      expect(window.url()).toBe('app://bundle/index.html');
      expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
      expect(await window.evaluate(() => Object.keys((window as unknown as { exportDesk: object }).exportDesk).sort())).toEqual(['call', 'onProgress']);
    } finally {
      await app.close();
    }
  });
});
