import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { removeDoc, scanSearch, search, type SearchDoc } from '../../../core/search/index';
import { indexOf } from './search-factories';

const POOL = [
  'Madrid', 'München', 'Straße', 'élection', 'élections', 'elecciones', 'Wahl', 'Wahlen', 'école', 'Schule',
  'grève', 'huelga', 'strike', 'council', 'councils', 'ayuntamiento', 'Bürgermeister', 'maire', 'mairie', 'vivienda',
  'logement', 'Köln', 'ville', 'city', 'Ciudad', 'nuevo', 'nueva', 'journaux', 'journal', 'running', 'runs',
  'مدريد', 'שלום', '東京', 'C++', 'e-mail', '2026', 'Zürich', 'œuvre', 'naïve',
];
const LANGS = ['fr', 'en', 'es', 'de', null, 'ar'] as const;

const phrase = (max: number) => fc.array(fc.constantFrom(...POOL), { minLength: 0, maxLength: max }).map((w) => w.join(' '));
const corpus = fc
  .array(
    fc.record({ title: phrase(4), excerpt: fc.option(phrase(4), { nil: null }), text: phrase(20), lang: fc.constantFrom(...LANGS) }),
    { minLength: 0, maxLength: 25 },
  )
  .map((docs): SearchDoc[] => docs.map((d, i) => ({ id: `d${i}`, byline: null, siteName: null, ...d })));
const query = fc.oneof(
  phrase(3),
  fc.tuple(fc.constantFrom(...POOL), fc.integer({ min: 1, max: 12 })).map(([w, n]) => w.slice(0, n)),
  fc.string({ maxLength: 12 }),
);
const ALL = { limit: Number.POSITIVE_INFINITY };
const idSet = (hits: Array<{ id: string }>) => hits.map((h) => h.id).sort();

describe('search properties', () => {
  it('finds every document containing a word by any prefix of that word', () => {
    fc.assert(
      fc.property(corpus, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 12 }), (docs, d, w, n) => {
        const doc = docs[d % Math.max(docs.length, 1)];
        const words = doc?.text.split(' ').filter(Boolean) ?? [];
        const word = words[w % Math.max(words.length, 1)];
        fc.pre(doc !== undefined && word !== undefined);
        const prefix = [...(word as string)].slice(0, n).join('');
        expect(idSet(search(indexOf(docs), prefix, ALL))).toContain(doc?.id);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same hits, scores and order from the scan and the index', () => {
    fc.assert(
      fc.property(corpus, query, (docs, q) => {
        expect(scanSearch(docs, q, ALL)).toEqual(search(indexOf(docs), q, ALL));
      }),
      { numRuns: 300 },
    );
  });

  it('returns the head of the full ranking for any limit', () => {
    fc.assert(
      fc.property(corpus, query, fc.integer({ min: 1, max: 8 }), (docs, q, limit) => {
        const index = indexOf(docs);
        expect(search(index, q, { limit })).toEqual(search(index, q, ALL).slice(0, limit));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with the scan on the result set after removals', () => {
    fc.assert(
      fc.property(corpus, query, fc.array(fc.nat(30), { maxLength: 10 }), (docs, q, removals) => {
        const index = indexOf(docs);
        const removed = new Set(removals.map((r) => `d${r}`));
        for (const id of removed) removeDoc(index, id);
        const remaining = docs.filter((doc) => !removed.has(doc.id));
        expect(idSet(search(index, q, ALL))).toEqual(idSet(scanSearch(remaining, q, ALL)));
      }),
      { numRuns: 300 },
    );
  });
});
