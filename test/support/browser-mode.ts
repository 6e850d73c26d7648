import fs from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const root = path.resolve(__dirname, '..', '..');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

/**
 * Chromium for the e2e tests. Every page asks for reduced motion, which the app honours (antd's
 * animations off): otherwise what leaves the screen (a closing dialog, a cleared field message, a
 * button's loading icon) waits on an animation end that a loaded headless Chromium may not reach
 * for a long time. That was the "hanging" wizard save on CI, its button stuck as "loading 完 成".
 */
export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
  const newPage = browser.newPage.bind(browser);
  const newContext = browser.newContext.bind(browser);
  browser.newPage = (options = {}) => newPage({ reducedMotion: 'reduce', ...options });
  browser.newContext = (options = {}) => newContext({ reducedMotion: 'reduce', ...options });
  return browser;
}

export interface RunningBrowserMode {
  url: string;
  origin: string;
  process: ChildProcess;
  /** Everything the server printed so far (its log echoes there): for a failing test's report. */
  output(): string;
  stop(): Promise<void>;
}

/** Start `serve` from the build as a real process and wait for the URL it prints. */
export function startBrowserMode(databasePath: string): Promise<RunningBrowserMode> {
  const child = spawn(process.execPath, [path.join(root, 'dist', 'electron', 'browser', 'serve-main.js'), '--port', '0', '--db', databasePath], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`browser mode did not start: ${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({
        url,
        origin: new URL(url).origin,
        process: child,
        output: () => output,
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => reject(new Error(`browser mode exited with ${code}: ${output}`)));
  });
}

/** Call one operation of the running core over HTTP, as the renderer does, with the printed token. */
export async function callApi<T = unknown>(app: RunningBrowserMode, operation: string, input: unknown): Promise<{ ok: true; value: T } | { ok: false; error: { code: string } }> {
  const token = new URL(app.url).searchParams.get('token') ?? '';
  const response = await fetch(`${app.origin}/api/call/${operation}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(input ?? {}),
  });
  return (await response.json()) as { ok: true; value: T } | { ok: false; error: { code: string } };
}

/**
 * Mark the first-run wizard as skipped before the app loads (as a clerk who chose "跳过设置" once),
 * for tests about other screens. Harmless where there is no wizard.
 */
export async function skipFirstRunWizard(page: import('playwright-core').Page): Promise<void> {
  await page.addInitScript(() => {
    const key = 'export-desk.onboarding';
    if (!window.localStorage.getItem(key)) window.localStorage.setItem(key, JSON.stringify({ state: { skipped: true }, version: 0 }));
  });
}

/**
 * Keep track of the page's API calls that have not been answered yet, to say in a failing test's report
 * whether the core was slow, silent or never asked.
 */
export function watchApiCalls(page: import('playwright-core').Page): () => string[] {
  const pending = new Map<import('playwright-core').Request, string>();
  page.on('request', (request) => {
    if (request.url().includes('/api/')) pending.set(request, `${new Date().toISOString()} ${request.method()} ${new URL(request.url()).pathname}`);
  });
  page.on('requestfinished', (request) => pending.delete(request));
  page.on('requestfailed', (request) => pending.set(request, `${pending.get(request) ?? request.url()} failed: ${request.failure()?.errorText ?? ''}`));
  return () => [...pending.values()];
}

export interface OpenedApp {
  app: RunningBrowserMode;
  browser: Browser;
  page: import('playwright-core').Page;
}

/** Browser mode on `databasePath`, and a 1366×768 page open on it (the first-run wizard skipped unless asked for). */
export async function openApp(databasePath: string, options: { wizard?: boolean } = {}): Promise<OpenedApp> {
  const app = await startBrowserMode(databasePath);
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  if (!options.wizard) await skipFirstRunWizard(page);
  await page.goto(app.url);
  return { app, browser, page };
}

/** Close what openApp opened (any part may be missing after a failed start) and remove the test's folder. */
export async function closeApp(opened: Partial<OpenedApp>, folder?: string): Promise<void> {
  await opened.browser?.close();
  await opened.app?.stop();
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
}
