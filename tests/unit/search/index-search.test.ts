import { describe, expect, it } from 'vitest';
import {
  compact,
  createIndex,
  docCount,
  hasDoc,
  indexDoc,
  removeDoc,
  scanSearch,
  search,
  toSearchDoc,
} from '../../../core/search/index';
import { isKiosqueError } from '../../../core/errors';
import { fakeArticle } from '../../factories';
import { fakeSearchDoc, ids, indexOf } from './search-factories';

const madrid = fakeSearchDoc({
  id: 'madrid',
  title: 'Élections municipales à Madrid',
  siteName: 'El País',
  text: 'Los madrileños votan en las elecciones de mayo.',
  lang: 'es',
});
const munich = fakeSearchDoc({
  id: 'munich',
  title: 'München wählt',
  text: 'Die Wahlen in München finden im März statt.',
  lang: 'de',
});
const local = fakeSearchDoc({
  id: 'local',
  title: 'Election day in Spain',
  byline: 'Mary Smith',
  excerpt: 'Voters in Madrid',
  text: 'The elections were held on Sunday. Début of a new council.',
  lang: 'en',
});
const library = [madrid, munich, local];

describe('search', () => {
  const index = indexOf(library);

  it('is accent- and case-insensitive both ways', () => {
    expect(ids(search(index, 'debut'))).toEqual(['local']);
    expect(ids(search(index, 'DÉBUT'))).toEqual(['local']);
    expect(ids(search(index, 'munchen'))).toEqual(['munich']);
    expect(ids(search(index, 'München'))).toEqual(['munich']);
  });

  it('finds München typed as muenchen (indexed under both foldings)', () => {
    expect(ids(search(index, 'muenchen'))).toEqual(['munich']);
  });

  it('matches prefixes as the reader types', () => {
    expect(ids(search(index, 'mad')).sort()).toEqual(['local', 'madrid']);
    expect(ids(search(index, 'madri')).sort()).toEqual(['local', 'madrid']);
    expect(ids(search(index, 'e')).sort()).toEqual(['local', 'madrid']);
  });

  it('requires every term (AND), the last one as a prefix', () => {
    expect(ids(search(index, 'madrid vot')).sort()).toEqual(['local', 'madrid']);
    expect(ids(search(index, 'madrid mary'))).toEqual(['local']);
    expect(search(index, 'madrid münchen')).toEqual([]);
  });

  it('finds inflected forms through the stemmers, whatever the query language', () => {
    expect(ids(search(index, 'eleccion'))).toEqual(['madrid']);
    expect(ids(search(index, 'wahl'))).toEqual(['munich']);
    expect(ids(search(index, 'wahlk'))).toEqual([]);
    expect(ids(search(index, 'voter'))).toContain('local');
  });

  it('searches title, byline, site, excerpt and text', () => {
    expect(ids(search(index, 'smith'))).toEqual(['local']);
    expect(ids(search(index, 'pais'))).toEqual(['madrid']);
    expect(ids(search(index, 'voters'))).toEqual(['local']);
    expect(ids(search(index, 'sunday'))).toEqual(['local']);
  });

  it('ranks a title match above the same word in the body', () => {
    const inTitle = fakeSearchDoc({ id: 'title', title: 'Metro strike', text: 'Trains stop at noon on Monday again.' });
    const inBody = fakeSearchDoc({ id: 'body', title: 'Monday news', text: 'A metro strike stops trains at noon again.' });
    const idx = indexOf([inBody, inTitle]);
    expect(ids(search(idx, 'metro'))).toEqual(['title', 'body']);
    expect(ids(search(idx, 'monday'))).toEqual(['body', 'title']);
  });

  it('ranks a whole-word match above a longer word it prefixes', () => {
    const exact = fakeSearchDoc({ id: 'exact', title: 'Le bus', text: 'Un bus de nuit.' });
    const longer = fakeSearchDoc({ id: 'longer', title: 'Le busway', text: 'Un busway de nuit.' });
    expect(ids(search(indexOf([longer, exact]), 'bus'))).toEqual(['exact', 'longer']);
  });

  it('honours limit and accept', () => {
    expect(search(index, 'e', { limit: 1 })).toHaveLength(1);
    expect(search(index, 'e', { limit: 0 })).toEqual([]);
    expect(ids(search(index, 'e', { accept: (id) => id !== 'local' }))).toEqual(['madrid']);
  });

  it('returns nothing for a query with no terms', () => {
    for (const query of ['', '   ', '🎉🇫🇷', '!!!', '.*']) expect(search(index, query)).toEqual([]);
  });

  it('treats regex metacharacters as text, never as a pattern', () => {
    const doc = fakeSearchDoc({ id: 'c', title: 'C++ and (a|b) regex', text: 'Price $5.00 [sale]' });
    const idx = indexOf([doc]);
    for (const query of ['c++', '(a|b)', '[sale', '$5.00', '.*', 'a|b', '\\', '^c$']) {
      expect(() => search(idx, query)).not.toThrow();
    }
    expect(ids(search(idx, '(a|b)'))).toEqual(['c']);
    expect(ids(search(idx, '$5.00'))).toEqual(['c']);
    expect(search(idx, '.*x')).toEqual([]);
  });

  it('finds Arabic and Hebrew words, with and without vowel points', () => {
    const ar = fakeSearchDoc({ id: 'ar', title: 'أخبار المدينة', text: 'مَرْحَبًا بِكُمْ في مدريد', lang: 'ar' });
    const he = fakeSearchDoc({ id: 'he', title: 'חֲדָשׁוֹת', text: 'שָׁלוֹם מִמַּדְרִיד', lang: 'he' });
    const idx = indexOf([ar, he]);
    expect(ids(search(idx, 'مرحبا'))).toEqual(['ar']);
    expect(ids(search(idx, 'مدر'))).toEqual(['ar']);
    expect(ids(search(idx, 'שלום'))).toEqual(['he']);
    expect(ids(search(idx, 'חדשות'))).toEqual(['he']);
  });

  it('bounds the work of a 10,000-character query', () => {
    const query = Array.from({ length: 2000 }, (_, i) => `w${i}`).join(' ').slice(0, 10_000);
    const start = performance.now();
    expect(search(index, query)).toEqual([]);
    expect(search(index, 'e'.repeat(10_000))).toEqual([]);
    expect(performance.now() - start).toBeLessThan(500);
  });

  it('returns nothing on an empty library', () => {
    expect(search(createIndex(), 'madrid')).toEqual([]);
    expect(scanSearch([], 'madrid')).toEqual([]);
  });
});

describe('index updates', () => {
  it('replaces a document saved again under the same id', () => {
    const idx = indexOf([madrid, munich]);
    indexDoc(idx, { ...madrid, title: 'Transports à Séville', text: 'Nuevas líneas de autobús.' });
    expect(docCount(idx)).toBe(2);
    expect(search(idx, 'madrid')).toEqual([]);
    expect(ids(search(idx, 'seville'))).toEqual(['madrid']);
  });

  it('never returns a removed id, even for results computed before the removal', () => {
    const idx = indexOf(library);
    const shown = search(idx, 'e');
    expect(ids(shown)).toContain('local');
    expect(removeDoc(idx, 'local')).toBe(true);
    expect(removeDoc(idx, 'local')).toBe(false);
    expect(hasDoc(idx, 'local')).toBe(false);
    for (const query of ['e', 'election', 'smith', 'madrid', 'debut']) {
      expect(ids(search(idx, query))).not.toContain('local');
    }
    expect(ids(search(idx, 'e'))).toEqual(['madrid']);
  });

  it('keeps results once compacted', () => {
    const idx = indexOf(library);
    removeDoc(idx, 'madrid');
    const before = search(idx, 'm');
    compact(idx);
    expect(idx.ids).toEqual(['munich', 'local']);
    expect(ids(search(idx, 'm'))).toEqual(ids(before));
  });

  it('compacts by itself once removed documents outnumber live ones', () => {
    const idx = createIndex();
    for (let i = 0; i < 2100; i++) indexDoc(idx, fakeSearchDoc({ id: `d${i}`, title: `titre ${i}` }));
    for (let i = 0; i < 1100; i++) removeDoc(idx, `d${i}`);
    // Compaction ran when removals passed half the library; the rest are tombstones.
    expect(idx.ids.length).toBeLessThan(1100);
    expect(docCount(idx)).toBe(1000);
    expect(ids(search(idx, 'titre 2099'))).toEqual(['d2099']);
    expect(search(idx, 'titre 5')).toEqual([]);
  });

  it('indexes a stored article through toSearchDoc', () => {
    const article = fakeArticle({ id: 'x1', title: 'Grève du métro', text: 'Le métro de Madrid ferme.', lang: 'fr' });
    const idx = indexOf([toSearchDoc(article)]);
    expect(ids(search(idx, 'greve metro'))).toEqual(['x1']);
  });

  it('rejects a document without an id with a typed error', () => {
    const idx = createIndex();
    expect(() => indexDoc(idx, fakeSearchDoc({ id: '' }))).toThrowError(expect.objectContaining({ code: 'invalid-input' }));
    try {
      indexDoc(idx, { ...fakeSearchDoc(), text: undefined as unknown as string });
      expect.unreachable();
    } catch (error) {
      expect(isKiosqueError(error) && error.code).toBe('invalid-input');
    }
    expect(docCount(idx)).toBe(0);
  });
});

describe('scanSearch', () => {
  it('returns the same hits and scores as the index', () => {
    const idx = indexOf(library);
    for (const query of ['e', 'madrid', 'elec', 'wahl', 'muenchen', 'madrid vot', 'debut', 'zzz']) {
      expect(scanSearch(library, query)).toEqual(search(idx, query));
    }
  });

  it('rejects duplicate ids with a typed error', () => {
    expect(() => scanSearch([madrid, madrid], 'madrid')).toThrowError(expect.objectContaining({ code: 'invalid-input' }));
  });
});
