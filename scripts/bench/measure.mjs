import { performance } from 'node:perf_hooks';

/** Median wall time of `runs` calls, in ms (after one warm-up call). */
export async function medianMs(runs, fn) {
  await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export async function onceMs(fn) {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

export function rssMb() {
  return process.memoryUsage().rss / 1024 / 1024;
}

/** One printed line: what, the figure, the target, and whether it met it. */
export function report(what, value, unit, target) {
  const shown = unit === 'ms' ? value.toFixed(1) : unit === 'MB' ? value.toFixed(0) : String(value);
  const verdict = target === undefined ? '' : value <= target ? `  (target ≤ ${target} ${unit}: met)` : `  (target ≤ ${target} ${unit}: MISSED)`;
  console.log(`  ${what.padEnd(58)} ${shown.padStart(9)} ${unit}${verdict}`);
}

/** A valid VIN (check digit right) for the n-th vehicle. */
export function benchVin(n, expectedCheckDigit) {
  const draft = `LBV${(n % 997).toString(36).toUpperCase().padStart(3, '0').replace(/[IOQ]/g, 'X')}21${'0'}${'R'}${String(n).padStart(7, '0')}`;
  const vin = draft.slice(0, 17);
  return vin.slice(0, 8) + expectedCheckDigit(vin) + vin.slice(9);
}
