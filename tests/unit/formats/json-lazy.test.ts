/**
 * The lazy backup scan against JSON.parse: whenever it takes a text, the
 * fields and elements it returns parse to exactly what JSON.parse gives for
 * the whole text; a text JSON.parse refuses is either given up on by the
 * scan or has an element JSON.parse refuses too.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanLazyObject } from '../../../core/formats/json-lazy';
import { FUZZ_RUNS } from '../fuzz/budget';

/** What the scan's answer stands for, put back together; undefined when an element does not parse. */
function rebuilt(text: string, key: string): unknown {
  const lazy = scanLazyObject(text, key);
  if (lazy === null) return null;
  const out = Object.fromEntries(lazy.fields) as Record<string, unknown>;
  if (lazy.elements !== null) {
    try {
      Object.defineProperty(out, key, { value: lazy.elements.map((e) => JSON.parse(e) as unknown), enumerable: true, writable: true, configurable: true });
    } catch {
      return undefined;
    }
  }
  return out;
}

function whole(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** The scan never disagrees with JSON.parse: same value, or it gives up, or an element fails as the whole does. */
function agrees(text: string, key = 'articles'): boolean {
  const mine = rebuilt(text, key);
  const theirs = whole(text);
  if (mine === null) return true;
  if (!theirs.ok) return mine === undefined;
  expect(mine).toEqual(theirs.value);
  return true;
}

describe('scanLazyObject', () => {
  it('splits the articles of a backup and parses the rest', () => {
    const text = '{"format":"kiosque","version":1,"articles":[\n{"url":"a"},\n{"url":"b","html":"<p class=\\"x\\">[{\\\\}]</p>"}\n],"collections":[]}\n';
    const lazy = scanLazyObject(text, 'articles');
    expect(lazy?.elements).toEqual(['{"url":"a"}', '{"url":"b","html":"<p class=\\"x\\">[{\\\\}]</p>"}']);
    expect(Object.fromEntries(lazy!.fields)).toEqual({ format: 'kiosque', version: 1, collections: [] });
  });

  it.each([
    ['an empty list', '{"articles":[]}', []],
    ['white space everywhere', ' \n{ "articles" :\t[ 1 ,\r\n"x" , null,true , -2.5e3 ,{},[] ] }\n ', ['1', '"x"', 'null', 'true', '-2.5e3', '{}', '[]']],
    ['escaped quotes and backslashes', '{"articles":["a\\\\","b\\\\\\"c\\"]","\\u0022"]}', ['"a\\\\"', '"b\\\\\\"c\\"]"', '"\\u0022"']],
  ])('reads %s', (_name, text, elements) => {
    expect(scanLazyObject(text, 'articles')?.elements).toEqual(elements);
    expect(agrees(text)).toBe(true);
  });

  it.each([
    ['a missing list', '{"format":"kiosque"}'],
    ['a list that is not an array', '{"articles":5}'],
  ])('answers no elements for %s', (_name, text) => {
    expect(scanLazyObject(text, 'articles')?.elements).toBeNull();
    expect(agrees(text)).toBe(true);
  });

  it.each([
    ['a truncated file', '{"articles":[{"url":"a"},{"url":"b"'],
    ['a file cut inside a string', '{"articles":[{"url":"a'],
    ['trailing text', '{"articles":[]} x'],
    ['a repeated key', '{"articles":[1],"articles":[2]}'],
    ['a top-level array', '[{"articles":[]}]'],
    ['a missing comma', '{"a":1 "articles":[]}'],
    ['a missing value', '{"articles":}'],
    ['a bad field', '{"format":kiosque,"articles":[]}'],
    ['an empty text', ''],
  ])('gives %s to JSON.parse', (_name, text) => {
    expect(scanLazyObject(text, 'articles')).toBeNull();
  });

  it('keeps a "__proto__" key as data, as JSON.parse does', () => {
    const text = '{"__proto__":{"polluted":true},"articles":[]}';
    expect(agrees(text)).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('leaves a malformed element for its own parse to refuse', () => {
    const lazy = scanLazyObject('{"articles":[{"url":"a"},{"url":}]}', 'articles');
    expect(lazy?.elements?.[1]).toBe('{"url":}');
    expect(() => JSON.parse(lazy!.elements![1]!)).toThrow();
  });

  const tricky = fc.string({ unit: fc.constantFrom('"', '\\', '[', ']', '{', '}', ',', ':', ' ', '\n', 'a', 'é', '\u2028') });
  const value = fc.letrec((tie) => ({
    any: fc.oneof({ depthSize: 'small' }, tie('leaf'), tie('list'), tie('object')),
    leaf: fc.oneof(tricky, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)),
    list: fc.array(tie('any'), { maxLength: 4 }),
    object: fc.dictionary(fc.oneof(tricky, fc.constant('articles')), tie('any'), { maxKeys: 4 }),
  }));
  const backup = fc.record({
    fields: fc.dictionary(tricky.filter((k) => k !== 'articles'), value.any, { maxKeys: 4 }),
    articles: fc.option(fc.array(value.any, { maxLength: 6 }), { nil: undefined }),
    indent: fc.constantFrom(undefined, 0, 2, '\t'),
  });
  const textOf = (b: { fields: Record<string, unknown>; articles: unknown[] | undefined; indent: string | number | undefined }) =>
    JSON.stringify(b.articles === undefined ? b.fields : { ...b.fields, articles: b.articles }, null, b.indent);

  it('agrees with JSON.parse on generated backups', () => {
    fc.assert(
      fc.property(backup, (b) => {
        const text = textOf(b);
        const lazy = scanLazyObject(text, 'articles');
        // A well-formed object of distinct keys is always taken.
        expect(lazy).not.toBeNull();
        return agrees(text);
      }),
      { numRuns: FUZZ_RUNS.lazyJsonValid },
    );
  });

  it('never disagrees with JSON.parse on damaged backups', () => {
    const damage = fc.record({
      at: fc.nat(),
      cut: fc.nat({ max: 3 }),
      insert: fc.constantFrom('', '"', '\\', ',', ']', '}', '[', '{', ':', 'x', ' '),
    });
    fc.assert(
      fc.property(backup, damage, (b, d) => {
        const text = textOf(b);
        const at = text.length === 0 ? 0 : d.at % text.length;
        return agrees(text.slice(0, at) + d.insert + text.slice(at + d.cut));
      }),
      { numRuns: FUZZ_RUNS.lazyJsonMutated },
    );
  });
});
