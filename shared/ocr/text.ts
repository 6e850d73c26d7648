/** Text clean-up for OCR output: tesseract puts spaces between Chinese characters and mixes widths. */
import type { OcrBox, OcrWord } from './types';

export function isCjk(ch: string): boolean {
  return /[\u3400-\u9fff\uf900-\ufaff]/.test(ch);
}

/** Full-width ASCII (Ａ１／) to half-width, except the brackets that Chinese names use. */
export function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (ch) => (ch === '（' || ch === '）' ? ch : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

/** All whitespace removed and widths folded: printed values never contain meaningful spaces. */
export function compactText(text: string): string {
  return foldWidth(text).replace(/\s+/g, '');
}

/** Chinese names use full-width brackets (特斯拉（上海）有限公司); OCR often returns ASCII ones. */
export function chineseBrackets(text: string): string {
  return text.replace(/\(/g, '（').replace(/\)/g, '）');
}

/** Edit distance (insertions, deletions, substitutions), on code points. */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[t.length]!;
}

/** 1 for equal texts, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  const longest = Math.max([...a].length, [...b].length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

export function unionBox(boxes: OcrBox[]): OcrBox | null {
  if (boxes.length === 0) return null;
  const x0 = Math.min(...boxes.map((b) => b.x));
  const y0 = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.width));
  const y1 = Math.max(...boxes.map((b) => b.y + b.height));
  return { page: boxes[0]!.page, x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Words in reading order, joined without spaces, with the weakest word's confidence (0–1). */
export function joinWords(words: OcrWord[]): { text: string; confidence: number; box: OcrBox | null } {
  const kept = words.filter((word) => compactText(word.text) !== '');
  if (kept.length === 0) return { text: '', confidence: 0, box: null };
  const sorted = [...kept].sort((a, b) => a.box.x - b.box.x);
  return {
    text: sorted.map((word) => compactText(word.text)).join(''),
    confidence: Math.min(...sorted.map((word) => word.confidence)) / 100,
    box: unionBox(sorted.map((word) => word.box)),
  };
}
