/**
 * Which page a table is and how it lies: every (page type × quarter turn) hypothesis maps the layout's
 * rules onto the image through the frame's corners, and the one whose rules land on ink wins. Then the
 * printed values' common shift off the grid (a misfed sheet) is measured from the ink in value cells.
 */
import { applyHomography, homographyFrom, type Homography, type Point } from '../../../shared/ocr/homography';
import { gridRules, LAYOUTS, type FormLayout, type Rule } from '../../../shared/ocr/layout';
import type { CertificatePageType } from '../../../shared/ocr/types';

export interface Mask {
  width: number;
  height: number;
  data: Uint8Array;
}

export interface PagePlacement {
  pageType: CertificatePageType;
  layout: FormLayout;
  /** Frame millimetres → image pixels. */
  toImage: Homography;
  /** Quarter turns of the content in the image, clockwise, in degrees (0, 90, 180, 270). */
  quarterTurns: number;
  /** Remaining tilt of the frame's top edge, in degrees. */
  skew: number;
  /** Share of the layout's inner rules found on ink (0–1). */
  score: number;
}

const innerRules = new Map<CertificatePageType, Rule[]>();
function rulesOf(layout: FormLayout): Rule[] {
  let rules = innerRules.get(layout.pageType);
  if (!rules) {
    const { width, height } = layout.frame;
    rules = gridRules(layout).filter((rule) => rule.at > 0.01 && rule.at < (rule.orientation === 'h' ? height : width) - 0.01);
    innerRules.set(layout.pageType, rules);
  }
  return rules;
}

function inkNear(mask: Mask, point: Point, reach: number): boolean {
  const cx = Math.floor(point.x);
  const cy = Math.floor(point.y);
  for (let dy = -reach; dy <= reach; dy++) {
    const y = cy + dy;
    if (y < 0 || y >= mask.height) continue;
    for (let dx = -reach; dx <= reach; dx++) {
      const x = cx + dx;
      if (x >= 0 && x < mask.width && mask.data[y * mask.width + x]) return true;
    }
  }
  return false;
}

/**
 * Share of sampled points along the layout's inner rules that fall on a thin line: ink at the point,
 * paper a millimetre to one side or the other (ink everywhere, as in noise or texture, is no rule).
 */
export function ruleScore(mask: Mask, layout: FormLayout, toImage: Homography, pxPerMm: number): number {
  const reach = Math.max(1, Math.round(0.3 * pxPerMm));
  let hits = 0;
  let total = 0;
  for (const rule of rulesOf(layout)) {
    for (let t = rule.from + 1; t <= rule.to - 1; t += 1.5) {
      const at = (offset: number) => applyHomography(toImage, rule.orientation === 'h' ? { x: t, y: rule.at + offset } : { x: rule.at + offset, y: t });
      total++;
      if (inkNear(mask, at(0), reach) && (!inkNear(mask, at(-1), 0) || !inkNear(mask, at(1), 0))) hits++;
    }
  }
  return total === 0 ? 0 : hits / total;
}

/** The best page type and orientation for a table with these corners (TL, TR, BR, BL as seen). */
export function placePage(mask: Mask, corners: Point[]): PagePlacement | null {
  let best: PagePlacement | null = null;
  for (const pageType of ['registration', 'vehicle'] as const) {
    const layout = LAYOUTS[pageType];
    const { width, height } = layout.frame;
    const frame = [{ x: 0, y: 0 }, { x: width, y: 0 }, { x: width, y: height }, { x: 0, y: height }];
    for (let turn = 0; turn < 4; turn++) {
      const seen = [0, 1, 2, 3].map((i) => corners[(i + turn) % 4]!);
      const toImage = homographyFrom(frame, seen);
      if (!toImage) continue;
      const topEdge = Math.hypot(seen[1]!.x - seen[0]!.x, seen[1]!.y - seen[0]!.y);
      const leftEdge = Math.hypot(seen[3]!.x - seen[0]!.x, seen[3]!.y - seen[0]!.y);
      // A frame far from the layout's proportions cannot be this page seen this way up.
      if (Math.abs(Math.log(topEdge / leftEdge / (width / height))) > 0.35) continue;
      const score = ruleScore(mask, layout, toImage, topEdge / width);
      if (!best || score > best.score) {
        const skew = (Math.atan2(seen[1]!.y - seen[0]!.y, seen[1]!.x - seen[0]!.x) * 180) / Math.PI;
        const quarterTurns = (((Math.round(skew / 90) * 90) % 360) + 360) % 360;
        best = { pageType, layout, toImage, quarterTurns, skew: skew - Math.round(skew / 90) * 90, score };
      }
    }
  }
  return best;
}

/**
 * The vertical shift (mm) of the printed values relative to their cells: the shift that puts the most
 * value-cell ink into a text-high band around the cells' middles. Rules are left out of the count.
 */
export function printShift(mask: Mask, placement: PagePlacement, slots: ReadonlySet<string>): number {
  const { layout, toImage } = placement;
  const step = 0.25;
  const reach = 6;
  const profile = new Float64Array(Math.round((2 * reach) / step) + 1);
  const ruleYs = rulesOf(layout).filter((rule) => rule.orientation === 'h').map((rule) => rule.at).concat([0, layout.frame.height]);
  for (const cell of layout.cells) {
    if (!cell.slot || !slots.has(cell.slot)) continue;
    const { x, y, width, height } = cell.rect;
    const middle = y + height / 2;
    profile.forEach((_, i) => {
      const cy = middle - reach + i * step;
      if (ruleYs.some((ruleY) => Math.abs(ruleY - cy) < 0.45)) return;
      let ink = 0;
      for (let cx = x + 1.5; cx < x + Math.min(width - 1.5, 30); cx += 0.4) {
        const p = applyHomography(toImage, { x: cx, y: cy });
        const px = Math.floor(p.x);
        const py = Math.floor(p.y);
        if (px >= 0 && py >= 0 && px < mask.width && py < mask.height && mask.data[py * mask.width + px]) ink++;
      }
      profile[i] = profile[i]! + ink;
    });
  }
  // Text about 3.4 mm high: the band of that height holding the most ink.
  const band = Math.round(3.4 / step);
  let bestShift = 0;
  let bestInk = -1;
  for (let start = 0; start + band < profile.length; start++) {
    let ink = 0;
    for (let i = start; i < start + band; i++) ink += profile[i]!;
    if (ink > bestInk) {
      bestInk = ink;
      bestShift = -reach + (start + band / 2) * step;
    }
  }
  return bestInk > 0 ? bestShift : 0;
}
