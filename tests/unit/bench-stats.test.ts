import { describe, expect, it } from 'vitest';
import { medianRun, percentile, summarize } from '../../bench/support/stats';

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
