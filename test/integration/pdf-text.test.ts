import { describe, expect, it } from 'vitest';
import { fontFace, subsetTag } from '../../electron/core/pdf/fonts';
import { drawable, missingMark, tokens, wrap } from '../../electron/core/pdf/text';

const face = fontFace('regular');

describe('the font (Noto Sans Hans, parsed once per process)', () => {
  it('is parsed once and shared', () => {
    expect(fontFace('regular')).toBe(face);
    expect(fontFace('bold')).not.toBe(face);
  });

  it.each([
    ['㐀 U+3400 (CJK extension A)', 0x3400, true],
    ['䶮 U+4DAE (CJK extension A)', 0x4dae, true],
    ['〔 U+3014 (used by the missing-character mark)', 0x3014, true],
    ['😀 U+1F600 (emoji)', 0x1f600, false],
    ['𠀀 U+20000 (CJK extension B)', 0x20000, false],
    ['Ş U+015E (Turkish)', 0x15e, false],
  ])('covers %s: %s', (_name, codePoint, covered) => {
    expect(face.has(codePoint)).toBe(covered);
    expect(fontFace('bold').has(codePoint)).toBe(covered);
  });

  it('names subsets with six capitals, the same for the same seed', () => {
    expect(subsetTag('a', 'regular')).toMatch(/^[A-Z]{6}$/);
    expect(subsetTag('a', 'regular')).toBe(subsetTag('a', 'regular'));
    expect(subsetTag('a', 'regular')).not.toBe(subsetTag('b', 'regular'));
  });
});

describe('drawable text', () => {
  it.each([
    ['plain Chinese and Latin', '大众汽车 SVW7141BPD', '大众汽车 SVW7141BPD'],
    ['an emoji', '品牌😀', `品牌${missingMark(0x1f600)}`],
    ['a variation selector (dropped)', '①\uFE0F', '①'],
    ['an emoji with a variation selector', '❤️', '〔U+2764〕'],
    ['a ZWJ sequence', '👨‍👩', '〔U+1F468〕〔U+1F469〕'],
    ['a decomposed accent (NFC makes é)', 'Cafe\u0301', 'Café'],
    ['a tab and CR LF', 'a\tb\r\nc', 'a b\nc'],
    ['a control character', 'a\u0007b', 'ab'],
  ])('%s', (_case, input, expected) => {
    expect(drawable(input, face)).toBe(expected);
  });

  it('marks U+4DAE-style codes in capitals, at least four digits', () => {
    expect(missingMark(0x15e)).toBe('〔U+015E〕');
    expect(missingMark(0x1f600)).toBe('〔U+1F600〕');
  });
});

describe('wrapping', () => {
  const width = (text: string) => face.width(text, 9);

  it.each([
    ['a VIN stays whole', '车架号 LSVAU2180N2183294 已核对', 'LSVAU2180N2183294'],
    ['an e-mail address stays whole', '请发送至 export.desk@example.com 谢谢', 'export.desk@example.com'],
    ['a model code stays whole', '型号为 BYD7152WT6HEVC3 的车辆', 'BYD7152WT6HEVC3'],
    ['a missing-character mark stays whole', `品牌${missingMark(0x1f600)}品牌`, missingMark(0x1f600)],
  ])('%s', (_case, text, whole) => {
    const lines = wrap(text, face, 9, width(whole) + 12);
    expect(lines.some((line) => line.includes(whole))).toBe(true);
    expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
  });

  it.each([10, 40, 80, 200])('never exceeds the width (%i pt), and loses no character', (limit) => {
    const text = `${'很长的品牌名称'.repeat(30)} ${'X'.repeat(60)} a@b.cn，（注）`;
    const lines = wrap(text, face, 9, limit);
    for (const line of lines) if ([...line].length > 1) expect(width(line)).toBeLessThanOrEqual(limit + 0.001);
    expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
  });

  it('keeps closing punctuation off the start of a line and opening punctuation off its end', () => {
    expect(tokens('车辆（改装车），共')).toEqual(['车', '辆', '（改', '装', '车），', '共']);
  });

  it('honours line breaks', () => {
    expect(wrap('第一行\n第二行', face, 9, 500)).toEqual(['第一行', '第二行']);
  });
});
