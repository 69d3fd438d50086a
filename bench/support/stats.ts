import { prng } from './prng';

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

/**
 * How far the ratio of two percentiles could move with other pages of the
 * same kind: the pages are drawn again with replacement `resamples` times,
 * each page keeping both of its times (the ratio compares extractors on the
 * same pages), and the middle 95% of the resampled ratios is returned. A
 * p95 rests on the slowest few pages, so one run's ratio says little on its
 * own about a target near it.
 */
export function ratioInterval(
  pairs: ReadonlyArray<readonly [number, number]>,
  p: number,
  opts: { resamples?: number; seed?: number } = {},
): { low: number; high: number } {
  const n = pairs.length;
  if (n === 0) return { low: NaN, high: NaN };
  const resamples = opts.resamples ?? 2000;
  // Seeded, so the same data gives the same interval on every run.
  const random = prng(opts.seed ?? 1);
  const ratios: number[] = [];
  const a = new Array<number>(n);
  const b = new Array<number>(n);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) {
      const pair = pairs[Math.floor(random() * n)] as readonly [number, number];
      a[i] = pair[0];
      b[i] = pair[1];
    }
    a.sort((x, y) => x - y);
    b.sort((x, y) => x - y);
    ratios.push(percentile(a, p) / percentile(b, p));
  }
  ratios.sort((x, y) => x - y);
  return { low: percentile(ratios, 2.5), high: percentile(ratios, 97.5) };
}
