/** Greyscale images as plain byte arrays, and the few pixel operations the engine needs. */
export interface GreyImage {
  width: number;
  height: number;
  /** One byte per pixel, row by row; 0 is black. */
  data: Uint8Array;
}

/** Ink mask by a local-mean threshold (Bradley): dark relative to the surroundings, whatever the light. */
export function inkMask(image: GreyImage, window: number, darker = 0.15): Uint8Array {
  const { width, height, data } = image;
  const stride = width + 1;
  const sums = new Float64Array(stride * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      row += data[y * width + x]!;
      sums[(y + 1) * stride + x + 1] = sums[y * stride + x + 1]! + row;
    }
  }
  const half = Math.max(1, Math.floor(window / 2));
  const mask = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const y0 = Math.max(0, y - half);
    const y1 = Math.min(height, y + half + 1);
    for (let x = 0; x < width; x++) {
      const x0 = Math.max(0, x - half);
      const x1 = Math.min(width, x + half + 1);
      const total = sums[y1 * stride + x1]! - sums[y0 * stride + x1]! - sums[y1 * stride + x0]! + sums[y0 * stride + x0]!;
      const mean = total / ((y1 - y0) * (x1 - x0));
      if (data[y * width + x]! < mean * (1 - darker) && data[y * width + x]! < 235) mask[y * width + x] = 1;
    }
  }
  return mask;
}

/** Otsu's threshold of a histogram of 256 bins: values below it are the dark class. */
export function otsuThreshold(histogram: ArrayLike<number>): number {
  let total = 0;
  let sumAll = 0;
  for (let i = 0; i < 256; i++) {
    total += histogram[i]!;
    sumAll += i * histogram[i]!;
  }
  let weightBack = 0;
  let sumBack = 0;
  let best = 0;
  let threshold = 128;
  for (let i = 0; i < 256; i++) {
    weightBack += histogram[i]!;
    if (weightBack === 0) continue;
    const weightFore = total - weightBack;
    if (weightFore === 0) break;
    sumBack += i * histogram[i]!;
    const meanBack = sumBack / weightBack;
    const meanFore = (sumAll - sumBack) / weightFore;
    const between = weightBack * weightFore * (meanBack - meanFore) ** 2;
    // Halfway between the two classes' means: the same split, and no edge case on a clean two-level image.
    if (between > best) {
      best = between;
      threshold = (meanBack + meanFore) / 2;
    }
  }
  return threshold;
}

/** Bilinear sample with white outside the image. */
export function sample(image: GreyImage, x: number, y: number): number {
  const { width, height, data } = image;
  const sx = x - 0.5;
  const sy = y - 0.5;
  if (sx < 0 || sy < 0 || sx > width - 1 || sy > height - 1) return 255;
  const x0 = Math.floor(sx);
  const y0 = Math.floor(sy);
  const x1 = Math.min(x0 + 1, width - 1);
  const y1 = Math.min(y0 + 1, height - 1);
  const fx = sx - x0;
  const fy = sy - y0;
  const top = data[y0 * width + x0]! * (1 - fx) + data[y0 * width + x1]! * fx;
  const bottom = data[y1 * width + x0]! * (1 - fx) + data[y1 * width + x1]! * fx;
  return top * (1 - fy) + bottom * fy;
}

/**
 * Pixels that are not ink (no darker than their surroundings by `darker`) set to white: what is left
 * of a seal once its red is dropped, paper texture and shadows go, and the print stays as it was.
 */
export function whitenBackground(image: GreyImage, darker = 0.2): GreyImage {
  const mask = inkMask(image, Math.max(15, Math.round(Math.max(image.width, image.height) / 60)), darker);
  const data = new Uint8Array(image.data.length);
  for (let i = 0; i < data.length; i++) data[i] = mask[i] ? image.data[i]! : 255;
  return { width: image.width, height: image.height, data };
}
