/**
 * One value at a time: from the text OCR read in a cell to a clean value with a confidence that
 * never exceeds what the checks support. Confidence starts from the engine's (weakest word) and is
 * capped by every rule the value fails; an exact match in a known list lifts it.
 */
import { readDate } from './dates';
import { BRANDS, COLORS, FUEL_TYPES, MANUFACTURERS, PROVINCES, VEHICLE_TYPES } from './lexicon';
import { ownerName } from './owner';
import { chineseBrackets, compactText, editDistance, isCjk } from './text';
import type { ReadingProblemCode } from './types';
import { readVin } from './vin-reading';

export interface Interpreted {
  value: string | null;
  confidence: number;
  problems: ReadingProblemCode[];
}

export type ValueKind =
  | 'date' | 'vin' | 'model' | 'engineNumber' | 'certificateNumber' | 'plate' | 'owner' | 'authority'
  | 'brand' | 'manufacturer' | 'vehicleType' | 'color' | 'fuelType';

/** The most a value that read cleanly but matches nothing known may claim. */
const UNKNOWN_NAME_CAP = 0.85;
/** A value chosen by correcting OCR (check digit, nearest known name): right usually, but check it. */
const CORRECTED_CAP = 0.8;
/** An exact match in a known list is trusted even when the engine hesitated. */
const KNOWN_FLOOR = 0.92;

/** The value with its confidence capped, and the reason recorded (even when it was already lower). */
function capped(value: string | null, confidence: number, cap: number, problem: ReadingProblemCode): Interpreted {
  return { value, confidence: Math.min(confidence, cap), problems: [problem] };
}

/** Chinese text without stray marks at either end (remains of rules, specks). */
function chineseValue(raw: string): string {
  return chineseBrackets(compactText(raw).replace(/[—–－‐]/g, '-'))
    .replace(/^[^\u3400-\u9fffA-Za-z0-9（]+/, '')
    .replace(/[^\u3400-\u9fffA-Za-z0-9）]+$/, '');
}

/** Exact match, unique near miss (one edit, names of three or more characters), or unknown. */
function fromList(text: string, list: readonly string[], confidence: number, minLengthToCorrect = 3): Interpreted {
  if (list.includes(text)) return { value: text, confidence: Math.max(confidence, KNOWN_FLOOR), problems: [] };
  if ([...text].length >= minLengthToCorrect) {
    const near = list.filter((name) => editDistance(name, text) === 1);
    if (near.length === 1) return { value: near[0]!, confidence: Math.min(confidence, CORRECTED_CAP), problems: ['ocr.problem.nameCorrected'] };
  }
  return capped(text, confidence, UNKNOWN_NAME_CAP, 'ocr.problem.unknownName');
}

/**
 * GB/T 9417 model numbers: enterprise letters (1–4), four digits (category, main parameter, serial),
 * then a free suffix. Letters read in the digit block are mapped back (7/T, 5/S, 8/B …); where the
 * prefix ends is chosen by the fewest such repairs, then a passenger category (6 or 7) first. In the
 * suffix, O and I (rare in model numbers, common misreadings of 0 and 1) become digits. Any repair
 * leaves the value marked for checking.
 */
const MODEL_DIGIT: Record<string, string> = { O: '0', D: '0', Q: '0', I: '1', L: '1', Z: '2', S: '5', B: '8', G: '6', T: '7' };
function readModel(raw: string, confidence: number): Interpreted {
  const text = compactText(raw).toUpperCase().replace(/[^A-Z0-9-]/g, '').replace(/^-+/, '');
  const lead = /^[A-Z]{1,4}/.exec(text)?.[0].length ?? 0;
  const candidates: Array<{ value: string; repairs: number; rank: number }> = [];
  for (let prefix = 1; prefix <= lead; prefix++) {
    const block = text.slice(prefix, prefix + 4);
    if (block.length < 4) continue;
    const digits = [...block].map((ch) => (/\d/.test(ch) ? ch : MODEL_DIGIT[ch] ?? '?')).join('');
    if (digits.includes('?')) continue;
    const suffix = text.slice(prefix + 4).replace(/O/g, '0').replace(/I/g, '1');
    const value = text.slice(0, prefix) + digits + suffix;
    const repairs = [...value].filter((ch, i) => ch !== text[i]).length;
    candidates.push({ value, repairs, rank: (/[67]/.test(digits[0]!) ? 0 : 1) + Math.abs(prefix - 3) * 0.1 });
  }
  if (candidates.length === 0) return capped(text || null, confidence, 0.5, 'ocr.problem.pattern');
  candidates.sort((a, b) => a.repairs - b.repairs || a.rank - b.rank);
  const best = candidates[0]!;
  if (best.repairs > 0) return capped(best.value, confidence, CORRECTED_CAP, 'ocr.problem.pattern');
  return { value: best.value, confidence, problems: [] };
}

/** Plates print as 沪A·12345 (or 沪A·D12345 for new energy); OCR loses the dot or reads it as anything. */
function readPlate(raw: string, confidence: number): Interpreted {
  // The dot comes back as anything (. • " 。 -) or nothing: keep only what a plate is made of.
  const text = compactText(raw).toUpperCase().replace(new RegExp(`[^${PROVINCES}A-Z0-9学警挂港澳]`, 'g'), '');
  // Five characters, or six on new-energy plates, which start or end with D or F.
  const match = new RegExp(`^([${PROVINCES}])([A-HJ-NP-Z])([A-HJ-NP-Z0-9]{5}[学警挂港澳]?|[DF][A-HJ-NP-Z0-9]{5}|[A-HJ-NP-Z0-9]{5}[DF])$`).exec(text);
  if (!match) return capped(text || null, confidence, 0.5, 'ocr.problem.pattern');
  return { value: `${match[1]}${match[2]}·${match[3]}`, confidence, problems: [] };
}

/** Colours are one or two characters of a closed set (白, 白/黑); a stray mark beside one is dropped. */
function readColor(raw: string, confidence: number): Interpreted {
  const text = chineseValue(raw);
  const parts = text.split('/');
  if (parts.length <= 2 && parts.every((part) => COLORS.includes(part))) return { value: text, confidence: Math.max(confidence, KNOWN_FLOOR), problems: [] };
  const found = [...text].filter((ch) => COLORS.includes(ch));
  if (found.length === 1) return capped(found[0]!, confidence, CORRECTED_CAP, 'ocr.problem.pattern');
  return capped(text || null, confidence, 0.6, 'ocr.problem.unknownName');
}

export function interpret(kind: ValueKind, raw: string, confidence: number): Interpreted {
  if (compactText(raw) === '') return { value: null, confidence: 0, problems: [] };
  switch (kind) {
    case 'date': {
      const { date, wellFormed } = readDate(compactText(raw));
      if (!date) return { value: null, confidence: 0.1, problems: ['ocr.problem.dateInvalid'] };
      return wellFormed ? { value: date, confidence, problems: [] } : capped(date, confidence, 0.7, 'ocr.problem.pattern');
    }
    case 'vin': {
      const { value, outcome } = readVin(raw);
      if (outcome === 'valid') return { value, confidence, problems: [] };
      if (outcome === 'corrected') return { value, confidence: Math.min(confidence, CORRECTED_CAP), problems: ['ocr.problem.vinCorrected'] };
      return { value, confidence: Math.min(confidence, outcome === 'ambiguous' ? 0.4 : 0.2), problems: ['ocr.problem.vinInvalid'] };
    }
    case 'model':
      return readModel(raw, confidence);
    case 'engineNumber': {
      const text = compactText(raw).toUpperCase().replace(/[^A-Z0-9-]/g, '');
      return /^[A-Z0-9-]{5,20}$/.test(text) ? { value: text, confidence, problems: [] } : capped(text || null, confidence, 0.5, 'ocr.problem.pattern');
    }
    case 'certificateNumber': {
      const text = compactText(raw).replace(/\D/g, '');
      return /^\d{12}$/.test(text) ? { value: text, confidence, problems: [] } : capped(text || null, confidence, 0.5, 'ocr.problem.pattern');
    }
    case 'plate':
      return readPlate(raw, confidence);
    case 'owner':
      return { value: ownerName(compactText(raw)), confidence, problems: [] };
    case 'authority': {
      const text = chineseValue(raw);
      return /(局|队|所|处|科|站)$/.test(text) && [...text].every(isCjk) ? { value: text, confidence, problems: [] } : capped(text || null, confidence, 0.6, 'ocr.problem.pattern');
    }
    case 'brand': {
      // Brands are words: punctuation inside one is a speck or a rule's remains.
      const text = chineseValue(raw);
      const clean = text.replace(/[^\u3400-\u9fffA-Za-z0-9]/g, '');
      const known = fromList(clean, BRANDS, confidence, 4);
      return clean === text ? known : { ...known, confidence: Math.min(known.confidence, CORRECTED_CAP), problems: [...known.problems, 'ocr.problem.pattern'] };
    }
    case 'manufacturer': {
      const text = chineseValue(raw);
      const known = fromList(text, MANUFACTURERS, confidence, 6);
      if (known.problems.includes('ocr.problem.unknownName') && !/(公司|厂)$/.test(text)) return capped(text, confidence, 0.6, 'ocr.problem.pattern');
      return known;
    }
    case 'vehicleType':
      return fromList(chineseValue(raw), VEHICLE_TYPES, confidence, 4);
    case 'color':
      return readColor(raw, confidence);
    case 'fuelType':
      return fromList(chineseValue(raw), FUEL_TYPES, confidence, 3);
  }
}
