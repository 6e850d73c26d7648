import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/core/content-security-policy';
import { IPC_CALL, IPC_FOCUS, IPC_PROGRESS } from '../../electron/door/ipc-channels';
import { APP_ENTRY_URL, guardNavigation, hardenSession, isAppUrl, isTrustedSender, secureWebPreferences } from '../../electron/door/security-policy';

/** A stand-in for webContents: an EventEmitter with Electron's preventable events. */
class FakeWebContents extends EventEmitter {
  windowOpenHandler?: (details: { url: string }) => { action: string };
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  /** Emit like Electron does and report whether a listener prevented the default. */
  attempt(event: string, ...args: unknown[]): boolean {
    let prevented = false;
    const electronEvent = { preventDefault: () => (prevented = true), url: args[0] };
    this.emit(event, electronEvent, ...args);
    return prevented;
  }
}

function guarded(): FakeWebContents {
  const contents = new FakeWebContents();
  guardNavigation(contents as never);
  return contents;
}

describe('the Electron window policy (no binary needed)', () => {
  it('isolates the renderer: context isolation, sandbox, no Node, no webview', () => {
    const preferences = secureWebPreferences('/app/preload.js');
    expect(preferences).toMatchObject({
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
  });

  it.each([
    ['app://bundle/index.html', true],
    ['app://bundle/assets/x.js', true],
    ['app://other/index.html', false],
    ['file:///etc/passwd', false],
    ['https://example.com/', false],
    ['http://127.0.0.1:5178/', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('treats %s as our bundle: %s', (url, inside) => {
    expect(isAppUrl(url)).toBe(inside);
  });

  it.each([
    ['will-navigate', 'https://evil.example/', true],
    ['will-navigate', 'file:///C:/Windows/', true],
    ['will-navigate', APP_ENTRY_URL, false],
    ['will-redirect', 'https://evil.example/', true],
    ['will-frame-navigate', 'https://evil.example/', true],
    ['will-frame-navigate', APP_ENTRY_URL, false],
  ])('%s to %s is prevented: %s', (event, url, prevented) => {
    expect(guarded().attempt(event, url)).toBe(prevented);
  });

  it('prevents every <webview> and denies every window.open', () => {
    const contents = guarded();
    expect(contents.attempt('will-attach-webview', {}, {})).toBe(true);
    for (const url of ['https://evil.example/', APP_ENTRY_URL, 'about:blank']) expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
  });

  let requestHandler: ((c: unknown, p: string, cb: (granted: boolean) => void, d: { requestingUrl: string; isMainFrame: boolean }) => void) | undefined;
  let checkHandler: ((c: unknown, p: string, origin: string, d: { requestingUrl?: string; isMainFrame: boolean }) => boolean) | undefined;
  let headersListener: ((d: { responseHeaders?: Record<string, string[]> }, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void) | undefined;
  hardenSession({
    setPermissionRequestHandler: (h: typeof requestHandler) => (requestHandler = h),
    setPermissionCheckHandler: (h: typeof checkHandler) => (checkHandler = h),
    webRequest: { onHeadersReceived: (l: typeof headersListener) => (headersListener = l) },
  } as never);

  // Only our bundle's main frame may show notifications (overdue reminders); everything else stays denied.
  it.each([
    ['notifications', APP_ENTRY_URL, true, true],
    ['notifications', APP_ENTRY_URL, false, false],
    ['notifications', 'https://evil.example/', true, false],
    ['notifications', 'app://other/index.html', true, false],
    ['notifications', 'http://127.0.0.1:5178/', true, false],
    ['media', APP_ENTRY_URL, true, false],
    ['geolocation', APP_ENTRY_URL, true, false],
    ['openExternal', APP_ENTRY_URL, true, false],
    ['clipboard-read', APP_ENTRY_URL, true, false],
    ['fullscreen', APP_ENTRY_URL, true, false],
    ['unknown', APP_ENTRY_URL, true, false],
  ])('answers a %s request and check from %s (main frame: %s): %s', (permission, url, isMainFrame, allowed) => {
    let granted: boolean | undefined;
    requestHandler?.({}, permission, (g) => (granted = g), { requestingUrl: url, isMainFrame });
    expect(granted).toBe(allowed);
    expect(checkHandler?.({}, permission, new URL(url).origin, { requestingUrl: url, isMainFrame })).toBe(allowed);
  });

  it.each([
    ['app://bundle', true],
    ['https://evil.example', false],
    ['null', false],
  ])('answers a notifications check without a requesting URL by its origin %s: %s', (origin, allowed) => {
    expect(checkHandler?.({}, 'notifications', origin, { isMainFrame: true })).toBe(allowed);
  });

  it('sets the CSP on every response', () => {
    let headers: Record<string, string[]> | undefined;
    headersListener?.({ responseHeaders: { 'X-Other': ['1'] } }, (r) => (headers = r.responseHeaders));
    expect(headers?.['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers?.['X-Other']).toEqual(['1']);
  });

  it.each([
    [{ url: APP_ENTRY_URL, parent: null }, true],
    [{ url: 'app://bundle/other.html', parent: null }, true],
    [{ url: APP_ENTRY_URL, parent: {} }, false],
    [{ url: 'https://evil.example/', parent: null }, false],
    [null, false],
    [undefined, false],
  ])('answers IPC from frame %j: %s', (frame, trusted) => {
    expect(isTrustedSender(frame as never)).toBe(trusted);
  });

  it('has a CSP without remote or inline script, objects or framing by others', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
  });

  it('keeps the preload to the typed client and the focus request: its channels, no raw ipcRenderer exposed', () => {
    const preload = fs.readFileSync(path.join(__dirname, '..', '..', 'electron', 'door', 'preload.ts'), 'utf8');
    expect(preload).toContain(`'${IPC_CALL}'`);
    expect(preload).toContain(`'${IPC_PROGRESS}'`);
    expect(preload).toContain(`'${IPC_FOCUS}'`);
    expect(preload).toContain("exposeInMainWorld('exportDesk'");
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*[,)]/);
    expect(preload).not.toMatch(/^import .* from '\.\.?\//m);
  });
});
