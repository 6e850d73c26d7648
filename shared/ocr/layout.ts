/**
 * Geometry of the two pages of the 机动车登记证书 booklet, in millimetres. Rectangles of cells are
 * relative to the table's outer border (the frame); the engine finds the frame on a scan, maps this
 * layout onto it and reads each value cell on its own. The test generator draws pages from it.
 */
import type { CertificatePageType, EntrySlot, SlotId } from './types';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A printed label or an empty cell for a value, with its border drawn on all four sides. */
export interface FormCell {
  rect: Rect;
  label?: string;
  /** Labels written top to bottom (the section names in the left column of page 1). */
  vertical?: boolean;
  /** The value printed in this cell, when it is one the app reads or draws. */
  slot?: SlotId | string;
}

/** Text printed on the form outside the table (title, 编号). */
export interface FormText {
  text: string;
  x: number;
  y: number;
  size: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface FormLayout {
  pageType: CertificatePageType;
  page: { width: number; height: number };
  frame: Rect;
  cells: FormCell[];
  /** Value places outside the frame, relative to the frame (negative y is above it). */
  outside: Array<{ slot: SlotId; rect: Rect }>;
  /** Form texts, in page millimetres. */
  texts: FormText[];
}

const PAGE = { width: 185, height: 260 };
const FRAME_WIDTH = 161;

// Page 1: a section column, a numeral column, then two rows per entry (Ⅰ registration, Ⅱ–Ⅶ transfers).
const P1_ROW = 12.5;
const P1_SECTION = 9;
const P1_NUMERAL = 8;
const P1_OWNER_LABEL = 40;
const P1_ROW_B = [13, 47, 13, 23, 22, 26] as const; // 登记机关 | value | 登记日期 | value | 机动车登记编号 | value
const NUMERALS = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', 'Ⅵ', 'Ⅶ'];

function registrationPage(): FormLayout {
  const cells: FormCell[] = [];
  const contentX = P1_SECTION + P1_NUMERAL;
  cells.push({ rect: { x: 0, y: 0, width: P1_SECTION, height: 2 * P1_ROW }, label: '注册登记摘要信息栏', vertical: true });
  cells.push({ rect: { x: 0, y: 2 * P1_ROW, width: P1_SECTION, height: 12 * P1_ROW }, label: '转移登记摘要信息栏', vertical: true });
  for (let entry = 0; entry < 7; entry++) {
    const top = entry * 2 * P1_ROW;
    const numbered = (n: number, text: string) => (entry === 0 ? `${n}.${text}` : text);
    cells.push({ rect: { x: P1_SECTION, y: top, width: P1_NUMERAL, height: 2 * P1_ROW }, label: NUMERALS[entry]! });
    cells.push({ rect: { x: contentX, y: top, width: P1_OWNER_LABEL, height: P1_ROW }, label: numbered(1, '机动车所有人/身份证明名称/号码') });
    cells.push({
      rect: { x: contentX + P1_OWNER_LABEL, y: top, width: FRAME_WIDTH - contentX - P1_OWNER_LABEL, height: P1_ROW },
      slot: `entry${entry}.owner` as EntrySlot,
    });
    const labels = [numbered(2, '登记机关'), numbered(3, '登记日期'), numbered(4, '机动车登记编号')];
    const parts = ['authority', 'date', 'plate'];
    let x = contentX;
    P1_ROW_B.forEach((width, i) => {
      const rect = { x, y: top + P1_ROW, width, height: P1_ROW };
      cells.push(i % 2 === 0 ? { rect, label: labels[i / 2]! } : { rect, slot: `entry${entry}.${parts[(i - 1) / 2]}` as EntrySlot });
      x += width;
    });
  }
  return {
    pageType: 'registration',
    page: PAGE,
    frame: { x: 12, y: 34, width: FRAME_WIDTH, height: 14 * P1_ROW },
    cells,
    outside: [{ slot: 'certificateNumber', rect: { x: 108.5, y: -11, width: 52.5, height: 9.5 } }],
    texts: [
      { text: '机动车登记证书', x: PAGE.width / 2, y: 18, size: 7, anchor: 'middle' },
      { text: '编号', x: 112, y: 30, size: 3.2, anchor: 'start' },
    ],
  };
}

// Page 2: two pairs of columns (label | value) and a taller last row for the seal and issue date.
const P2_ROW = 12;
const P2_SEAL_ROW = 30;
const P2_COLUMNS = [33, 52, 31, 45] as const;
const P2_ROWS: Array<[string, string, string, string]> = [
  ['5.车辆类型', 'vehicleType', '16.转向形式', 'steering'],
  ['6.车辆品牌', 'brand', '17.轮距', 'track'],
  ['7.车辆型号', 'model', '18.轮胎数', 'tyreCount'],
  ['8.车身颜色', 'color', '19.轮胎规格', 'tyreSize'],
  ['9.车辆识别代号/车架号', 'vin', '20.钢板弹簧片数', 'springs'],
  ['10.国产/进口', 'origin', '21.轴距', 'wheelbase'],
  ['11.发动机号', 'engineNumber', '22.轴数', 'axles'],
  ['12.发动机型号', 'engineModel', '23.外廓尺寸', 'dimensions'],
  ['13.燃料种类', 'fuelType', '24.货厢内部尺寸', 'cargoBox'],
  ['14.排量/功率', 'displacement', '25.总质量', 'totalMass'],
  ['15.制造厂名称', 'manufacturer', '26.核定载质量', 'payload'],
  ['30.使用性质', 'use', '27.核定载客', 'seats'],
  ['31.车辆获得方式', 'acquisition', '28.准牵引总质量', 'towMass'],
  ['32.车辆出厂日期', 'manufactureDate', '29.驾驶室载客', 'cabSeats'],
  ['33.发证机关章', 'seal', '34.发证日期', 'issueDate'],
];

function vehiclePage(): FormLayout {
  const cells: FormCell[] = [];
  P2_ROWS.forEach((row, r) => {
    const y = r * P2_ROW;
    const height = r === P2_ROWS.length - 1 ? P2_SEAL_ROW : P2_ROW;
    let x = 0;
    P2_COLUMNS.forEach((width, c) => {
      const rect = { x, y, width, height };
      cells.push(c % 2 === 0 ? { rect, label: row[c]! } : { rect, slot: row[c]! });
      x += width;
    });
  });
  return {
    pageType: 'vehicle',
    page: PAGE,
    frame: { x: 12, y: 26, width: FRAME_WIDTH, height: (P2_ROWS.length - 1) * P2_ROW + P2_SEAL_ROW },
    cells,
    outside: [],
    texts: [{ text: '注册登记机动车信息栏', x: PAGE.width / 2, y: 17, size: 5.5, anchor: 'middle' }],
  };
}

export const LAYOUTS: Record<CertificatePageType, FormLayout> = {
  registration: registrationPage(),
  vehicle: vehiclePage(),
};

/** Where a slot's value is printed, relative to its page's frame. */
export function slotRect(layout: FormLayout, slot: SlotId): Rect | null {
  const cell = layout.cells.find((candidate) => candidate.slot === slot);
  if (cell) return cell.rect;
  return layout.outside.find((candidate) => candidate.slot === slot)?.rect ?? null;
}

/** A straight rule of the grid: horizontal (`at` is y, from a to b along x) or vertical. */
export interface Rule {
  orientation: 'h' | 'v';
  at: number;
  from: number;
  to: number;
}

/** The grid's rules, merged where cells share a border, relative to the frame. */
export function gridRules(layout: FormLayout): Rule[] {
  const raw: Rule[] = [];
  for (const { rect } of layout.cells) {
    raw.push({ orientation: 'h', at: rect.y, from: rect.x, to: rect.x + rect.width });
    raw.push({ orientation: 'h', at: rect.y + rect.height, from: rect.x, to: rect.x + rect.width });
    raw.push({ orientation: 'v', at: rect.x, from: rect.y, to: rect.y + rect.height });
    raw.push({ orientation: 'v', at: rect.x + rect.width, from: rect.y, to: rect.y + rect.height });
  }
  const merged: Rule[] = [];
  const key = (rule: Rule) => `${rule.orientation}${rule.at.toFixed(2)}`;
  const groups = new Map<string, Rule[]>();
  for (const rule of raw) groups.set(key(rule), [...(groups.get(key(rule)) ?? []), rule]);
  for (const group of groups.values()) {
    group.sort((a, b) => a.from - b.from);
    let current = { ...group[0]! };
    for (const rule of group.slice(1)) {
      if (rule.from <= current.to + 0.01) current.to = Math.max(current.to, rule.to);
      else {
        merged.push(current);
        current = { ...rule };
      }
    }
    merged.push(current);
  }
  return merged;
}
