import { describe, expect, it } from 'vitest';
import { compareHits, rankHits, type SearchHit } from '../../../core/search/search';

/** Hits with many tied scores, in an order unrelated to their rank. */
function hits(n: number, seed: number): SearchHit[] {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31);
  return Array.from({ length: n }, (_, i) => ({ id: `d${String((i * 7919) % n).padStart(5, '0')}`, score: (next() % 40) / 4 }));
}

describe('rankHits', () => {
  it('puts exactly a full sort’s first hits first, and keeps every hit once', () => {
    for (const [n, first] of [[1000, 40], [1000, 80], [500, 1], [300, 299], [50, 40], [0, 40]] as const) {
      const input = hits(n, n + first);
      const ranked = rankHits(input, first);
      const sorted = [...input].sort(compareHits);
      expect(ranked.slice(0, first), `${n}/${first}`).toEqual(sorted.slice(0, first));
      expect([...ranked].sort(compareHits)).toEqual(sorted);
    }
  });

  it('leaves the input as it was, and the rest in the order given', () => {
    const input = hits(1000, 3);
    const copy = [...input];
    const ranked = rankHits(input, 10);
    expect(input).toEqual(copy);
    const head = new Set(ranked.slice(0, 10));
    expect(ranked.slice(10)).toEqual(input.filter((h) => !head.has(h)));
  });

  it('ranks nothing when no window is asked for', () => {
    const input = hits(100, 5);
    expect(rankHits(input, 0)).toEqual(input);
  });
});
