import fs from 'node:fs';
import path from 'node:path';

let cached: string | undefined;

/** The version in the app's package.json, found by walking up (works from sources and from dist/). */
export function appVersion(): string {
  if (cached) return cached;
  let folder = __dirname;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(folder, 'package.json');
    if (fs.existsSync(candidate)) {
      const pkg = JSON.parse(fs.readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'export-desk' && pkg.version) return (cached = pkg.version);
    }
    folder = path.dirname(folder);
  }
  return (cached = '0.0.0');
}
