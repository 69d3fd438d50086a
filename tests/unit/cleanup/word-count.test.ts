import { describe, expect, it } from 'vitest';
import { linkDensityAtLeast, textMayFit, textOf, withTextCache, WORD_COUNT_CAP, wordsOf } from '../../../core/extract/cleanup/dom';
import { documentOf } from './pipeline';

function count(bodyHtml: string): { raw: number; folded: number } {
  const doc = documentOf(`<!DOCTYPE html><html><body><div id="x">${bodyHtml}</div></body></html>`);
  const el = doc.getElementById('x');
  if (!el) throw new Error('fixture markup lost its container');
  let raw = -1;
  let folded = -1;
  // Once from the raw text, once after the folded text was cached.
  withTextCache(() => {
    raw = wordsOf(el);
  });
  withTextCache(() => {
    textOf(el);
    folded = wordsOf(el);
  });
  return { raw, folded };
}

describe('wordsOf counts on the raw text', () => {
  it('counts the same words as on the folded text', () => {
    expect(count('<p>  Le\n\n conseil\t a voté  </p><p>mardi</p>')).toEqual({ raw: 5, folded: 5 });
  });

  it('counts a long text with few words exactly: its prefix does not reach the cap', () => {
    const spaced = `one${' '.repeat(5000)}two${'\n'.repeat(5000)}three`;
    expect(count(`<p>${spaced}</p>`)).toEqual({ raw: 3, folded: 3 });
  });

  it('stops at the cap on a long text, whatever comes after the prefix', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `mot${i}`).join(' ');
    expect(count(`<p>${words}</p>`)).toEqual({ raw: WORD_COUNT_CAP + 1, folded: WORD_COUNT_CAP + 1 });
  });

  it('reaches the cap when the words sit past the prefix', () => {
    const late = `${'.'.repeat(4500)} ${Array.from({ length: 250 }, () => 'mot').join(' ')}`;
    expect(count(`<p>${late}</p>`).raw).toBe(WORD_COUNT_CAP + 1);
  });
});

describe('textMayFit', () => {
  function fits(words: number, maxChars: number): { fits: boolean; length: number } {
    const doc = documentOf(`<!DOCTYPE html><html><body><p id="x">${Array.from({ length: words }, () => 'a').join(' ')}</p></body></html>`);
    const el = doc.getElementById('x');
    if (!el) throw new Error('fixture markup lost its paragraph');
    let result = { fits: false, length: 0 };
    withTextCache(() => {
      result = { fits: textMayFit(el, maxChars), length: textOf(el).length };
    });
    return result;
  }

  it('never rules out a text that fits, even at the densest (one-letter words)', () => {
    for (const max of [40, 300, 400]) {
      const densest = Math.floor((max + 1) / 2);
      expect(fits(densest, max)).toEqual({ fits: true, length: 2 * densest - 1 });
      // One word more cannot fit in max characters.
      expect(fits(densest + 1, max)).toEqual({ fits: false, length: 2 * densest + 1 });
    }
  });
});

describe('linkDensityAtLeast', () => {
  function atLeast(bodyHtml: string, share: number): boolean {
    const doc = documentOf(`<!DOCTYPE html><html><body><div id="x">${bodyHtml}</div></body></html>`);
    const el = doc.getElementById('x');
    if (!el) throw new Error('fixture markup lost its container');
    let answer = false;
    withTextCache(() => {
      answer = linkDensityAtLeast(el, share);
    });
    return answer;
  }

  it('compares the share of text inside links with the threshold, boundaries included', () => {
    // "abc" linked out of "abc defg": 3 of 8 characters.
    const html = '<a href="#">abc</a> defg';
    expect(atLeast(html, 0.375)).toBe(true);
    expect(atLeast(html, 0.38)).toBe(false);
    expect(atLeast('<a href="#">ab</a><a href="#">cd</a>', 1)).toBe(true);
    expect(atLeast('plain words', 0.01)).toBe(false);
  });

  it('counts every link, not just the first ones, when the share is reached late', () => {
    const links = Array.from({ length: 6 }, (_, i) => `<a href="#">link${i}</a>`).join(' ');
    expect(atLeast(`${'x'.repeat(20)} ${links}`, 0.5)).toBe(true);
    expect(atLeast(`${'x'.repeat(40)} ${links}`, 0.5)).toBe(false);
  });

  it('caps nested links at the whole text and answers for an empty element', () => {
    expect(atLeast('<a href="#">outer <a href="#">inner</a></a>', 1)).toBe(true);
    expect(atLeast('', 0)).toBe(true);
    expect(atLeast('', 0.5)).toBe(false);
  });
});
