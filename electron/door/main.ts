import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, webContents } from 'electron';
import { AppFailure } from '../../shared/contract/errors';
import { rendererBundleFolder } from '../core/bundle-files';
import { startBackupTimer } from '../core/backup/backup-timer';
import { openCore, type Core } from '../core/core';
import { createFileLogger } from '../core/log-file';
import { defaultDataFolder, resolveDatabasePath } from '../core/data-folder';
import { createBundleProtocolHandler } from './app-protocol';
import { registerIpc } from './ipc-bridge';
import { IPC_FOCUS } from './ipc-channels';
import { APP_ENTRY_URL, APP_SCHEME, guardNavigation, hardenSession, isTrustedSender, secureWebPreferences } from './security-policy';

// The Electron door: window, protocol and IPC only; everything else is the core.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
app.setPath('userData', defaultDataFolder());
app.enableSandbox();
// Windows shows notifications only for an app user model id, the installer's (electron-builder appId).
if (process.platform === 'win32') app.setAppUserModelId('cn.exportdesk.desktop');

let core: Core | undefined;

/** The window's size, remembered between runs in userData (window.json); not its place, which may be on a monitor no longer attached. */
const boundsFile = () => path.join(app.getPath('userData'), 'window.json');
function savedSize(): { width: number; height: number } {
  try {
    const saved = JSON.parse(fs.readFileSync(boundsFile(), 'utf8')) as { width?: unknown; height?: unknown };
    if (typeof saved.width !== 'number' || typeof saved.height !== 'number') return { width: 1366, height: 768 };
    return { width: Math.max(1024, Math.round(saved.width)), height: Math.max(600, Math.round(saved.height)) };
  } catch {
    return { width: 1366, height: 768 };
  }
}

function createWindow(): void {
  const window = new BrowserWindow({
    ...savedSize(),
    minWidth: 1024,
    minHeight: 600,
    title: '二手车出口助手 ExportDesk',
    show: false,
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.js')),
  });
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    try {
      const { width, height } = window.getNormalBounds();
      fs.writeFileSync(boundsFile(), JSON.stringify({ width, height }));
    } catch {
      // not worth bothering the clerk: the next start uses the default size
    }
  });
  void window.loadURL(APP_ENTRY_URL);
}

/** Bring a window to the front, restored if minimised: a second start, a clicked reminder. */
function bringForward(window: BrowserWindow | null | undefined): void {
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

app.on('web-contents-created', (_event, contents) => guardNavigation(contents));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => bringForward(BrowserWindow.getAllWindows()[0]));
  void app.whenReady().then(() => {
    try {
      const databasePath = resolveDatabasePath(process.env.EXPORT_DESK_DB);
      // Logs go to <data folder>/logs, rotated, with personal data removed.
      core = openCore({ databasePath, door: 'electron', log: createFileLogger({ dataFolder: path.dirname(databasePath) }) });
    } catch (error) {
      const message = error instanceof AppFailure ? `${error.error.message['zh-CN']}\n\n${error.error.message.en}` : String(error);
      dialog.showErrorBox('ExportDesk', message);
      app.exit(1);
      return;
    }
    hardenSession(session.defaultSession);
    protocol.handle(APP_SCHEME, createBundleProtocolHandler(rendererBundleFolder()));
    registerIpc(ipcMain, core, () => webContents.getAllWebContents());
    ipcMain.on(IPC_FOCUS, (event) => {
      if (isTrustedSender(event.senderFrame)) bringForward(BrowserWindow.fromWebContents(event.sender));
    });
    createWindow();
    // The automatic backup as Settings schedule it (first check a minute after start-up, then hourly).
    const opened = core;
    startBackupTimer(() => opened.services.backups.scheduled(), (error) => console.error('automatic backup failed', error));
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => core?.close());
}
