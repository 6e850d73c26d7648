/**
 * Checks between values: dates in their legal order, and brand, manufacturer and model number that
 * belong together. A value that fails a check keeps its reading but loses its confidence, so a wrong
 * value is never shown as certain; values that agree independently (registration and issue date on
 * a first certificate) gain some.
 */
import { MAKERS, type MakerEntry } from './lexicon';
import { editDistance } from './text';
import type { ReadingProblemCode } from './types';

/** A value being assembled: its reading plus the problems found so far. */
export interface Working {
  value: string | null;
  confidence: number;
  problems: ReadingProblemCode[];
}

function lower(target: Working, cap: number, problem: ReadingProblemCode): void {
  if (target.value === null) return;
  if (!target.problems.includes(problem)) target.problems.push(problem);
  target.confidence = Math.min(target.confidence, cap);
}

export interface DateSet {
  manufacture: Working;
  registration: Working;
  issue: Working;
  /** Transfer entries in the order printed (oldest first). */
  transfers: Working[];
}

const DOUBTFUL_DATE = 0.3;

export function checkDates(dates: DateSet, today?: string): void {
  const pairs: Array<[Working, Working]> = [
    [dates.manufacture, dates.registration],
    [dates.manufacture, dates.issue],
    [dates.registration, dates.issue],
  ];
  const transfers = dates.transfers.filter((t) => t.value !== null);
  if (transfers[0]) pairs.push([dates.registration, transfers[0]]);
  for (let i = 1; i < transfers.length; i++) pairs.push([transfers[i - 1]!, transfers[i]!]);
  for (const [earlier, later] of pairs) {
    if (earlier.value && later.value && earlier.value > later.value) {
      lower(earlier, DOUBTFUL_DATE, 'ocr.problem.dateOrder');
      lower(later, DOUBTFUL_DATE, 'ocr.problem.dateOrder');
    }
  }
  if (today) {
    for (const date of [dates.manufacture, dates.registration, dates.issue, ...transfers]) {
      if (date.value && date.value > today) lower(date, DOUBTFUL_DATE, 'ocr.problem.dateFuture');
    }
  }
  // A first certificate is issued on the day of registration: two cells read alike confirm each other.
  const { registration, issue } = dates;
  const clear = (date: Working) => date.problems.length === 0 && date.confidence >= 0.6;
  if (registration.value && registration.value === issue.value && clear(registration) && clear(issue)) {
    registration.confidence = Math.max(registration.confidence, 0.95);
    issue.confidence = Math.max(issue.confidence, 0.95);
  }
}

const PREFIX_CONFUSION: Record<string, string> = { '5': 'S', '8': 'B', '0': 'O', '1': 'I', '2': 'Z', '6': 'G' };

function makerOf(manufacturer: string | null): MakerEntry | undefined {
  return manufacturer ? MAKERS.find((maker) => maker.manufacturer === manufacturer) : undefined;
}

/** Brand, manufacturer and model number from one maker's range agree; otherwise each is doubted a little. */
export function checkMaker(brand: Working, manufacturer: Working, model: Working): void {
  let maker = makerOf(manufacturer.value);
  // An unknown manufacturer two slips from the maker the model number names is that maker.
  if (!maker && manufacturer.value && model.value) {
    const byPrefix = MAKERS.filter((m) => m.modelPrefixes.some((prefix) => model.value!.startsWith(prefix)));
    const near = byPrefix.filter((m) => editDistance(m.manufacturer, manufacturer.value!) <= 2);
    if (near.length === 1) {
      maker = near[0]!;
      manufacturer.value = maker.manufacturer;
      lower(manufacturer, 0.8, 'ocr.problem.nameCorrected');
    }
  }
  if (!maker) return;
  if (model.value) {
    const fixedPrefix = maker.modelPrefixes.find((prefix) => {
      const head = [...model.value!.slice(0, prefix.length)].map((ch) => PREFIX_CONFUSION[ch] ?? ch).join('');
      return head === prefix;
    });
    if (!fixedPrefix) lower(model, 0.8, 'ocr.problem.pattern');
    else if (!model.value.startsWith(fixedPrefix)) {
      model.value = fixedPrefix + model.value.slice(fixedPrefix.length);
      lower(model, 0.8, 'ocr.problem.pattern');
    }
  }
  if (brand.value && !maker.brands.includes(brand.value)) {
    const near = maker.brands.filter((name) => editDistance(name, brand.value!) === 1);
    if (near.length === 1 && brand.problems.includes('ocr.problem.unknownName')) {
      brand.value = near[0]!;
      brand.problems = ['ocr.problem.nameCorrected'];
      brand.confidence = Math.min(brand.confidence, 0.8);
    } else lower(brand, 0.85, 'ocr.problem.unknownName');
  }
}
