import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatLanguage, formatSavedAt, hostOf } from '../../lib/format';
import { applyFilter, facetsOf, NO_EDITION, newestFirst } from '../../components/filter-model';
import { fakeEdition, fakeSummary } from '../factories';

describe('format', () => {
  it('formats dates in the reader’s locale and rejects non-dates', () => {
    expect(formatDate('2026-11-20T08:00:00Z', 'fr-FR')).toBe('20 nov. 2026');
    expect(formatDate('2026-11-20T08:00:00Z', 'en-GB')).toBe('20 Nov 2026');
    expect(formatDate('not a date', 'en')).toBeNull();
    expect(formatDate(null, 'en')).toBeNull();
    // A broken locale tag falls back instead of throwing inside a list row.
    expect(formatDate('2026-11-20T08:00:00Z', 'xx_!!')).toBe('Nov 20, 2026');
    expect(formatDateTime('2026-11-20T08:00:00Z', 'fr-FR')).toMatch(/^20 novembre 2026/);
  });

  it('shows a day the page gave without a time as that day, with no time made up, west of Greenwich too', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      // Locales not formatted with before, so every formatter is made in this zone.
      expect(formatDate('2023-03-19', 'en-US')).toBe('Mar 19, 2023');
      expect(formatDateTime('2023-03-19', 'en-US')).toBe('March 19, 2023');
      expect(formatDateTime('2023-03-19', 'fr-CA')).toBe('19 mars 2023');
      // A moment keeps its time, in the reader's zone.
      expect(formatDateTime('2026-11-20T08:00:00Z', 'en-US')).toMatch(/^November 20, 2026.*12:00\sAM$/);
      expect(formatDate('2026-11-20T06:00:00Z', 'en-US')).toBe('Nov 19, 2026');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('says today and yesterday by calendar day, then gives the date', () => {
    const now = new Date(2026, 10, 27, 8, 0).getTime();
    expect(formatSavedAt(new Date(2026, 10, 27, 7, 0).getTime(), 'en', now)).toBe('today');
    expect(formatSavedAt(new Date(2026, 10, 26, 23, 0).getTime(), 'en', now)).toBe('yesterday');
    expect(formatSavedAt(new Date(2026, 10, 26, 23, 0).getTime(), 'fr', now)).toBe('hier');
    expect(formatSavedAt(new Date(2026, 10, 24, 12, 0).getTime(), 'en', now)).toBe('3 days ago');
    expect(formatSavedAt(new Date(2026, 9, 1, 12, 0).getTime(), 'en-GB', now)).toBe('1 Oct 2026');
  });

  it('keeps one formatter per locale and style: alternating them never mixes their output', () => {
    const at = '2026-11-20T08:00:00Z';
    const now = new Date(2026, 10, 27, 8, 0).getTime();
    const yesterday = new Date(2026, 10, 26, 23, 0).getTime();
    for (let round = 0; round < 2; round++) {
      expect(formatDate(at, 'fr-FR')).toBe('20 nov. 2026');
      expect(formatDateTime(at, 'fr-FR')).toMatch(/^20 novembre 2026/);
      expect(formatDate(at, 'en-GB')).toBe('20 Nov 2026');
      expect(formatDateTime(at, 'en-GB')).toMatch(/^20 November 2026/);
      expect(formatSavedAt(yesterday, 'fr', now)).toBe('hier');
      expect(formatSavedAt(yesterday, 'en', now)).toBe('yesterday');
      // A broken tag keeps falling back once it has been seen.
      expect(formatDate(at, 'xx_!!')).toBe('Nov 20, 2026');
    }
  });

  it('names languages and hosts', () => {
    expect(formatLanguage('es', 'fr')).toBe('espagnol');
    expect(formatLanguage(null, 'fr')).toBeNull();
    expect(hostOf('https://www.thelocal.es/2026/x')).toBe('thelocal.es');
    expect(hostOf('not a url')).toBe('not a url');
  });
});

describe('filter model', () => {
  const lisbon = fakeEdition({ id: 'lisbonne', label: { en: 'Lisbon', fr: 'Lisbonne' }, country: 'PT' });
  const rows = [
    fakeSummary({ id: '1', savedAt: 1, edition: fakeEdition(), themes: [{ id: 'sport', source: 'text', confidence: 1 }] }),
    fakeSummary({ id: '2', savedAt: 3, edition: lisbon, themes: [] }),
    fakeSummary({ id: '3', savedAt: 2, edition: fakeEdition(), themes: [{ id: 'politics', source: 'text', confidence: 1 }, { id: 'sport', source: 'text', confidence: 1 }] }),
    fakeSummary({ id: '4', savedAt: 3, edition: null, themes: [] }),
  ];

  it('counts editions, untagged rows and themes', () => {
    const facets = facetsOf(rows);
    expect(facets.editions.map((e) => [e.edition.id, e.count])).toEqual([['madrid', 2], ['lisbonne', 1]]);
    expect(facets.untagged).toBe(1);
    expect(facets.themes).toEqual([{ id: 'politics', count: 1 }, { id: 'sport', count: 2 }]);
    expect(facets.total).toBe(4);
  });

  it('filters and orders newest first with a stable tie-break', () => {
    expect(newestFirst(rows).map((r) => r.id)).toEqual(['2', '4', '3', '1']);
    expect(applyFilter(rows, { edition: 'madrid', theme: 'sport' }).map((r) => r.id)).toEqual(['1', '3']);
    expect(applyFilter(rows, { edition: NO_EDITION, theme: null }).map((r) => r.id)).toEqual(['4']);
    expect(applyFilter(rows, { edition: null, theme: 'politics' }).map((r) => r.id)).toEqual(['3']);
  });
});
