export interface Summary {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

/** Nearest-rank percentile: always a value that was measured. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? NaN;
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted[sorted.length - 1] ?? NaN,
  };
}

/**
 * The run with the median time among those that succeeded, or the first
 * failure when none did. Its other figures (the round trip) come with it.
 */
export function medianRun<T extends { ok: boolean }>(runs: readonly T[], time: (run: T) => number): T {
  const ok = runs.filter((run) => run.ok && Number.isFinite(time(run))).sort((a, b) => time(a) - time(b));
  const median = ok[Math.floor((ok.length - 1) / 2)];
  if (median !== undefined) return median;
  const first = runs[0];
  if (first === undefined) throw new Error('medianRun: no runs');
  return first;
}
