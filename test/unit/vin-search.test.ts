import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchVins, type VinSearchResult } from '../../shared/ocr/vin-search';
import { testVin } from '../support/vins';

const A = 'LSVAU2188N0001037';
/** A's successor in the manufacturer's sequence: check digit and last character differ. */
const A_NEXT = 'LSVAU218XN0001038';
/** Rich in characters OCR confuses: D, S, Z, G, 0, 1, 2, 5, 6. */
const V = 'LDC6S3Z29G0123456';

const page = (text: string, n = 0) => ({ page: n, text });
const exact = (vin: string, at = 0): VinSearchResult => ({ vin, how: 'exact', page: at, read: null, distance: 0 });
const tolerant = (vin: string, read: string, distance: number, at = 0): VinSearchResult => ({ vin, how: 'tolerant', page: at, read, distance });
const missing = (vin: string, read: string | null, distance: number | null, at: number | null = read === null ? null : 0): VinSearchResult => ({ vin, how: 'missing', page: at, read, distance });

describe('finding expected VINs in OCR text', () => {
  it.each<[string, string[], Array<{ page: number; text: string }>, VinSearchResult[]]>([
    // Found exactly: layout between the characters is not a difference.
    ['in a table row', [A], [page(`1 ${A} 大众 SVW7141 俄罗斯`)], [exact(A)]],
    ['run together with the cells around it', [A], [page(`序号1${A}SVW7141`)], [exact(A)]],
    ['with spaces inside', [A], [page('LSVAU 2188 N000 1037')], [exact(A)]],
    ['with hyphens and dashes inside', [A], [page('LSVAU-2188N–0001037')], [exact(A)]],
    ['wrapped over two lines', [A], [page('车辆识别代号 LSVAU2188N\n0001037 大众')], [exact(A)]],
    ['in full-width characters', [A], [page('ＬＳＶＡＵ２１８８Ｎ０００１０３７')], [exact(A)]],
    ['in lower case', [A], [page('lsvau2188n0001037')], [exact(A)]],
    ['on the second page', [A], [page('上汽大众'), page(`续表 ${A}`, 1)], [exact(A, 1)]],
    ['as read once exactly and once with a confusion: exact wins', [A], [page(`LSVAU2188NOOO1037 … ${A}`)], [exact(A)]],
    ['expected twice', [A, A], [page(A)], [exact(A), exact(A)]],
    ['expected with spaces and in lower case', [' lsvau2188n0001037 '], [page(A)], [exact(A)]],
    // Found with corrections: each confusion OCR makes, alone and together.
    ['O for 0', [A], [page('LSVAU2188NO001037')], [tolerant(A, 'LSVAU2188NO001037', 1)]],
    ['Q for 0', [A], [page('LSVAU2188N0001Q37')], [tolerant(A, 'LSVAU2188N0001Q37', 1)]],
    ['D for 0', [A], [page('LSVAU2188N0D01037')], [tolerant(A, 'LSVAU2188N0D01037', 1)]],
    ['I for 1', [A], [page('LSVAU2188N000I037')], [tolerant(A, 'LSVAU2188N000I037', 1)]],
    ['l (lower-case L) for 1', [A], [page('LSVAU2188N000l037')], [tolerant(A, 'LSVAU2188N000L037', 1)]],
    ['1 for L', [A], [page('1SVAU2188N0001037')], [tolerant(A, '1SVAU2188N0001037', 1)]],
    ['5 for S', [A], [page('L5VAU2188N0001037')], [tolerant(A, 'L5VAU2188N0001037', 1)]],
    ['B for 8', [A], [page('LSVAU21B8N0001037')], [tolerant(A, 'LSVAU21B8N0001037', 1)]],
    ['Z for 2', [A], [page('LSVAUZ188N0001037')], [tolerant(A, 'LSVAUZ188N0001037', 1)]],
    ['0 for D, 5 for S, 2 for Z, 6 for G at once', [V], [page('L0C6532296O123456')], [tolerant(V, 'L0C6532296O123456', 5)]],
    ['confusions and a line break', [V], [page('LDC6S3Z29G\nOI23456')], [tolerant(V, 'LDC6S3Z29GOI23456', 2)]],
    // Not found: the closest passage, with its distance.
    ['one digit mistyped', [A], [page(`1 LSVAU2188N0001087 大众`)], [missing(A, 'LSVAU2188N0001087', 1)]],
    ['one character left out', [A], [page('LSVAU2188N000137 大众')], [missing(A, 'LSVAU2188N000137', 1)]],
    ['one character too many', [A], [page('LSVAU2188N00010337 大众')], [missing(A, 'LSVAU2188N00010337', 1)]],
    ['a mistype and a confusion: the confusion shows in the distance', [A], [page('LSVAU2188NO001087')], [missing(A, 'LSVAU2188NO001087', 2)]],
    ['broken by a Chinese character OCR put in', [A], [page('LSVAU2188N大0001037')], [missing(A, 'LSVAU2188N大0001037', 1)]],
    ['after characters outside the BMP (𠮷, an emoji)', [A, A_NEXT], [page(`𠮷😀 ${A} 😀 LSVAU218XN0001088`)], [exact(A), missing(A_NEXT, 'LSVAU218XN0001088', 1)]],
    ['closest on the second page', [A], [page('上汽大众 售后服务确认函'), page('LSVAU2188N0001081', 1)], [missing(A, 'LSVAU2188N0001081', 2, 1)]],
    ['nothing like it', [A], [page('售后服务网点：俄罗斯 莫斯科市 电话 +7 495 123 4567')], [missing(A, null, null)]],
    ['no text at all', [A], [], [missing(A, null, null)]],
    ['far away: 7 differences', [A], [page('LSVAU2777N7777037')], [missing(A, null, null)]],
    // The next VIN of the same series is another vehicle, never this one.
    ['only its neighbour in the series is printed, and expected too', [A, A_NEXT], [page(A_NEXT)], [missing(A, null, null), exact(A_NEXT)]],
    ['only its neighbour in the series is printed, not expected', [A], [page(A_NEXT)], [missing(A, A_NEXT, 2)]],
    ['both printed, one mistyped', [A, A_NEXT], [page(`${A_NEXT}\nLSVAU2188N0009037`)], [missing(A, 'LSVAU2188N0009037', 1), exact(A_NEXT)]],
    ['a misreading of its neighbour is the neighbour’s, not its own', [A, A_NEXT], [page('LSVAU218XNN0001038')], [missing(A, null, null), missing(A_NEXT, 'LSVAU218XNN0001038', 1)]],
    ['beside a misreading of its neighbour, its own typo is found', [A, A_NEXT], [page('LSVAU218XNN0001038 LSVAU2188N0009037')], [missing(A, 'LSVAU2188N0009037', 1), missing(A_NEXT, 'LSVAU218XNN0001038', 1)]],
  ])('%s', (_, vins, sources, expected) => {
    expect(searchVins(vins, sources)).toEqual(expected);
  });

  it('reports closest passages only up to maxDistance', () => {
    const sources = [page('LSVAU2188N0009999')];
    expect(searchVins([A], sources)).toEqual([missing(A, 'LSVAU2188N0009999', 4)]);
    expect(searchVins([A], sources, { maxDistance: 3 })).toEqual([missing(A, null, null)]);
  });

  it('keeps the order of the expected VINs, each with its own answer', () => {
    const vins = [1, 2, 3, 4, 5].map((n) => testVin(n, 'LGBH52E0XL'));
    const text = `${vins[4]} ${vins[0]!.replace(/0/g, 'O')} ${vins[2]!.slice(0, 16)}9`;
    expect(searchVins(vins, [page(text)]).map((r) => r.how)).toEqual(['tolerant', 'missing', 'missing', 'missing', 'exact']);
  });
});

describe('finding VINs, whatever the layout and OCR confusions', () => {
  const CONFUSIONS: Record<string, string[]> = { '0': ['O', 'Q', 'D'], '1': ['I', 'l'], '2': ['Z'], '5': ['S'], '8': ['B'], '6': ['G'] };
  const series = fc.integer({ min: 1, max: 999_999 }).map((n) => testVin(n));

  it('finds a VIN with separators inserted and confusable characters swapped', () => {
    fc.assert(
      fc.property(series, fc.array(fc.tuple(fc.nat(16), fc.constantFrom(' ', '-', '\n', '  ')), { maxLength: 4 }), fc.array(fc.nat(16), { maxLength: 4 }), (vin, separators, swaps) => {
        const chars = [...vin];
        for (const at of swaps) chars[at] = CONFUSIONS[chars[at]!]?.[0] ?? chars[at]!;
        for (const [at, separator] of [...separators].sort((a, b) => b[0] - a[0])) chars.splice(at + 1, 0, separator);
        const [result] = searchVins([vin], [page(`确认车辆：${chars.join('')} 大众`)]);
        expect(result!.how).not.toBe('missing');
        expect(result!.how === 'exact').toBe(chars.join('').replace(/[\s-]/g, '') === vin);
      }),
    );
  });

  it('flags a VIN with one real difference, and shows that passage as the closest', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 11, max: 16 }), fc.integer({ min: 1, max: 9 }), (vin, at, shift) => {
        const typo = vin.slice(0, at) + String((Number(vin[at]) + shift) % 10) + vin.slice(at + 1);
        expect(searchVins([vin], [page(`序号 1 ${typo} 大众 SVW7141`)])).toEqual([missing(vin, typo, 1)]);
      }),
    );
  });
});
