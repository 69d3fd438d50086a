import { describe, expect, it } from 'vitest';
import { medianRun, percentile, ratioInterval, summarize } from '../../bench/support/stats';

interface Run {
  ok: boolean;
  ms: number;
  tag: string;
}
const run = (ms: number, tag: string, ok = true): Run => ({ ok, ms, tag });
const time = (r: Run) => r.ms;

describe('bench statistics', () => {
  it('keeps the run with the median time, with its other figures', () => {
    expect(medianRun([run(30, 'a'), run(10, 'b'), run(20, 'c')], time).tag).toBe('c');
    // An even count takes the lower middle: a measured run, never an average of two.
    expect(medianRun([run(40, 'a'), run(10, 'b'), run(20, 'c'), run(30, 'd')], time).tag).toBe('c');
  });

  it('leaves failed runs out, and reports a failure only when every run failed', () => {
    expect(medianRun([run(5, 'failed', false), run(50, 'a'), run(60, 'b')], time).tag).toBe('a');
    expect(medianRun([run(Number.NaN, 'no time'), run(70, 'a')], time).tag).toBe('a');
    const allFailed = medianRun([run(1, 'x', false), run(2, 'y', false)], time);
    expect(allFailed.ok).toBe(false);
    expect(allFailed.tag).toBe('x');
    expect(() => medianRun([], time)).toThrow();
  });

  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 95)).toBe(95);
    expect(summarize([3, 1, 2])).toEqual({ n: 3, p50: 2, p95: 3, max: 3 });
  });
});

describe('ratioInterval', () => {
  const noisy = (n: number, seed: number): [number, number][] =>
    Array.from({ length: n }, (_, i) => {
      // A skewed spread of page times, Kiosque about 1.6 times slower with its own scatter.
      const base = 10 + ((i * 7919 + seed * 104729) % 997) / 10 + (i % 17 === 0 ? 60 : 0);
      return [base * (1.4 + ((i * 31) % 9) / 20), base];
    });

  it('is a single point when the two times keep one ratio on every page', () => {
    const pairs = Array.from({ length: 60 }, (_, i): [number, number] => [2 * (i + 5), i + 5]);
    expect(ratioInterval(pairs, 95)).toEqual({ low: 2, high: 2 });
    expect(ratioInterval(pairs.map(([, b]): [number, number] => [b, b]), 50)).toEqual({ low: 1, high: 1 });
  });

  it('holds the ratio measured on the pages themselves, and narrows as pages are added', () => {
    const few = noisy(60, 3);
    const sorted = (k: 0 | 1) => few.map((p) => p[k]).sort((x, y) => x - y);
    const measured = percentile(sorted(0), 95) / percentile(sorted(1), 95);
    const small = ratioInterval(few, 95);
    expect(small.low).toBeLessThanOrEqual(measured);
    expect(small.high).toBeGreaterThanOrEqual(measured);
    expect(small.high - small.low).toBeGreaterThan(0.05);
    const large = ratioInterval(noisy(3000, 3), 95);
    expect(large.high - large.low).toBeLessThan((small.high - small.low) / 2);
  });

  it('gives the same interval for the same pages and seed', () => {
    const pairs = noisy(100, 5);
    expect(ratioInterval(pairs, 95, { seed: 9 })).toEqual(ratioInterval(pairs, 95, { seed: 9 }));
    expect(ratioInterval([], 95)).toEqual({ low: NaN, high: NaN });
  });
});
