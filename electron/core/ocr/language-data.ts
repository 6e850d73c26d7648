/**
 * Offline language data. tesseract.js reads `<langPath>/<lang>.traineddata.gz` from a local folder;
 * without one it would fetch from a CDN. The files ship in @tesseract.js-data/* and are copied once
 * into a folder of their own (never the working directory, where tesseract.js would cache).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const LANGUAGES = ['eng', 'chi_sim'] as const;
const VARIANT = '4.0.0_best_int';

function packaged(lang: string): string {
  return path.join(path.dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`)), VARIANT, `${lang}.traineddata.gz`);
}

/** The folder holding both languages, filled if needed; by default under the system temp folder. */
export function prepareLanguageFolder(folder = path.join(os.tmpdir(), `export-desk-tessdata-${VARIANT}`)): string {
  fs.mkdirSync(folder, { recursive: true });
  for (const lang of LANGUAGES) {
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
