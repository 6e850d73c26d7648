import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/core';
import { silentLogger } from '../../electron/core/log';
import { generateCertificate } from '../fixtures/certificates';
import { useTempFolder } from '../support/temp-folder';

const tempFolder = useTempFolder();

const modelFile = (language: string) => path.join(path.dirname(require.resolve(`@tesseract.js-data/${language}/package.json`)), '4.0.0_best_int', `${language}.traineddata.gz`);

describe('OCR options from Settings', () => {
  it('reports the language data installed, with the size of each model', async () => {
    const core = openCore({ databasePath: path.join(tempFolder(), 'inventory.sqlite'), door: 'cli', log: silentLogger });
    const status = await core.call('ocr.status', {});
    core.close();
    expect(status).toMatchObject({ ok: true, value: { languages: 'chi_sim+eng', workers: 2, engine: null } });
    if (!status.ok) return;
    expect(status.value.languageData).toEqual(
      ['chi_sim', 'eng'].map((language) => ({ language, package: `@tesseract.js-data/${language}`, version: expect.stringMatching(/^\d+\.\d+\.\d+$/), present: true, bytes: fs.statSync(modelFile(language)).size })),
    );
  });

  it('starts the engine with the options saved, lets a call in flight finish when they change, then drops that engine', async () => {
    const core = openCore({ databasePath: path.join(tempFolder(), 'inventory.sqlite'), door: 'cli', log: silentLogger, timeZone: 'Asia/Shanghai' });
    try {
      expect(await core.call('settings.update', { 'ocr.languages': 'eng', 'ocr.workers': 1 })).toMatchObject({ ok: true });
      const certificate = await generateCertificate(3, { condition: 'clean' });
      const reading = core.call('ocr.recognize', { files: certificate.images.map((image) => ({ fileName: image.name, contentBase64: image.bytes.toString('base64') })) });

      // The engine in use has one English worker and no Chinese one.
      const engineNow = async () => {
        const status = await core.call('ocr.status', {});
        return status.ok ? status.value.engine : undefined;
      };
      await expect.poll(engineNow).not.toBeNull();
      expect((await engineNow())?.pools).toEqual([{ language: 'eng', workers: 1 }]);

      // A change while it reads: the next call gets a new engine, this one finishes on the old.
      expect(await core.call('settings.update', { 'ocr.workers': 2 })).toMatchObject({ ok: true, value: { 'ocr.languages': 'eng', 'ocr.workers': 2 } });
      expect(await engineNow()).toBeNull();

      const result = await reading;
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const { expected } = certificate.truth;
      // English reads the VIN, model and dates; the Chinese cells are left unread rather than misread.
      expect(result.value.fields.vin!.value).toBe(expected.vin);
      expect(result.value.fields.model!.value).toBe(expected.model);
      expect(result.value.fields.registrationDate!.value).toBe(expected.registrationDate);
      expect(result.value.fields.brand!.value).toBeNull();
      expect(result.value.fields.manufacturer!.value).toBeNull();
      expect(await engineNow()).toBeNull();
      expect(await core.call('ocr.status', {})).toMatchObject({ ok: true, value: { languages: 'eng', workers: 2 } });
    } finally {
      core.close();
    }
  }, 60_000);
});
