/**
 * Offline language data. tesseract.js reads `<langPath>/<lang>.traineddata.gz` from a local folder;
 * without one it would fetch from a CDN. The files ship in @tesseract.js-data/* and are copied once
 * into a folder of their own (never the working directory, where tesseract.js would cache).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const LANGUAGES = ['eng', 'chi_sim'] as const;
export type Language = (typeof LANGUAGES)[number];
const VARIANT = '4.0.0_best_int';

const packageName = (lang: Language) => `@tesseract.js-data/${lang}`;

function packaged(lang: Language): string {
  return path.join(path.dirname(require.resolve(`${packageName(lang)}/package.json`)), VARIANT, `${lang}.traineddata.gz`);
}

export interface LanguageData {
  language: Language;
  package: string;
  version: string | null;
  present: boolean;
  /** Size of the compressed model the workers load. */
  bytes: number;
}

/** Which language packages are installed, and how big their models are (for Settings). */
export function languageDataStatus(): LanguageData[] {
  return (['chi_sim', 'eng'] as const).map((language) => {
    try {
      const manifest = JSON.parse(fs.readFileSync(require.resolve(`${packageName(language)}/package.json`), 'utf8')) as { version?: unknown };
      const bytes = fs.statSync(packaged(language)).size;
      return { language, package: packageName(language), version: typeof manifest.version === 'string' ? manifest.version : null, present: true, bytes };
    } catch {
      return { language, package: packageName(language), version: null, present: false, bytes: 0 };
    }
  });
}

/** The folder holding the languages asked for, filled if needed; by default under the system temp folder. */
export function prepareLanguageFolder(folder = path.join(os.tmpdir(), `export-desk-tessdata-${VARIANT}`), languages: readonly Language[] = LANGUAGES): string {
  fs.mkdirSync(folder, { recursive: true });
  for (const lang of languages) {
    const source = packaged(lang);
    const target = path.join(folder, `${lang}.traineddata.gz`);
    const size = fs.statSync(source).size;
    if (fs.existsSync(target) && fs.statSync(target).size === size) continue;
    // Copy then rename: another process starting at the same time never sees half a file.
    const partial = `${target}.${process.pid}.partial`;
    fs.copyFileSync(source, partial);
    fs.renameSync(partial, target);
  }
  return folder;
}
