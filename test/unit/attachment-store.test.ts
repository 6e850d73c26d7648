import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AttachmentStore } from '../../electron/core/files/attachment-store';
import { useTempFolder } from '../support/temp-folder';

const tempFolder = useTempFolder();

describe('the attachment store', () => {
  it('stores content once, under its hash, and reads it back', () => {
    const store = new AttachmentStore(tempFolder());
    const first = store.put(Buffer.from('scan'));
    const again = store.put(Buffer.from('scan'));
    expect(again).toEqual(first);
    expect(store.get(first.sha256).toString()).toBe('scan');
    expect(fs.readdirSync(path.dirname(store.pathOf(first.sha256)))).toEqual([first.sha256]);
  });

  it('sweeps temporary files of interrupted writes, but only old ones', () => {
    const folder = tempFolder();
    const store = new AttachmentStore(folder);
    const { sha256 } = store.put(Buffer.from('kept'));
    const sub = path.dirname(store.pathOf(sha256));
    const old = path.join(sub, `.${sha256}.123.1.partial`);
    const young = path.join(sub, `.${sha256}.456.2.partial`);
    fs.writeFileSync(old, 'half');
    fs.writeFileSync(young, 'half');
    const hourAgo = new Date(Date.now() - 3_600_000);
    fs.utimesSync(old, hourAgo, hourAgo);
    expect(store.sweepInterruptedWrites()).toBe(1);
    expect(fs.existsSync(old)).toBe(false);
    expect(fs.existsSync(young)).toBe(true);
    expect(store.get(sha256).toString()).toBe('kept');
  });
});
