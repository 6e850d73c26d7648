/**
 * Is each expected VIN written in a letter's OCR text? A manufacturer's reply must name every vehicle
 * it confirms; the clerk is warned of a VIN it does not name before the reply is saved.
 *
 * - 'exact': the 17 characters appear in order. Spaces, hyphens and line breaks between them are layout,
 *   not differences (a table cell may wrap a VIN), and full-width or lower-case letters count as the same.
 * - 'tolerant': they appear once characters OCR confuses are taken as equal (O/Q/D and 0, I/L and 1,
 *   Z and 2, S and 5, B and 8, G and 6); `read` says what the text has.
 * - 'missing': neither. `read` is the closest passage of the text (an approximate substring match, at most
 *   `maxDistance` real differences away), with its edit distance, so a mistyped VIN shows as what it is.
 *
 * A passage that is another expected VIN, exactly, is never taken for this one: sequential VINs of one
 * manufacturer differ in two or three characters.
 */
import { normalizeVin } from '../domain/vin';
import { editDistance, foldWidth } from './text';

export type VinFoundHow = 'exact' | 'tolerant' | 'missing';

export interface TextSource {
  /** The page the text comes from (0-based); several sources may share a page (several readings). */
  page: number;
  text: string;
}

export interface VinSearchResult {
  /** The expected VIN, normalised. */
  vin: string;
  how: VinFoundHow;
  /** Where it was found, or where the closest passage is; null when nothing is close. */
  page: number | null;
  /** What the text says there (separators left out); null when found exactly or nothing is close. */
  read: string | null;
  /** Edit distance from `vin` to `read`, character for character (0 when exact). */
  distance: number | null;
}

export interface VinSearchOptions {
  /** Closest passages further away than this (in real differences) are not reported. */
  maxDistance?: number;
}

/** OCR confusions, each to one representative. */
const CONFUSED: Record<string, string> = { O: '0', Q: '0', D: '0', I: '1', L: '1', Z: '2', S: '5', B: '8', G: '6' };
/** Between characters of a VIN these are layout: spaces, line breaks, hyphens and dashes, dots. */
const SEPARATOR = /[\s\-‐‑‒–—_.·・]/;
/** Breaks any match: claimed text, and anything that is not a letter or a digit stays as itself. */
const BLOCKED = '\u0000';

const canonical = (ch: string) => CONFUSED[ch] ?? ch;

interface Stream {
  page: number;
  /** Upper-cased characters without separators. */
  raw: string[];
  /** The same, OCR confusions folded. */
  folded: string[];
  /** Positions taken by an exact match of another expected VIN. */
  claimed: boolean[];
}

function streamOf(source: TextSource): Stream {
  const raw: string[] = [];
  // One array element per string index: a character outside the BMP (never in a VIN) becomes one placeholder.
  for (const ch of foldWidth(source.text).toUpperCase()) if (!SEPARATOR.test(ch)) raw.push(ch.length > 1 ? '\uFFFD' : ch);
  return { page: source.page, raw, folded: raw.map(canonical), claimed: raw.map(() => false) };
}

/** Every start where `pattern` occurs in `text` (an array of single UTF-16 units, see streamOf). */
function occurrences(text: string[], pattern: string): number[] {
  const joined = text.join('');
  const starts: number[] = [];
  for (let at = joined.indexOf(pattern); at >= 0; at = joined.indexOf(pattern, at + 1)) starts.push(at);
  return starts;
}

const free = (stream: Stream, start: number, length: number) => stream.claimed.slice(start, start + length).every((taken) => !taken);

/**
 * The passage of `stream` closest to `vin` (Sellers' approximate substring match): a real difference
 * costs 1, an OCR confusion a thousandth (so that the most literal of equally close passages wins).
 */
function closest(stream: Stream, vin: string, blocked: boolean[]): { start: number; end: number; cost: number } | null {
  const pattern = [...vin];
  const folded = pattern.map(canonical);
  const m = pattern.length;
  let cost = Array.from({ length: m + 1 }, (_, i) => i);
  let start = Array.from({ length: m + 1 }, () => 0);
  let best: { start: number; end: number; cost: number } | null = null;
  for (let j = 1; j <= stream.raw.length; j++) {
    const ch = blocked[j - 1] ? BLOCKED : stream.raw[j - 1]!;
    const chFolded = blocked[j - 1] ? BLOCKED : stream.folded[j - 1]!;
    const nextCost = [0];
    const nextStart = [j];
    for (let i = 1; i <= m; i++) {
      const substitution = ch === pattern[i - 1] ? 0 : chFolded === folded[i - 1] ? 0.001 : 1;
      let value = cost[i - 1]! + substitution;
      let from = start[i - 1]!;
      if (cost[i]! + 1 < value) {
        value = cost[i]! + 1; // an extra character in the text
        from = start[i]!;
      }
      if (nextCost[i - 1]! + 1 < value) {
        value = nextCost[i - 1]! + 1; // a character of the VIN left out
        from = nextStart[i - 1]!;
      }
      nextCost.push(value);
      nextStart.push(from);
    }
    cost = nextCost;
    start = nextStart;
    // On a tie the longer passage: 'LSVAU2188N00010337' rather than its first 17 characters.
    if (!best || cost[m]! <= best.cost) best = { start: start[m]!, end: j, cost: cost[m]! };
  }
  return best;
}

const foldedDistance = (a: string, b: string) => editDistance([...a].map(canonical).join(''), [...b].map(canonical).join(''));

/**
 * The closest passage to `vin` over all streams, unless it is nearer to another expected VIN (a misreading
 * of that one): then the next closest, a few times over.
 */
function closestPassage(streams: Stream[], vin: string, others: string[], maxDistance: number): { page: number; read: string } | null {
  const blocked = streams.map((stream) => [...stream.claimed]);
  for (let attempt = 0; attempt < 5; attempt++) {
    let near: { index: number; start: number; end: number; cost: number } | null = null;
    for (const [index, stream] of streams.entries()) {
      const candidate = closest(stream, vin, blocked[index]!);
      if (candidate && (!near || candidate.cost < near.cost)) near = { index, ...candidate };
    }
    if (!near || Math.floor(near.cost) > maxDistance) return null;
    const read = streams[near.index]!.raw.slice(near.start, near.end).join('');
    const own = foldedDistance(vin, read);
    if (!others.some((other) => foldedDistance(other, read) < own)) return { page: streams[near.index]!.page, read };
    blocked[near.index]!.fill(true, near.start, near.end);
  }
  return null;
}

export function searchVins(expected: string[], sources: TextSource[], options: VinSearchOptions = {}): VinSearchResult[] {
  const maxDistance = options.maxDistance ?? 6;
  const streams = sources.map(streamOf);
  const vins = expected.map((vin) => normalizeVin(vin));
  const results = new Map<string, VinSearchResult>();
  const others = (vin: string) => [...new Set(vins)].filter((other) => other !== vin);

  const claim = (stream: Stream, start: number, length: number) => stream.claimed.fill(true, start, start + length);

  // Exact first, for every VIN and everywhere it occurs, so a VIN printed exactly is never lent to a look-alike.
  for (const vin of new Set(vins)) {
    for (const stream of streams) {
      for (const at of occurrences(stream.raw, vin)) {
        claim(stream, at, vin.length);
        if (!results.has(vin)) results.set(vin, { vin, how: 'exact', page: stream.page, read: null, distance: 0 });
      }
    }
  }
  for (const vin of new Set(vins)) {
    if (results.has(vin)) continue;
    const folded = [...vin].map(canonical).join('');
    let found: VinSearchResult | null = null;
    for (const stream of streams) {
      const at = occurrences(stream.folded, folded).find((start) => free(stream, start, vin.length));
      if (at === undefined) continue;
      const read = stream.raw.slice(at, at + vin.length).join('');
      claim(stream, at, vin.length);
      found = { vin, how: 'tolerant', page: stream.page, read, distance: editDistance(vin, read) };
      break;
    }
    if (found) {
      results.set(vin, found);
      continue;
    }
    const near = closestPassage(streams, vin, others(vin), maxDistance);
    results.set(vin, { vin, how: 'missing', page: near?.page ?? null, read: near?.read ?? null, distance: near ? editDistance(vin, near.read) : null });
  }
  return vins.map((vin) => results.get(vin)!);
}
