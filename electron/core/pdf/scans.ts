/**
 * Scans going into the packet, checked before anything is assembled: JPEGs are embedded as they
 * are (pdf-lib copies their bytes), PNGs are converted to JPEG with sharp (pdf-lib's embedPng
 * recompresses in JavaScript: minutes for a 300-DPI page), PDFs from a scanner are loaded for
 * copyPages. The bytes decide the type, not the name or the `kind` hint.
 */
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { unreadable } from './failures';
import type { ScanFile } from './inputs';

export type PreparedScan =
  | { type: 'image'; fileName: string; jpeg: Uint8Array; width: number; height: number }
  | { type: 'pdf'; fileName: string; doc: PDFDocument; pageCount: number };

export function baseName(name: string): string {
  return name.split(/[\\/]/).pop() || name;
}

export function sniff(bytes: Uint8Array): 'jpeg' | 'png' | 'pdf' | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b)) return 'png';
  // %PDF- may follow a few bytes of junk (allowed by readers within the first KB).
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  return null;
}

/**
 * Walks a JPEG's segments to its first scan and looks for the end-of-image marker after it:
 * a file cut short (an interrupted copy or download) has none. Returns what is wrong, or null.
 */
export function jpegProblem(bytes: Uint8Array): 'doc.reason.truncated' | 'doc.reason.damaged' | null {
  let pos = 2;
  let frame = false;
  for (;;) {
    if (pos + 4 > bytes.length) return 'doc.reason.truncated';
    if (bytes[pos] !== 0xff) return 'doc.reason.damaged';
    while (bytes[pos] === 0xff && pos < bytes.length) pos++;
    const marker = bytes[pos++]!;
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) continue;
    if (marker === 0xd9) return 'doc.reason.damaged';
    if (pos + 2 > bytes.length) return 'doc.reason.truncated';
    const length = (bytes[pos]! << 8) | bytes[pos + 1]!;
    if (length < 2) return 'doc.reason.damaged';
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) frame = true;
    if (marker === 0xda) break;
    pos += length;
  }
  if (!frame) return 'doc.reason.damaged';
  for (let i = bytes.length - 2; i > pos; i--) if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) return null;
  return 'doc.reason.truncated';
}

async function prepareJpeg(fileName: string, bytes: Uint8Array): Promise<PreparedScan> {
  const problem = jpegProblem(bytes);
  if (problem) unreadable(fileName, problem);
  let meta: sharp.Metadata;
  try {
    meta = await sharp(bytes).metadata();
  } catch {
    return unreadable(fileName, 'doc.reason.damaged');
  }
  if (!meta.width || !meta.height) unreadable(fileName, 'doc.reason.damaged');
  // A phone photo says "rotate me" in EXIF, which PDF ignores: turn the pixels (rare, so the cost is fine).
  if (meta.orientation && meta.orientation > 1) return toJpeg(fileName, bytes);
  return { type: 'image', fileName, jpeg: bytes, width: meta.width, height: meta.height };
}

async function toJpeg(fileName: string, bytes: Uint8Array): Promise<PreparedScan> {
  try {
    const { data, info } = await sharp(bytes, { failOn: 'truncated' })
      .autoOrient()
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 90 })
      .toBuffer({ resolveWithObject: true });
    return { type: 'image', fileName, jpeg: new Uint8Array(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height };
  } catch (error) {
    return unreadable(fileName, /truncat|premature|end of/i.test(String(error)) ? 'doc.reason.truncated' : 'doc.reason.damaged');
  }
}

function pngProblem(bytes: Uint8Array): 'doc.reason.truncated' | null {
  // The last chunk of every complete PNG is IEND.
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset + Math.max(0, bytes.length - 64), Math.min(64, bytes.length)).toString('latin1');
  return tail.includes('IEND') ? null : 'doc.reason.truncated';
}

async function preparePdf(fileName: string, bytes: Uint8Array): Promise<PreparedScan> {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset + Math.max(0, bytes.length - 2048), Math.min(2048, bytes.length)).toString('latin1');
  if (!tail.includes('%%EOF')) unreadable(fileName, 'doc.reason.truncated');
  let doc: PDFDocument;
  try {
    // Loaded even when encrypted, to tell that case apart (pdf-lib's EncryptedPDFError fails instanceof).
    doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
  } catch {
    return unreadable(fileName, 'doc.reason.damaged');
  }
  if (doc.isEncrypted) unreadable(fileName, 'doc.reason.encrypted');
  const pageCount = doc.getPageCount();
  if (pageCount === 0) unreadable(fileName, 'doc.reason.noPages');
  return { type: 'pdf', fileName, doc, pageCount };
}

/** Checks and readies one file; throws FILE_UNREADABLE naming it when it cannot be used. */
export async function prepareScan(file: ScanFile): Promise<PreparedScan> {
  const fileName = baseName(file.fileName);
  if (!file.bytes || file.bytes.length === 0) unreadable(fileName, 'doc.reason.empty');
  // pdf-lib's JPEG reader looks at `bytes.buffer` from offset 0: a Node Buffer that is a view into a
  // larger (pooled) allocation would read as garbage ("SOI not found"). Give it bytes of their own.
  const bytes = file.bytes.byteOffset === 0 && file.bytes.byteLength === file.bytes.buffer.byteLength ? file.bytes : new Uint8Array(file.bytes);
  switch (sniff(bytes)) {
    case 'jpeg':
      return prepareJpeg(fileName, bytes);
    case 'png': {
      const problem = pngProblem(bytes);
      if (problem) unreadable(fileName, problem);
      return toJpeg(fileName, bytes);
    }
    case 'pdf':
      return preparePdf(fileName, bytes);
    default:
      return unreadable(fileName, 'doc.reason.notScan');
  }
}

/** Prepares many files, a few at a time (sharp runs on libuv's threads; more would only queue). */
export async function prepareScans(files: readonly ScanFile[], parallel = 4): Promise<PreparedScan[]> {
  const out = new Array<PreparedScan>(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      out[index] = await prepareScan(files[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, files.length) }, worker));
  return out;
}
