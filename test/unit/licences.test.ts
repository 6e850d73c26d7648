import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
// The list is renderer code (outside the test project), so it is read as text: every `package: '…', …, licence: '…'` entry.
const source = fs.readFileSync(path.join(root, 'renderer', 'screens', 'help', 'licences.ts'), 'utf8');
const LISTED = [...source.matchAll(/package: '([^']+)', name: '[^']+', licence: '([^']+)'/g)].map((match) => [match[1]!, match[2]!] as const);

describe('the About screen’s third-party licences', () => {
  it('lists the fonts and the main libraries', () => {
    expect(LISTED.length).toBeGreaterThanOrEqual(15);
    expect(LISTED).toContainEqual(['@embedpdf/fonts-sc', 'OFL-1.1']);
  });

  it.each(LISTED)('%s is a dependency and declares %s', (name, licence) => {
    expect({ ...manifest.dependencies, ...manifest.devDependencies }[name]).toBeDefined();
    const installed = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { license?: string };
    expect(installed.license).toBe(licence);
  });

  it('lists every production dependency', () => {
    const listed = new Set(LISTED.map(([name]) => name));
    expect(Object.keys(manifest.dependencies).filter((name) => !listed.has(name))).toEqual([]);
  });
});
