import { describe, expect, it } from 'vitest';
import { scoreCorpus, scorePage, shingles, tokenize } from '../../bench/aeb-metric';

describe('aeb metric: tokens and shingles', () => {
  it('splits on anything that is not a letter, digit or underscore, keeping case', () => {
    expect(tokenize("L'été, 2019—New_York café!")).toEqual(['L', 'été', '2019', 'New_York', 'café']);
    expect(tokenize('東京は晴れ 123')).toEqual(['東京は晴れ', '123']);
    expect(tokenize(' ,. ')).toEqual([]);
  });

  it('makes one shingle of a short text and none of an empty one', () => {
    expect([...shingles(['a', 'b'])]).toEqual([['a\u0000b', 1]]);
    expect(shingles([]).size).toBe(0);
  });

  it('counts repeated 4-grams', () => {
    const bag = shingles(tokenize('a b c d a b c d'));
    // abcd, bcda, cdab, dabc, abcd -> abcd twice
    expect(bag.size).toBe(4);
    expect(bag.get('a\u0000b\u0000c\u0000d')).toBe(2);
  });
});

describe('aeb metric: one page', () => {
  it('scores an exact match as perfect and exact', () => {
    const s = scorePage('One two three four five.', 'One, two three four five');
    expect(s).toMatchObject({ precision: 1, recall: 1, f1: 1, exact: true, predicted: true, tp: 1 });
  });

  it('normalises tp/fp/fn by their sum (hand-computed)', () => {
    // truth: a b c d e f -> abcd bcde cdef (3); prediction: a b c d x -> abcd bcdx (2)
    // tp=1 fp=1 fn=2, sum 4 -> 0.25 / 0.25 / 0.5; P = 0.5, R = 1/3
    const s = scorePage('a b c d e f', 'a b c d x');
    expect(s.tp).toBeCloseTo(0.25);
    expect(s.fp).toBeCloseTo(0.25);
    expect(s.fn).toBeCloseTo(0.5);
    expect(s.precision).toBeCloseTo(0.5);
    expect(s.recall).toBeCloseTo(1 / 3);
    expect(s.f1).toBeCloseTo(0.4);
    expect(s.exact).toBe(false);
  });

  it('gives precision 1 and recall 0 to an empty prediction, which is not "predicted"', () => {
    const s = scorePage('a b c d e', '');
    expect(s.predicted).toBe(false);
    expect(s.recall).toBe(0);
    expect(s.precision).toBe(1);
  });

  it('penalises a surplus copy of a shingle as a false positive', () => {
    // truth abcd (1); prediction abcd, bcda, cdab, dabc, abcd -> tp 1, fp 4
    const s = scorePage('a b c d', 'a b c d a b c d');
    expect(s.precision).toBeCloseTo(1 / 5);
    expect(s.recall).toBe(1);
  });
});

describe('aeb metric: corpus', () => {
  it('averages precision over predicted pages only and recall over all pages', () => {
    const pages = [scorePage('a b c d e f', 'a b c d x'), scorePage('a b c d e', ''), scorePage('w x y z', 'w x y z')];
    const c = scoreCorpus(pages);
    expect(c.precision).toBeCloseTo((0.5 + 1) / 2);
    expect(c.recall).toBeCloseTo((1 / 3 + 0 + 1) / 3);
    expect(c.f1).toBeCloseTo((2 * c.precision * c.recall) / (c.precision + c.recall));
    expect(c.accuracy).toBeCloseTo(1 / 3);
    expect(c.pages).toBe(3);
  });

  it('scores an empty corpus as zeros rather than NaN', () => {
    expect(scoreCorpus([])).toEqual({ precision: 0, recall: 0, f1: 0, accuracy: 0, pages: 0 });
  });
});
