import fs from 'node:fs';
import path from 'node:path';

/** Bytes and files under a folder (the data folder: database, scans, backups), for Settings. Unreadable entries are skipped. */
export function folderSize(folder: string): { folder: string; bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  const pending = [folder];
  while (pending.length > 0) {
    const current = pending.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(current, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) pending.push(full);
      else if (entry.isFile()) {
        try {
          bytes += fs.statSync(full).size;
          files += 1;
        } catch {
          // removed while we looked
        }
      }
    }
  }
  return { folder, bytes, files };
}
