/**
 * Finds the tables' outer borders on a page image. All rules of the certificate's grid touch each
 * other, so each page's table is one large connected blob of ink; its four outermost edges, fitted
 * as straight lines, give the corners that a homography maps the form layout onto (skew and phone
 * perspective alike). Two blobs mean both pages on one image.
 */
import type { Point } from '../../../shared/ocr/homography';

interface Run {
  y: number;
  x0: number;
  x1: number;
}

export interface Blob {
  runs: Run[];
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  pixels: number;
}

/** Connected ink blobs (8-connectivity), found on runs rather than pixels to stay fast. */
export function blobs(mask: Uint8Array, width: number, height: number): Blob[] {
  const runs: Run[] = [];
  const parent: number[] = [];
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  let previous: number[] = [];
  for (let y = 0; y < height; y++) {
    const current: number[] = [];
    const row = y * width;
    let x = 0;
    while (x < width) {
      if (!mask[row + x]) {
        x++;
        continue;
      }
      const x0 = x;
      while (x < width && mask[row + x]) x++;
      const id = runs.length;
      runs.push({ y, x0, x1: x - 1 });
      parent.push(id);
      current.push(id);
      for (const other of previous) {
        const run = runs[other]!;
        if (run.x0 <= x && run.x1 >= x0 - 1) {
          const a = find(id);
          const b = find(other);
          if (a !== b) parent[a] = b;
        }
      }
    }
    previous = current;
  }
  const byRoot = new Map<number, Blob>();
  runs.forEach((run, i) => {
    const root = find(i);
    let blob = byRoot.get(root);
    if (!blob) byRoot.set(root, (blob = { runs: [], x0: run.x0, y0: run.y, x1: run.x1, y1: run.y, pixels: 0 }));
    blob.runs.push(run);
    blob.x0 = Math.min(blob.x0, run.x0);
    blob.x1 = Math.max(blob.x1, run.x1);
    blob.y1 = Math.max(blob.y1, run.y);
    blob.pixels += run.x1 - run.x0 + 1;
  });
  return [...byRoot.values()];
}

/** y = a·t + b fitted to points (t, y), dropping outliers (text touching a rule, a nick in it). */
function robustLine(points: Array<[number, number]>): { a: number; b: number } | null {
  let kept = points;
  let line: { a: number; b: number } | null = null;
  for (let round = 0; round < 4 && kept.length >= 8; round++) {
    let st = 0, sy = 0, stt = 0, sty = 0;
    for (const [t, y] of kept) {
      st += t;
      sy += y;
      stt += t * t;
      sty += t * y;
    }
    const n = kept.length;
    const denominator = n * stt - st * st;
    if (Math.abs(denominator) < 1e-9) return null;
    const a = (n * sty - st * sy) / denominator;
    line = { a, b: (sy - a * st) / n };
    const residuals = kept.map(([t, y]) => Math.abs(y - (line!.a * t + line!.b)));
    const sorted = [...residuals].sort((p, q) => p - q);
    const limit = Math.max(1.5, 2.5 * sorted[Math.floor(sorted.length / 2)]!);
    kept = kept.filter((_, i) => residuals[i]! <= limit);
  }
  return line;
}

/** The four corners (top-left, top-right, bottom-right, bottom-left as seen in the image) of a table blob. */
export function blobCorners(blob: Blob): Point[] | null {
  const width = blob.x1 - blob.x0 + 1;
  const height = blob.y1 - blob.y0 + 1;
  const top = new Float64Array(width).fill(Infinity);
  const bottom = new Float64Array(width).fill(-Infinity);
  const left = new Float64Array(height).fill(Infinity);
  const right = new Float64Array(height).fill(-Infinity);
  for (const run of blob.runs) {
    const row = run.y - blob.y0;
    left[row] = Math.min(left[row]!, run.x0);
    right[row] = Math.max(right[row]!, run.x1);
    for (let x = run.x0; x <= run.x1; x++) {
      const column = x - blob.x0;
      if (run.y < top[column]!) top[column] = run.y;
      if (run.y > bottom[column]!) bottom[column] = run.y;
    }
  }
  const middle = (length: number, offset: number, values: Float64Array) => {
    const points: Array<[number, number]> = [];
    for (let i = Math.floor(length * 0.12); i < Math.ceil(length * 0.88); i++) if (Number.isFinite(values[i]!)) points.push([i + offset, values[i]!]);
    return points;
  };
  const topLine = robustLine(middle(width, blob.x0, top));
  const bottomLine = robustLine(middle(width, blob.x0, bottom));
  const leftLine = robustLine(middle(height, blob.y0, left));
  const rightLine = robustLine(middle(height, blob.y0, right));
  if (!topLine || !bottomLine || !leftLine || !rightLine) return null;
  // Horizontal lines are y = a·x + b, vertical ones x = a·y + b; the +0.5 moves to pixel centres.
  const meet = (h: { a: number; b: number }, v: { a: number; b: number }): Point => {
    const y = (h.a * v.b + h.b) / (1 - h.a * v.a);
    return { x: v.a * y + v.b + 0.5, y: y + 0.5 };
  };
  return [meet(topLine, leftLine), meet(topLine, rightLine), meet(bottomLine, rightLine), meet(bottomLine, leftLine)];
}

/** Blobs big and sparse enough to be a table, largest first. */
export function tableCandidates(all: Blob[], width: number, height: number): Blob[] {
  return all
    .filter((blob) => {
      const w = blob.x1 - blob.x0 + 1;
      const h = blob.y1 - blob.y0 + 1;
      return w >= 0.2 * width && h >= 0.15 * height && blob.pixels >= 1.5 * (w + h) && blob.pixels <= 0.35 * w * h;
    })
    .sort((a, b) => (b.x1 - b.x0) * (b.y1 - b.y0) - (a.x1 - a.x0) * (a.y1 - a.y0))
    .slice(0, 6);
}
