/**
 * Where the certificate pages are on an image: tables found on a reduced copy, each identified as
 * page 1 or page 2 with its orientation, and the printer's shift measured. The result maps the form
 * layout (millimetres) onto the working image.
 */
import sharp from 'sharp';
import { mapRectBounds, type Homography } from '../../../shared/ocr/homography';
import { blobCorners, blobs, tableCandidates } from './frame-detect';
import { inkMask, type GreyImage } from './grey-image';
import { placePage, printShift, type PagePlacement } from './page-placement';

export interface FoundPage {
  placement: PagePlacement;
  /** Frame millimetres → working image pixels. */
  toWork: Homography;
  /** How far the printed values sit below (+) or above (−) their cells' middles, in mm. */
  shift: number;
}

/** Enough of the layout's rules must be on ink for a table to count as a certificate page. */
const MIN_RULE_SCORE = 0.72;
const ANALYSIS_SIDE = 1600;

function scaled(h: Homography, fx: number, fy: number): Homography {
  return [h[0]! * fx, h[1]! * fx, h[2]! * fx, h[3]! * fy, h[4]! * fy, h[5]! * fy, h[6]!, h[7]!, h[8]!];
}

async function reduced(image: GreyImage): Promise<GreyImage> {
  const factor = ANALYSIS_SIDE / Math.max(image.width, image.height);
  if (factor >= 1) return image;
  const { data, info } = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 1 } })
    .resize({ width: Math.round(image.width * factor), height: Math.round(image.height * factor), kernel: 'linear' })
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data };
}

export async function findPages(work: GreyImage, readSlots: (placement: PagePlacement) => ReadonlySet<string>): Promise<FoundPage[]> {
  const small = await reduced(work);
  const mask = { width: small.width, height: small.height, data: inkMask(small, Math.max(15, Math.round(Math.max(small.width, small.height) / 50)), 0.18) };
  const found: FoundPage[] = [];
  for (const candidate of tableCandidates(blobs(mask.data, mask.width, mask.height), mask.width, mask.height)) {
    // A table inside one already found (or around it) is the same page.
    const inside = found.some(({ placement }) => {
      const frame = mapRectBounds(placement.toImage, { x: 0, y: 0, width: placement.layout.frame.width, height: placement.layout.frame.height });
      const cx = (candidate.x0 + candidate.x1) / 2;
      const cy = (candidate.y0 + candidate.y1) / 2;
      const fx = frame.x + frame.width / 2;
      const fy = frame.y + frame.height / 2;
      return (cx > frame.x && cx < frame.x + frame.width && cy > frame.y && cy < frame.y + frame.height) ||
        (fx > candidate.x0 && fx < candidate.x1 && fy > candidate.y0 && fy < candidate.y1);
    });
    if (inside) continue;
    const corners = blobCorners(candidate);
    if (!corners) continue;
    const placement = placePage(mask, corners);
    if (!placement || placement.score < MIN_RULE_SCORE) continue;
    const shift = printShift(mask, placement, readSlots(placement));
    found.push({ placement, toWork: scaled(placement.toImage, work.width / small.width, work.height / small.height), shift });
  }
  // Reading order: left to right, then top to bottom.
  const centre = (page: FoundPage) => {
    const frame = mapRectBounds(page.placement.toImage, { x: 0, y: 0, width: page.placement.layout.frame.width, height: page.placement.layout.frame.height });
    return { x: frame.x + frame.width / 2, y: frame.y + frame.height / 2, size: frame.width };
  };
  return found.sort((a, b) => {
    const [p, q] = [centre(a), centre(b)];
    return Math.abs(p.x - q.x) > p.size / 2 ? p.x - q.x : p.y - q.y;
  });
}
