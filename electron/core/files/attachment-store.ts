import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Files (scans, stamped replies, generated PDFs) kept under the data folder, named by their SHA-256.
 * A file is written to a temporary name, flushed to disk and then renamed, so a crash or power cut
 * leaves either the whole file or none; the same content is stored once.
 */
export class AttachmentStore {
  constructor(readonly folder: string) {}

  pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a content hash: ${sha256}`);
    return path.join(this.folder, sha256.slice(0, 2), sha256);
  }

  /** Store bytes; returns their hash. Storing content that is already there writes nothing. */
  put(bytes: Uint8Array): { sha256: string; size: number } {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const target = this.pathOf(sha256);
    if (fs.existsSync(target) && fs.statSync(target).size === bytes.length) return { sha256, size: bytes.length };
    const folder = path.dirname(target);
    fs.mkdirSync(folder, { recursive: true });
    const temporary = path.join(folder, `.${sha256}.${process.pid}.${Date.now()}.partial`);
    const handle = fs.openSync(temporary, 'w');
    try {
      fs.writeSync(handle, bytes);
      fs.fsyncSync(handle);
    } finally {
      fs.closeSync(handle);
    }
    fs.renameSync(temporary, target);
    syncFolder(folder);
    return { sha256, size: bytes.length };
  }

  get(sha256: string): Buffer {
    return fs.readFileSync(this.pathOf(sha256));
  }

  has(sha256: string): boolean {
    return fs.existsSync(this.pathOf(sha256));
  }

  /**
   * Delete temporary files left by writes that a crash or power cut interrupted. Only old ones: a
   * younger one may belong to a write still running in another process (the CLI beside the app).
   */
  sweepInterruptedWrites(olderThanMs = 10 * 60_000, now = Date.now()): number {
    if (!fs.existsSync(this.folder)) return 0;
    let removed = 0;
    for (const sub of fs.readdirSync(this.folder, { withFileTypes: true })) {
      if (!sub.isDirectory()) continue;
      const folder = path.join(this.folder, sub.name);
      for (const name of fs.readdirSync(folder)) {
        if (!name.endsWith('.partial')) continue;
        const file = path.join(folder, name);
        if (now - fs.statSync(file).mtimeMs < olderThanMs) continue;
        fs.rmSync(file, { force: true });
        removed += 1;
      }
    }
    return removed;
  }

  remove(sha256: string): void {
    fs.rmSync(this.pathOf(sha256), { force: true });
  }
}

/** Make a rename durable: flush the folder entry too (not possible on Windows, where rename is durable enough). */
function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const handle = fs.openSync(folder, 'r');
  try {
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
}
