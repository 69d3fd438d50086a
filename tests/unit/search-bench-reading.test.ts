import { describe, expect, it } from 'vitest';
import { persistedIndexComplete } from '../../bench/list/index-reading';

describe('bench:list reads the index size only once it is written', () => {
  it('a lone build row (index ready in memory, not yet written) is not a complete index', () => {
    // The 100k row once printed "index rows 1, 0.0 MB": this reading, taken twice, looked stable.
    expect(persistedIndexComplete({ keys: ['build'], rows: 1, bytes: 48 })).toBe(false);
  });

  it('an empty table is not a complete index', () => {
    expect(persistedIndexComplete({ keys: [], rows: 0, bytes: 0 })).toBe(false);
  });

  it('header and chunks still beside the build row: the rebuild has not finished', () => {
    expect(persistedIndexComplete({ keys: ['header', 'chunk:0', 'build'], rows: 3, bytes: 1e6 })).toBe(false);
  });

  it('a header without chunks is not complete', () => {
    expect(persistedIndexComplete({ keys: ['header', 'table'], rows: 2, bytes: 1e5 })).toBe(false);
  });

  it('header, chunks and table without a build row is the written index', () => {
    expect(persistedIndexComplete({ keys: ['header', 'chunk:0', 'chunk:1', 'table'], rows: 4, bytes: 2e6 })).toBe(true);
  });
});
