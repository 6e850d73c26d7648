/**
 * Whole-page mode: the page's words only, no grid. Labels printed on the form (车辆品牌, 登记日期 …) are
 * found in the text, even with an OCR slip; each value is the text right of its label, on the nearest
 * line within half a row (printed values drift off the grid), before the next label on that row.
 */
import { compactText, editDistance, isCjk } from './text';
import type { CertificatePageType, EntryPart, OcrBox, OcrWord, PageType, SlotId } from './types';

interface Label {
  text: string;
  page: CertificatePageType;
  /** The value it announces; null for labels that only end the previous value. */
  role: SlotId | EntryPart | null;
}

const LABELS: Label[] = [
  { text: '机动车所有人/身份证明名称/号码', page: 'registration', role: 'owner' },
  { text: '注册登记摘要信息栏', page: 'registration', role: null },
  { text: '转移登记摘要信息栏', page: 'registration', role: null },
  { text: '机动车登记证书', page: 'registration', role: null },
  { text: '机动车登记编号', page: 'registration', role: 'plate' },
  { text: '登记机关', page: 'registration', role: 'authority' },
  { text: '登记日期', page: 'registration', role: 'date' },
  { text: '编号', page: 'registration', role: 'certificateNumber' },
  { text: '注册登记机动车信息栏', page: 'vehicle', role: null },
  { text: '车辆识别代号/车架号', page: 'vehicle', role: 'vin' },
  { text: '车辆获得方式', page: 'vehicle', role: null },
  { text: '车辆出厂日期', page: 'vehicle', role: 'manufactureDate' },
  { text: '货厢内部尺寸', page: 'vehicle', role: null },
  { text: '钢板弹簧片数', page: 'vehicle', role: null },
  { text: '准牵引总质量', page: 'vehicle', role: null },
  { text: '制造厂名称', page: 'vehicle', role: 'manufacturer' },
  { text: '发动机型号', page: 'vehicle', role: null },
  { text: '核定载质量', page: 'vehicle', role: null },
  { text: '驾驶室载客', page: 'vehicle', role: null },
  { text: '发证机关章', page: 'vehicle', role: null },
  { text: '车辆类型', page: 'vehicle', role: 'vehicleType' },
  { text: '车辆品牌', page: 'vehicle', role: 'brand' },
  { text: '车辆型号', page: 'vehicle', role: 'model' },
  { text: '车身颜色', page: 'vehicle', role: 'color' },
  { text: '国产/进口', page: 'vehicle', role: null },
  { text: '发动机号', page: 'vehicle', role: 'engineNumber' },
  { text: '燃料种类', page: 'vehicle', role: 'fuelType' },
  { text: '排量/功率', page: 'vehicle', role: null },
  { text: '转向形式', page: 'vehicle', role: null },
  { text: '轮胎规格', page: 'vehicle', role: null },
  { text: '外廓尺寸', page: 'vehicle', role: null },
  { text: '核定载客', page: 'vehicle', role: null },
  { text: '使用性质', page: 'vehicle', role: null },
  { text: '发证日期', page: 'vehicle', role: 'issueDate' },
  { text: '轮胎数', page: 'vehicle', role: null },
  { text: '总质量', page: 'vehicle', role: null },
  { text: '轮距', page: 'vehicle', role: null },
  { text: '轴距', page: 'vehicle', role: null },
  { text: '轴数', page: 'vehicle', role: null },
];

interface Char {
  ch: string;
  x0: number;
  x1: number;
  yc: number;
  height: number;
  word: OcrWord;
  used: boolean;
}

interface Found {
  label: Label;
  chars: Char[];
  x0: number;
  x1: number;
  yc: number;
}

/** Characters with an estimated position each (a word's box shared out by character width). */
function charsOf(words: OcrWord[]): Char[] {
  const chars: Char[] = [];
  for (const word of words) {
    const text = [...compactText(word.text)];
    const widths = text.map((ch) => (isCjk(ch) ? 1 : 0.55));
    const total = widths.reduce((a, b) => a + b, 0);
    let x = word.box.x;
    text.forEach((ch, i) => {
      const width = (word.box.width * widths[i]!) / total;
      chars.push({ ch, x0: x, x1: x + width, yc: word.box.y + word.box.height / 2, height: word.box.height, word, used: false });
      x += width;
    });
  }
  return chars;
}

/** Characters grouped into lines of text, each sorted left to right. */
function linesOf(chars: Char[]): Char[][] {
  const sorted = [...chars].sort((a, b) => a.yc - b.yc);
  const lines: Array<{ yc: number; height: number; chars: Char[] }> = [];
  for (const ch of sorted) {
    const line = lines.find((candidate) => Math.abs(candidate.yc - ch.yc) <= 0.45 * Math.max(candidate.height, ch.height));
    if (line) {
      line.chars.push(ch);
      line.yc = line.chars.reduce((sum, c) => sum + c.yc, 0) / line.chars.length;
    } else lines.push({ yc: ch.yc, height: ch.height, chars: [ch] });
  }
  return lines.map((line) => line.chars.sort((a, b) => a.x0 - b.x0));
}

/** Allowed OCR slips in a label: none in two characters, one up to seven, two beyond. */
const slips = (length: number) => (length <= 2 ? 0 : length <= 7 ? 1 : 2);

function findLabels(lines: Char[][]): Found[] {
  // Every place a label might be, then the closest matches first: 车辆型号 read exactly must not be
  // taken for 车辆类型 with one slip.
  const candidates: Array<{ label: Label; line: Char[]; start: number; length: number; distance: number }> = [];
  for (const label of LABELS) {
    const target = [...label.text];
    const allowed = slips(target.length);
    const last = target[target.length - 1]!;
    for (const line of lines) {
      for (let start = 0; start < line.length; start++) {
        for (let length = Math.max(2, target.length - allowed); length <= target.length + allowed; length++) {
          const span = line.slice(start, start + length);
          if (span.length < length) break;
          // A slip may be inside a label, not at either end (that would be another word).
          if (span[0]!.ch !== target[0] || span[length - 1]!.ch !== last) continue;
          const distance = editDistance(span.map((c) => c.ch).join(''), label.text);
          if (distance <= allowed) candidates.push({ label, line, start, length, distance });
        }
      }
    }
  }
  candidates.sort((a, b) => a.distance - b.distance || b.label.text.length - a.label.text.length);
  const found: Found[] = [];
  for (const { label, line, start, length } of candidates) {
    const span = line.slice(start, start + length);
    if (span.some((c) => c.used)) continue;
    // The cell number printed before a label ("17.") belongs to it, not to the value on its left.
    for (let k = start - 1; k >= 0 && /[\d.．]/.test(line[k]!.ch) && !line[k]!.used && span[0]!.x0 - line[k]!.x1 < span[0]!.height; k--) span.unshift(line[k]!);
    span.forEach((c) => (c.used = true));
    found.push({ label, chars: span, x0: span[0]!.x0, x1: span[span.length - 1]!.x1, yc: span.reduce((sum, c) => sum + c.yc, 0) / span.length });
  }
  return found;
}

/** Page 1, page 2, or unknown, by which form's labels appear (at least three, and clearly more). */
export function classifyWords(words: OcrWord[]): PageType {
  const labels = findLabels(linesOf(charsOf(words)));
  const count = (page: CertificatePageType) => new Set(labels.filter((f) => f.label.page === page).map((f) => f.label.text)).size;
  const registration = count('registration');
  const vehicle = count('vehicle');
  if (registration >= 3 && registration > vehicle) return 'registration';
  if (vehicle >= 3 && vehicle > registration) return 'vehicle';
  return 'unknown';
}

export interface LabelledValue {
  slot: SlotId;
  words: OcrWord[];
  box: OcrBox | null;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)]!;
}

/** Values found beside their labels on a page of the given type. */
export function valuesByLabel(words: OcrWord[], pageType: CertificatePageType): LabelledValue[] {
  const chars = charsOf(words);
  const lines = linesOf(chars);
  const labels = findLabels(lines).filter((f) => f.label.page === pageType);
  const free = chars.filter((c) => !c.used);
  // Row pitch: the usual vertical distance between label rows.
  const rows = [...new Set(labels.map((f) => Math.round(f.yc)))].sort((a, b) => a - b);
  const gaps = rows.slice(1).map((y, i) => y - rows[i]!).filter((gap) => gap > median(chars.map((c) => c.height)) * 1.2);
  const pitch = gaps.length > 0 ? median(gaps) : 3 * median(chars.map((c) => c.height));
  const owners = labels.filter((f) => f.label.role === 'owner').sort((a, b) => a.yc - b.yc);
  const out: LabelledValue[] = [];
  for (const found of labels) {
    const role = found.label.role;
    if (!role) continue;
    const nextRight = labels
      .filter((other) => other !== found && other.x0 > found.x1 && Math.abs(other.yc - found.yc) < pitch * 0.3)
      .reduce((limit, other) => Math.min(limit, other.x0), Infinity);
    const candidates = free.filter((c) => c.x0 >= found.x1 - 2 && c.x1 <= nextRight + 2 && Math.abs(c.yc - found.yc) <= pitch * 0.55);
    if (candidates.length === 0) continue;
    // The line nearest the label's middle is its value; others belong to neighbouring rows.
    const nearest = candidates.reduce((best, c) => (Math.abs(c.yc - found.yc) < Math.abs(best.yc - found.yc) ? c : best));
    const line = candidates.filter((c) => Math.abs(c.yc - nearest.yc) <= 0.45 * nearest.height);
    const valueWords = [...new Set(line.map((c) => c.word))];
    let slot: SlotId;
    if (role === 'owner' || role === 'authority' || role === 'date' || role === 'plate') {
      // Each entry is an owner row with the authority/date/plate row below it.
      const entry = role === 'owner' ? owners.indexOf(found) : owners.filter((o) => o.yc < found.yc).length - 1;
      if (entry < 0 || entry > 6) continue;
      slot = `entry${entry as 0}.${role}`;
    } else slot = role;
    // Only the characters right of the label, and not into the next cell's numbered label ("16.转向…")
    // when that label itself was not recognised.
    const text = line.map((c) => c.ch).join('').replace(/\d{1,2}[.．][\u3400-\u9fff].*$/, '');
    if (text === '') continue;
    out.push({
      slot,
      words: [{ text, confidence: Math.min(...valueWords.map((w) => w.confidence)), box: boxOf(line) }],
      box: boxOf(line),
    });
  }
  return out;
}

function boxOf(chars: Char[]): OcrBox {
  const x0 = Math.min(...chars.map((c) => c.x0));
  const x1 = Math.max(...chars.map((c) => c.x1));
  const y0 = Math.min(...chars.map((c) => c.word.box.y));
  const y1 = Math.max(...chars.map((c) => c.word.box.y + c.word.box.height));
  return { page: chars[0]!.word.box.page, x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
