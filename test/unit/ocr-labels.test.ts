import { describe, expect, it } from 'vitest';
import { classifyWords } from '../../shared/ocr/labels';
import { readCertificate } from '../../shared/ocr/read-certificate';
import { KEY_FIELDS, type OcrWord } from '../../shared/ocr/types';
import { makeTruth } from '../fixtures/certificates/truth';
import { pageWords, word } from '../fixtures/certificates/words';

const truth = makeTruth(21);

describe('whole-page words: labels find the values', () => {
  it.each([
    ['registration', 'registration'],
    ['vehicle', 'vehicle'],
  ] as const)('a %s page is classified by its labels', (pageType, expected) => {
    expect(classifyWords(pageWords(truth, pageType))).toBe(expected);
  });

  it.each([
    ['no words', []],
    ['a receipt', ['发票', '金额', '合计', '2023-05-01', '税额'].map((text, i) => word(text, 100, 100 + 50 * i))],
    ['one stray label', [word('车辆品牌', 100, 100), word('大众', 400, 100)]],
  ])('%s is not a certificate page', (_, words) => {
    expect(classifyWords(words as OcrWord[])).toBe('unknown');
  });

  it.each([-3.5, 0, 2, 3.8])('reads the key fields with the print shifted %f mm off the grid', (shift) => {
    const pages = [
      { page: 0, words: pageWords(truth, 'registration', { shift, page: 0 }) },
      { page: 1, words: pageWords(truth, 'vehicle', { shift, page: 1 }) },
    ];
    const reading = readCertificate(pages);
    expect(reading.pages.map((p) => p.pageType)).toEqual(['registration', 'vehicle']);
    for (const name of KEY_FIELDS) expect(reading.fields[name].value, name).toBe(truth.expected[name]);
    expect(reading.fields.certificateNumber.value).toBe(truth.expected.certificateNumber);
    expect(reading.transfers).toHaveLength(truth.transfers.length);
    expect(reading.fields.vin.box).toMatchObject({ page: 1 });
  });

  it('tolerates one OCR slip in a label', () => {
    const words = pageWords(truth, 'vehicle').map((w) => (w.text === '品 牌' ? { ...w, text: '品 脾' } : w));
    const reading = readCertificate([{ page: 0, words }]);
    expect(reading.fields.brand.value).toBe(truth.expected.brand);
  });

  it('keeps no ID number from whole-page words either', () => {
    const json = JSON.stringify(readCertificate([{ page: 0, words: pageWords(truth, 'registration') }]));
    for (const entry of truth.transfers) expect(json).not.toContain(entry.owner.idNumber.slice(-8));
  });
});
