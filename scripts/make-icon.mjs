// Draws assets/icon.png (1024×1024) from an SVG with headless Chromium. Run once: node scripts/make-icon.mjs
import { chromium } from 'playwright-core';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="1024" viewBox="0 0 1024 1024">
  <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#2f74d9"/><stop offset="1" stop-color="#163f86"/></linearGradient></defs>
  <rect x="64" y="64" width="896" height="896" rx="200" fill="url(#g)"/>
  <path d="M250 560 L320 420 Q335 390 370 390 L654 390 Q689 390 704 420 L774 560 Q800 565 800 600 L800 690 Q800 710 780 710 L244 710 Q224 710 224 690 L224 600 Q224 565 250 560 Z" fill="#fff"/>
  <rect x="345" y="430" width="334" height="120" rx="18" fill="#2f74d9"/>
  <circle cx="330" cy="715" r="62" fill="#163f86" stroke="#fff" stroke-width="26"/>
  <circle cx="694" cy="715" r="62" fill="#163f86" stroke="#fff" stroke-width="26"/>
  <path d="M560 215 L760 215 L760 320" fill="none" stroke="#ffd24d" stroke-width="44" stroke-linecap="round" stroke-linejoin="round"/>
  <path d="M760 215 L600 360" stroke="#ffd24d" stroke-width="44" stroke-linecap="round"/>
</svg>`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.screenshot({ path: 'assets/icon.png', omitBackground: true });
await browser.close();
