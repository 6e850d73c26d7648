import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { appError } from '../../shared/contract/errors';
import type { ProgressEvent } from '../../shared/contract/operations';
import { contentTypeOf, resolveBundleFile } from '../core/bundle-files';
import { CONTENT_SECURITY_POLICY } from '../core/content-security-policy';
import type { Core } from '../core/core';
import { newAccessToken, tokensMatch } from './access-token';

export interface BrowserServerOptions {
  core: Pick<Core, 'dispatch' | 'events'>;
  rendererFolder: string;
  port?: number;
  token?: string;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
}

export interface BrowserServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
const COOKIE_PREFIX = 'export-desk-token-';

/** Headers every answer carries. No CORS headers on purpose: only our own origin may call. */
function baseHeaders(contentType: string): http.OutgoingHttpHeaders {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cache-Control': 'no-store',
  };
}

function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, baseHeaders('application/json; charset=utf-8'));
  response.end(JSON.stringify(body));
}

function sendError(response: http.ServerResponse, status: number, code: 'UNAUTHORIZED' | 'INVALID_INPUT' | 'NOT_FOUND', what?: string): void {
  sendJson(response, status, { ok: false, error: appError(code, { what: what ?? '' }) });
}

function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

function readBody(request: http.IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop buffering; the caller answers 413 and closes the connection once the answer is out.
        request.removeAllListeners('data');
        request.pause();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/**
 * Browser mode: the renderer and the core over HTTP on 127.0.0.1, guarded like a Jupyter server:
 * a random per-run token, a Host check (421) and an Origin check (403) against DNS rebinding.
 */
export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const token = options.token ?? newAccessToken();
  const maxBody = options.maxBodyBytes ?? 64 * 1024 * 1024;
  const eventStreams = new Set<http.ServerResponse>();
  let port = 0;
  const cookieName = () => `${COOKIE_PREFIX}${port}`;
  const allowedHosts = () => new Set([`${HOST}:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://${HOST}:${port}`, `http://localhost:${port}`]);

  const onProgress = (event: ProgressEvent) => {
    const frame = `event: progress\ndata: ${JSON.stringify(event)}\n\n`;
    for (const stream of eventStreams) stream.write(frame);
  };
  options.core.events.on('progress', onProgress);

  const server = http.createServer((request, response) => {
    void handle(request, response).catch(() => {
      if (!response.headersSent) sendJson(response, 500, { ok: false, error: appError('INTERNAL') });
      else response.destroy();
    });
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    if (!allowedHosts().has(request.headers.host ?? '')) {
      response.writeHead(421, baseHeaders('text/plain; charset=utf-8'));
      response.end('Misdirected request / 主机名不被接受\n');
      return;
    }
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin)) {
      response.writeHead(403, baseHeaders('text/plain; charset=utf-8'));
      response.end('Forbidden origin / 来源不被接受\n');
      return;
    }
    const url = new URL(request.url ?? '/', `http://${HOST}:${port}`);
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const fromCookie = readCookie(request.headers.cookie, cookieName());
    const fromQuery = url.searchParams.get('token');

    // First visit with the printed URL: keep the token in a same-site cookie, then drop it from the address bar.
    if (request.method === 'GET' && fromQuery !== null && !url.pathname.startsWith('/api/')) {
      if (!tokensMatch(token, fromQuery)) return sendError(response, 401, 'UNAUTHORIZED');
      url.searchParams.delete('token');
      response.writeHead(303, {
        ...baseHeaders('text/plain; charset=utf-8'),
        'Set-Cookie': `${cookieName()}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: url.pathname + url.search,
      });
      response.end();
      return;
    }
    if (!tokensMatch(token, bearer) && !tokensMatch(token, fromCookie)) return sendError(response, 401, 'UNAUTHORIZED');

    if (url.pathname === '/api/events' && request.method === 'GET') {
      response.writeHead(200, { ...baseHeaders('text/event-stream; charset=utf-8'), Connection: 'keep-alive' });
      response.write(': connected\n\n');
      eventStreams.add(response);
      request.on('close', () => eventStreams.delete(response));
      return;
    }
    const call = /^\/api\/call\/([\w.]+)$/.exec(url.pathname);
    if (call) {
      if (request.method !== 'POST') return sendError(response, 405, 'INVALID_INPUT');
      // A JSON content type forces a CORS preflight from any foreign page, which we never answer.
      if (!(request.headers['content-type'] ?? '').startsWith('application/json')) return sendError(response, 415, 'INVALID_INPUT');
      const body = await readBody(request, maxBody);
      if (body === 'too-large') {
        response.setHeader('Connection', 'close');
        sendError(response, 413, 'INVALID_INPUT');
        response.on('finish', () => request.destroy());
        return;
      }
      let input: unknown;
      try {
        input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
      } catch {
        return sendJson(response, 400, { ok: false, error: appError('INVALID_INPUT') });
      }
      const callIdHeader = request.headers['x-call-id'];
      const callId = typeof callIdHeader === 'string' && /^[\w.-]{1,100}$/.test(callIdHeader) ? callIdHeader : undefined;
      const result = await options.core.dispatch(call[1]!, input, callId);
      return sendJson(response, 200, result);
    }
    if (url.pathname.startsWith('/api/')) return sendError(response, 404, 'NOT_FOUND', url.pathname);
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendError(response, 405, 'INVALID_INPUT');

    // Static renderer files; any other path is a screen of the single-page app.
    const file = resolveBundleFile(options.rendererFolder, url.pathname) ?? (url.pathname.includes('.') ? null : resolveBundleFile(options.rendererFolder, '/index.html'));
    if (!file) return sendError(response, 404, 'NOT_FOUND', url.pathname);
    response.writeHead(200, baseHeaders(contentTypeOf(file)));
    if (request.method === 'HEAD') return void response.end();
    fs.createReadStream(file).pipe(response);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://${HOST}:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        options.core.events.off('progress', onProgress);
        for (const stream of eventStreams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
