/**
 * When the bench may read the persisted index's size. The background says
 * "ready" as soon as the rebuilt index is in its memory; writing it takes
 * longer (serialising 100k documents takes seconds), and until then the table
 * holds only the `build` progress row. Two equal readings of that lone row
 * look stable, so stability alone is not enough: the header must be there and
 * the build row gone.
 */
export interface IndexReading {
  /** Keys of the searchIndex rows present. */
  keys: string[];
  rows: number;
  bytes: number;
}

export function persistedIndexComplete(reading: IndexReading): boolean {
  return reading.keys.includes('header') && !reading.keys.includes('build') && reading.keys.some((key) => key.startsWith('chunk:'));
}
