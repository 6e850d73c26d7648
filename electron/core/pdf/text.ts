/**
 * Text as the documents draw it: characters the font lacks become a visible, marked code point
 * (〔U+1F600〕) instead of a tofu box, and lines wrap to a width without cutting VINs, model codes
 * or e-mail addresses (a Latin "word" moves to the next line whole; CJK breaks between characters).
 */
import type { FontFace } from './fonts';

/** Invisible joiners and selectors: dropped, since they only refine a neighbour (emoji, ideograph variants). */
function isIgnorable(code: number): boolean {
  return (
    code === 0x200b ||
    code === 0x200c ||
    code === 0x200d ||
    code === 0x2060 ||
    code === 0xfeff ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0xe0100 && code <= 0xe01ef) ||
    (code >= 0xe0000 && code <= 0xe007f) ||
    code < 0x20 ||
    (code >= 0x7f && code < 0xa0)
  );
}

/** How a character the font cannot draw is shown, e.g. 〔U+4DAE〕. */
export function missingMark(code: number): string {
  return `〔U+${code.toString(16).toUpperCase().padStart(4, '0')}〕`;
}

/**
 * The text with every character drawable by `face`: NFC first (a letter plus combining accent
 * becomes the precomposed letter the font has), tabs become spaces, line breaks stay (wrap()
 * honours them), joiners are dropped and any other missing character becomes its marked code.
 */
export function drawable(text: string, face: FontFace): string {
  const normalized = text.normalize('NFC');
  let out = '';
  let plainFrom = 0;
  for (let i = 0; i < normalized.length; i++) {
    const code = normalized.codePointAt(i)!;
    const wide = code > 0xffff;
    if (code === 0x0a || (code !== 0x09 && !isIgnorable(code) && face.has(code))) {
      if (wide) i++;
      continue;
    }
    out += normalized.slice(plainFrom, i);
    if (code === 0x09) out += ' ';
    else if (code === 0x0d) out += normalized[i + 1] === '\n' ? '' : '\n';
    else if (!isIgnorable(code)) out += missingMark(code);
    if (wide) i++;
    plainFrom = i + 1;
  }
  return plainFrom === 0 ? normalized : out + normalized.slice(plainFrom);
}

/** Characters that stay glued into one unbreakable token: Latin words, numbers, VINs, e-mail addresses. */
const WORD_CHAR = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Nd}@._\-+#&/:'’°%€$¥]/u;
/** May not start a line (Chinese line-breaking rules): closing punctuation attaches to what precedes. */
const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕〉”’%·…—,.;:?!)]}']);
/** May not end a line: opening punctuation attaches to what follows. */
const NO_LINE_END = new Set([...'（《「『【〔〈“‘([{']);

/**
 * Splits a line into tokens that are never broken (unless one alone is wider than the line).
 * A marked missing character stays whole too: 〔 glues to the code, 〕 to what precedes it.
 */
export function tokens(line: string): string[] {
  const out: string[] = [];
  let word = '';
  let glueNext = false;
  const push = (token: string) => {
    const last = out.length - 1;
    if (last >= 0 && (glueNext || (token !== ' ' && NO_LINE_START.has(token[0]!)))) out[last] += token;
    else out.push(token);
    glueNext = token.length === 1 && NO_LINE_END.has(token);
  };
  for (const ch of line) {
    if (WORD_CHAR.test(ch)) {
      word += ch;
      continue;
    }
    if (word) {
      push(word);
      word = '';
    }
    push(ch);
  }
  if (word) push(word);
  return out;
}

/** Breaks one token that is wider than the line by characters, as a last resort. */
function breakLong(token: string, face: FontFace, size: number, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of token) {
    if (piece && face.width(piece + ch, size) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** The lines of a text wrapped to `width` points at `size`; the text should be `drawable` already. */
export function wrap(text: string, face: FontFace, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    if (face.width(paragraph, size) <= width) {
      lines.push(paragraph);
      continue;
    }
    let line = '';
    let lineWidth = 0;
    for (const token of tokens(paragraph)) {
      const tokenWidth = face.width(token, size);
      if (lineWidth + tokenWidth <= width) {
        line += token;
        lineWidth += tokenWidth;
        continue;
      }
      if (line.trim()) lines.push(line.trimEnd());
      line = '';
      lineWidth = 0;
      // A space at a break disappears.
      if (token === ' ') continue;
      if (tokenWidth > width) {
        const pieces = breakLong(token, face, size, width);
        lines.push(...pieces.slice(0, -1));
        line = pieces[pieces.length - 1] ?? '';
        lineWidth = face.width(line, size);
      } else {
        line = token;
        lineWidth = tokenWidth;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
