import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, webContents } from 'electron';
import { AppFailure } from '../../shared/contract/errors';
import { rendererBundleFolder } from '../core/bundle-files';
import { openCore, type Core } from '../core/core';
import { defaultDataFolder, resolveDatabasePath } from '../core/data-folder';
import { createBundleProtocolHandler } from './app-protocol';
import { registerIpc } from './ipc-bridge';
import { APP_ENTRY_URL, APP_SCHEME, guardNavigation, hardenSession, secureWebPreferences } from './security-policy';

// The Electron door: window, protocol and IPC only; everything else is the core.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
app.setPath('userData', defaultDataFolder());
app.enableSandbox();

let core: Core | undefined;

function createWindow(): void {
  const window = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 600,
    title: '二手车出口助手 ExportDesk',
    show: false,
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.js')),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
}

app.on('web-contents-created', (_event, contents) => guardNavigation(contents));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => BrowserWindow.getAllWindows()[0]?.focus());
  void app.whenReady().then(() => {
    try {
      core = openCore({ databasePath: resolveDatabasePath(process.env.EXPORT_DESK_DB), door: 'electron' });
    } catch (error) {
      const message = error instanceof AppFailure ? `${error.error.message['zh-CN']}\n\n${error.error.message.en}` : String(error);
      dialog.showErrorBox('ExportDesk', message);
      app.exit(1);
      return;
    }
    hardenSession(session.defaultSession);
    protocol.handle(APP_SCHEME, createBundleProtocolHandler(rendererBundleFolder()));
    registerIpc(ipcMain, core, () => webContents.getAllWebContents());
    createWindow();
    // The daily backup runs after start-up, never in its way.
    setTimeout(() => void core?.services.backups.daily().catch((error: unknown) => console.error('daily backup failed', error)), 5000);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => core?.close());
}
