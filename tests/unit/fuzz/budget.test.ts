import { describe, expect, it } from 'vitest';
import { FUZZ_RUNS, totalRuns } from './budget';

describe('fuzz budget', () => {
  it('runs at least 10,000 generated cases in one test run', () => {
    expect(totalRuns()).toBeGreaterThanOrEqual(10_000);
    for (const runs of Object.values(FUZZ_RUNS)) expect(runs).toBeGreaterThan(0);
  });
});
