/**
 * Plane projective transforms (homographies) from four point pairs: they map the form's frame in
 * millimetres onto a skewed scan or a phone photo taken at an angle.
 */
export interface Point {
  x: number;
  y: number;
}

/** Row-major 3×3 matrix with h[8] = 1. */
export type Homography = readonly number[];

/** Solves A·x = b by Gaussian elimination with partial pivoting; null when singular. */
function solve(a: number[][], b: number[]): number[] | null {
  const n = b.length;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(a[row]![col]!) > Math.abs(a[pivot]![col]!)) pivot = row;
    if (Math.abs(a[pivot]![col]!) < 1e-12) return null;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    [b[col], b[pivot]] = [b[pivot]!, b[col]!];
    for (let row = col + 1; row < n; row++) {
      const factor = a[row]![col]! / a[col]![col]!;
      for (let k = col; k < n; k++) a[row]![k]! -= factor * a[col]![k]!;
      b[row]! -= factor * b[col]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = b[row]!;
    for (let k = row + 1; k < n; k++) sum -= a[row]![k]! * x[k]!;
    x[row] = sum / a[row]![row]!;
  }
  return x;
}

/** The homography taking each `from[i]` to `to[i]` (four pairs, no three collinear). */
export function homographyFrom(from: readonly Point[], to: readonly Point[]): Homography | null {
  const a: number[][] = [];
  const b: number[] = [];
  for (let i = 0; i < 4; i++) {
    const { x, y } = from[i]!;
    const { x: u, y: v } = to[i]!;
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y]);
    b.push(u);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y]);
    b.push(v);
  }
  const h = solve(a, b);
  return h ? [...h, 1] : null;
}

export function applyHomography(h: Homography, point: Point): Point {
  const w = h[6]! * point.x + h[7]! * point.y + h[8]!;
  return { x: (h[0]! * point.x + h[1]! * point.y + h[2]!) / w, y: (h[3]! * point.x + h[4]! * point.y + h[5]!) / w };
}

export function invertHomography(h: Homography): Homography | null {
  const [a, b, c, d, e, f, g, k, i] = h as [number, number, number, number, number, number, number, number, number];
  const det = a * (e * i - f * k) - b * (d * i - f * g) + c * (d * k - e * g);
  if (Math.abs(det) < 1e-15) return null;
  const inv = [
    (e * i - f * k) / det, (c * k - b * i) / det, (b * f - c * e) / det,
    (f * g - d * i) / det, (a * i - c * g) / det, (c * d - a * f) / det,
    (d * k - e * g) / det, (b * g - a * k) / det, (a * e - b * d) / det,
  ];
  return inv.map((value) => value / inv[8]!);
}

/** The axis-aligned box around a rectangle's four mapped corners. */
export function mapRectBounds(h: Homography, rect: { x: number; y: number; width: number; height: number }) {
  const corners = [
    { x: rect.x, y: rect.y },
    { x: rect.x + rect.width, y: rect.y },
    { x: rect.x + rect.width, y: rect.y + rect.height },
    { x: rect.x, y: rect.y + rect.height },
  ].map((corner) => applyHomography(h, corner));
  const xs = corners.map((c) => c.x);
  const ys = corners.map((c) => c.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}
