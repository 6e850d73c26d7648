import fs from 'node:fs/promises';
import { contentTypeOf, resolveBundleFile } from '../core/bundle-files';
import { CONTENT_SECURITY_POLICY } from '../core/content-security-policy';
import { isAppUrl } from './security-policy';

/** Serves `app://bundle/…` from the built renderer, never outside it. Plain fetch types: testable in Node. */
export function createBundleProtocolHandler(rendererFolder: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (!isAppUrl(request.url)) return new Response('Not found', { status: 404 });
    const { pathname } = new URL(request.url);
    const file = resolveBundleFile(rendererFolder, pathname) ?? (pathname.includes('.') ? null : resolveBundleFile(rendererFolder, '/index.html'));
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(await fs.readFile(file), {
      status: 200,
      headers: { 'Content-Type': contentTypeOf(file), 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' },
    });
  };
}
