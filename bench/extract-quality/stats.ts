/** Small numeric helpers for the benchmark report. */

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? NaN;
}

export function median3(run: () => number): number {
  const xs = [run(), run(), run()].sort((a, b) => a - b);
  return xs[1] ?? NaN;
}
