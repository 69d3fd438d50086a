/**
 * Case counts of the property tests in this folder. The issue asks for at
 * least 10,000 cases per run; budget.test.ts sums these so that trimming one
 * file for speed cannot silently drop below it. docs/security.md lists them.
 */
export const FUZZ_RUNS = {
  urlNeverThrows: 3_000,
  urlIdempotent: 2_000,
  urlTrackingStable: 500,
  absoluteUrl: 1_000,
  parseDate: 2_500,
  findDates: 1_000,
  bylineDates: 500,
  importArbitrary: 1_500,
  importMutated: 1_500,
  extractorMutated: 120,
  lazyJsonValid: 1_000,
  lazyJsonMutated: 2_000,
} as const;

export function totalRuns(): number {
  return Object.values(FUZZ_RUNS).reduce((sum, n) => sum + n, 0);
}

/** Every KiosqueError is fine; anything else escaping a parser is the bug being hunted. */
export function isTypedFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'KiosqueError' && typeof (error as { code?: unknown }).code === 'string';
}
