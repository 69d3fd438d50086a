/** Saved searches in Kiosque JSON: written, read back exactly, checked field by field, optional on import. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectString } from '../../../core/formats/collect';
import { exportKiosqueJson, importKiosqueJson } from '../../../core/formats/kiosque-json';
import type { SavedSearch } from '../../../core/formats/kiosque-json-searches';
import { THEME_IDS, type ThemeId } from '../../../core/model';
import { fakeArticle, fixedClock, jsdomEnv } from './helpers';

const dom = jsdomEnv();

const madridTransport: SavedSearch = {
  id: 's-1',
  name: 'Métro de Madrid',
  query: 'metro "línea 7"',
  filter: { editionIds: ['madrid'], themeIds: ['travel-transport'], statuses: ['unread'], favourite: true, from: 1, to: 2, dateField: 'publishedAt' },
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_500_000,
};

async function fileWith(searches: SavedSearch[]): Promise<string> {
  return collectString(exportKiosqueJson([fakeArticle()], [], fixedClock, searches));
}

function withSearches(entries: unknown[]): string {
  return JSON.stringify({ format: 'kiosque', version: 1, exportedAt: '2026-11-27T00:00:00.000Z', articles: [], collections: [], savedSearches: entries });
}

describe('Kiosque JSON saved searches', () => {
  it('writes them in their own list and reads them back unchanged', async () => {
    const text = await fileWith([madridTransport]);
    const root = JSON.parse(text) as Record<string, unknown>;
    expect(root.savedSearches).toEqual([madridTransport]);
    expect(root.collections).toEqual([]);
    const result = importKiosqueJson(text, dom);
    expect(result.savedSearches).toEqual([madridTransport]);
    expect(result.report.failed).toEqual([]);
  });

  it('round-trips any query and filter the list can hold', async () => {
    const filter = fc.record(
      {
        editionIds: fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { maxLength: 3 }),
        themeIds: fc.subarray([...THEME_IDS] as ThemeId[]),
        sites: fc.array(fc.domain(), { maxLength: 2 }),
        statuses: fc.subarray(['unread', 'read', 'archived'] as const).map((s) => [...s]),
        favourite: fc.boolean(),
        dateField: fc.constantFrom('savedAt' as const, 'publishedAt' as const),
      },
      { requiredKeys: [] },
    );
    const search = fc.record({
      id: fc.uuid(),
      name: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s !== ''),
      query: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.constantFrom('مدريد', 'שלום', '🚇 grève')),
      filter,
      createdAt: fc.integer({ min: 0, max: 2 ** 42 }),
      updatedAt: fc.integer({ min: 0, max: 2 ** 42 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(search, { selector: (s) => s.id, maxLength: 5 }), async (searches) => {
        const result = importKiosqueJson(await fileWith(searches), dom);
        expect(result.savedSearches).toEqual(searches);
      }),
      { numRuns: 60 },
    );
  });

  it('imports a file written before saved searches existed', () => {
    const old = JSON.stringify({ format: 'kiosque', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', articles: [], collections: [{ id: 'c1', name: 'Déménagement', articleUrls: [] }] });
    const result = importKiosqueJson(old, dom);
    expect(result.savedSearches).toEqual([]);
    expect(result.collections).toEqual([{ id: 'c1', name: 'Déménagement', articleUrls: [] }]);
  });

  it('keeps collection times when the file has them', async () => {
    const text = await collectString(
      exportKiosqueJson([], [{ id: 'c1', name: 'Écoles', articleUrls: [], createdAt: 5, updatedAt: 9 }], fixedClock),
    );
    expect(importKiosqueJson(text, dom).collections).toEqual([{ id: 'c1', name: 'Écoles', articleUrls: [], createdAt: 5, updatedAt: 9 }]);
  });

  it('leaves out and reports a badly typed entry, keeping the others', () => {
    const good = { ...madridTransport };
    const cases: [unknown, RegExp][] = [
      [{ ...good, id: 's-2', filter: { themeIds: ['astrology'] } }, /themeIds has an unknown value/],
      [{ ...good, id: 's-3', filter: { statuses: ['deleted'] } }, /statuses has an unknown value/],
      [{ ...good, id: 's-4', filter: { from: 10, to: 1 } }, /filter: .*range/i],
      [{ ...good, id: 's-5', filter: { favourite: 'yes' } }, /favourite/],
      [{ ...good, id: 's-6', filter: [] }, /filter must be an object/],
      [{ ...good, id: 's-7', name: '   ' }, /name/],
      [{ ...good, id: 's-8', query: 42 }, /query/],
      [{ ...good, id: 's-9', query: 'x'.repeat(1001) }, /query/],
      [{ ...good, id: 's-10', createdAt: 'today' }, /createdAt/],
      [{ ...good, id: '' }, /id/],
      [good, /appears twice/],
      ['search', /must be an object/],
    ];
    const result = importKiosqueJson(withSearches([good, ...cases.map(([entry]) => entry)]), dom);
    expect(result.savedSearches).toEqual([good]);
    expect(result.report.failed).toHaveLength(cases.length);
    cases.forEach(([, reason], i) => {
      expect(result.report.failed[i]?.where).toBe(`entry savedSearches[${i + 1}]`);
      expect(result.report.failed[i]?.reason).toMatch(reason);
    });
  });

  it('drops filter keys it does not know instead of storing them', () => {
    const result = importKiosqueJson(withSearches([{ ...madridTransport, filter: { sites: ['elpais.com'], evil: { $where: 1 } } }]), dom);
    expect(result.savedSearches?.[0]?.filter).toEqual({ sites: ['elpais.com'] });
  });

  it('refuses a savedSearches value that is not a list', () => {
    const text = JSON.stringify({ format: 'kiosque', version: 1, articles: [], collections: [], savedSearches: {} });
    expect(() => importKiosqueJson(text, dom)).toThrow(expect.objectContaining({ code: 'import-failed' }));
  });
});
