import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/program';
import { messages } from '../../shared/i18n/messages';
import { launchChromium, startBrowserMode, type RunningBrowserMode } from '../support/browser-mode';

const screenshots = path.resolve(__dirname, '..', '..', 'test-results', 'screens');
let app: RunningBrowserMode;
let browser: Browser;
let page: Page;
let folder: string;

interface Finding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Serious and critical axe violations on what the page shows now. */
async function seriousViolations(within?: string): Promise<Finding[]> {
  const builder = new AxeBuilder({ page: page as never });
  const results = await (within ? builder.include(within) : builder).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ rule: violation.id, impact: violation.impact!, help: violation.help, targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')) }));
}

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'export-desk-a11y-'));
  const db = path.join(folder, 'export-desk.sqlite');
  // Screens full of realistic data (and an enterprise profile, so the wizard stays closed).
  expect(await runCli(['--db', db, 'demo'], { stdout: () => {}, stderr: () => {}, env: {} })).toBe(0);
  app = await startBrowserMode(db);
  browser = await launchChromium();
  // axe needs a page from an explicit context.
  page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  fs.mkdirSync(screenshots, { recursive: true });
  await page.goto(app.url);
  await page.getByRole('menuitem', { name: messages['zh-CN']['nav.settings'] }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('accessibility (axe-core): no serious or critical violations', () => {
  it('on every main screen in the navigation', async () => {
    const screens = await page.getByRole('menuitem').allTextContents();
    expect(screens.length).toBeGreaterThanOrEqual(3);
    const findings: Record<string, Finding[]> = {};
    for (const [index, label] of screens.entries()) {
      await page.getByRole('menuitem', { name: label }).click();
      await page.waitForTimeout(1000); // data loaded, animations done
      await page.screenshot({ path: path.join(screenshots, `screen-${index + 1}-${label}.png`) });
      const found = await seriousViolations();
      if (found.length > 0) findings[label] = found;
    }
    expect(findings).toEqual({});
  });

  it.each([
    ['the first-run wizard', messages['zh-CN']['onboarding.reopen'], messages['zh-CN']['onboarding.title']],
    ['About', messages['zh-CN']['about.open'], messages['zh-CN']['about.open']],
    ['the shortcuts', messages['zh-CN']['help.shortcuts'], messages['zh-CN']['help.shortcuts']],
  ])('in %s', async (_what, button, dialog) => {
    await page.getByRole('menuitem', { name: messages['zh-CN']['nav.settings'] }).click();
    await page.getByRole('button', { name: button }).click();
    await expect.poll(() => page.getByRole('dialog', { name: dialog }).isVisible()).toBe(true);
    await page.waitForTimeout(400);
    try {
      expect(await seriousViolations('.ant-modal-root')).toEqual([]);
    } finally {
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog', { name: dialog }).count()).toBe(0);
    }
  });
});

describe('keyboard', () => {
  it('reaches the navigation and the settings form with Tab, with a visible focus indicator on each stop', async () => {
    await page.getByRole('menuitem', { name: messages['zh-CN']['nav.settings'] }).click();
    await page.reload(); // focus starts at the top of the document
    await page.getByRole('menuitem', { name: messages['zh-CN']['nav.settings'] }).waitFor();
    const stops: Array<{ tag: string; name: string; visible: boolean }> = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          if (!element || element === document.body) return { tag: 'body', name: '', visible: false };
          const style = getComputedStyle(element);
          const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
          // antd draws some focus rings on a wrapper (inputs) rather than the element itself.
          const wrapper = element.closest('.ant-input-affix-wrapper, .ant-input-number, .ant-select, .ant-picker, .ant-segmented');
          const wrapperRing = wrapper ? getComputedStyle(wrapper).boxShadow !== 'none' || getComputedStyle(wrapper).outlineStyle !== 'none' : false;
          const focusedInput = ['INPUT', 'TEXTAREA'].includes(element.tagName) && style.borderColor !== '';
          return { tag: element.tagName, name: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 30), visible: ring || wrapperRing || focusedInput };
        }),
      );
    }
    expect(stops.some((stop) => stop.name.includes(messages['zh-CN']['nav.inventory']))).toBe(true);
    expect(stops.some((stop) => stop.tag === 'INPUT')).toBe(true);
    expect(stops.filter((stop) => !stop.visible)).toEqual([]);
  });
});
