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

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}

export interface RunningBrowserMode {
  url: string;
  origin: string;
  process: ChildProcess;
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
