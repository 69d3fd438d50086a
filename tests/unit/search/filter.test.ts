import { describe, expect, it } from 'vitest';
import { compileFilter, matchesFilter, publishedTime, siteKey, validateFilter, type ListFilter } from '../../../core/search/index';
import { fakeEdition, fakeSummary } from '../../factories';

const row = fakeSummary({
  url: 'https://www.lepetitjournal.com/madrid/actualites/greve',
  edition: fakeEdition({ id: 'madrid' }),
  editionId: 'madrid',
  themeIds: ['labour', 'travel-transport'],
  status: 'unread',
  favourite: true,
  savedAt: Date.UTC(2026, 10, 20),
  publishedAt: '2026-11-18T08:00:00Z',
});

describe('matchesFilter', () => {
  it('accepts everything with an empty filter', () => {
    expect(matchesFilter(row, {})).toBe(true);
    expect(matchesFilter(row, { editionIds: [], themeIds: [], sites: [], statuses: [] })).toBe(true);
  });

  it.each<[ListFilter, boolean]>([
    [{ editionIds: ['madrid', 'barcelone'] }, true],
    [{ editionIds: ['bucarest'] }, false],
    [{ themeIds: ['sport', 'labour'] }, true],
    [{ themeIds: ['sport'] }, false],
    [{ statuses: ['unread'] }, true],
    [{ statuses: ['read', 'archived'] }, false],
    [{ favourite: true }, true],
    [{ favourite: false }, false],
    [{ sites: ['lepetitjournal.com'] }, true],
    [{ sites: ['WWW.LEPETITJOURNAL.COM'] }, true],
    [{ sites: ['https://lepetitjournal.com/autre'] }, true],
    [{ sites: ['elpais.com'] }, false],
    [{ from: Date.UTC(2026, 10, 1), to: Date.UTC(2026, 10, 30) }, true],
    [{ from: Date.UTC(2026, 10, 20) }, true],
    [{ to: Date.UTC(2026, 10, 19) }, false],
    [{ from: Date.UTC(2026, 10, 19), dateField: 'publishedAt' }, false],
    [{ to: Date.UTC(2026, 10, 19), dateField: 'publishedAt' }, true],
    [{ editionIds: ['madrid'], statuses: ['read'] }, false],
  ])('%j → %s', (filter, expected) => {
    expect(matchesFilter(row, filter)).toBe(expected);
    expect(compileFilter(filter)(row)).toBe(expected);
  });

  it("selects untagged articles with edition ''", () => {
    const untagged = fakeSummary({ edition: null, editionId: '' });
    expect(matchesFilter(untagged, { editionIds: [''] })).toBe(true);
    expect(matchesFilter(row, { editionIds: [''] })).toBe(false);
  });

  it('puts a publication day given without a time on that day, in any time zone', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      const dayOnly = fakeSummary({ publishedAt: '2023-03-19' });
      // The bounds of that day as the popup's date inputs give them: local midnight and the day's last millisecond.
      const from = new Date(2023, 2, 19).getTime();
      const to = new Date(2023, 2, 20).getTime() - 1;
      expect(matchesFilter(dayOnly, { from, to, dateField: 'publishedAt' })).toBe(true);
      expect(matchesFilter(dayOnly, { to: from - 1, dateField: 'publishedAt' })).toBe(false);
      expect(publishedTime('2023-03-19')).toBe(from);
      // A moment stays that moment.
      expect(publishedTime('2023-03-19T06:00:00Z')).toBe(Date.UTC(2023, 2, 19, 6));
      expect(publishedTime(null)).toBeNaN();
      expect(publishedTime('hier')).toBeNaN();
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('excludes an article without a publication date from a publishedAt range', () => {
    const undated = fakeSummary({ publishedAt: null });
    expect(matchesFilter(undated, { from: 0, dateField: 'publishedAt' })).toBe(false);
    expect(matchesFilter(fakeSummary({ publishedAt: 'hier' }), { from: 0, dateField: 'publishedAt' })).toBe(false);
  });
});

describe('validateFilter', () => {
  it.each<[string, ListFilter]>([
    ['unknown theme', { themeIds: ['gossip' as never] }],
    ['unknown status', { statuses: ['deleted' as never] }],
    ['NaN bound', { from: Number.NaN }],
    ['infinite bound', { to: Number.POSITIVE_INFINITY }],
    ['reversed range', { from: 10, to: 5 }],
  ])('rejects %s with invalid-input', (_, filter) => {
    expect(() => validateFilter(filter)).toThrowError(expect.objectContaining({ code: 'invalid-input' }));
    expect(() => compileFilter(filter)).toThrowError(expect.objectContaining({ code: 'invalid-input' }));
  });
});

describe('siteKey', () => {
  it('normalises hosts and URLs, and returns null for nonsense', () => {
    expect(siteKey('https://www.ElPais.com/x?y')).toBe('elpais.com');
    expect(siteKey('thelocal.es')).toBe('thelocal.es');
    expect(siteKey('')).toBeNull();
    expect(siteKey('http://[bad')).toBeNull();
  });
});
