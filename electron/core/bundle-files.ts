import fs from 'node:fs';
import path from 'node:path';

/** Content types of the files the renderer bundle contains. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Map a URL path onto a file inside `root`, or null when it would leave the bundle
 * (`..`, encoded slashes or backslashes, NUL bytes, absolute paths) or names no file.
 * An empty path or `/` means index.html.
 */
export function resolveBundleFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded.replace(/^\/+/, '') || 'index.html';
  if (relative.split('/').some((part) => part === '..')) return null;
  const absoluteRoot = path.resolve(root);
  const candidate = path.resolve(absoluteRoot, relative);
  const inside = path.relative(absoluteRoot, candidate);
  if (inside.startsWith('..') || path.isAbsolute(inside)) return null;
  try {
    return fs.statSync(candidate).isFile() ? candidate : null;
  } catch {
    return null;
  }
}

/** The built renderer: dist/renderer beside dist/electron. */
export function rendererBundleFolder(): string {
  return path.resolve(__dirname, '..', '..', 'renderer');
}
