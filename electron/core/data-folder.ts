import os from 'node:os';
import path from 'node:path';

/**
 * Where a dealer's data lives: the same folder Electron calls `userData` for product "ExportDesk",
 * so the window, browser mode and the CLI share one inventory. EXPORT_DESK_DATA overrides it.
 */
export function defaultDataFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.EXPORT_DESK_DATA) return path.resolve(env.EXPORT_DESK_DATA);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'ExportDesk');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'ExportDesk');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'ExportDesk');
}

/** The database file: `--db` wins, then EXPORT_DESK_DB, then the data folder. */
export function resolveDatabasePath(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (explicit) return path.resolve(explicit);
  if (env.EXPORT_DESK_DB) return path.resolve(env.EXPORT_DESK_DB);
  return path.join(defaultDataFolder(env), 'export-desk.sqlite');
}
