import { describe, expect, it } from 'vitest';
import { makeImportedItem, type ItemFields } from '../../../core/formats/imported-item';
import { mergeCollections, mergeImported, type ExistingArticle } from '../../../core/formats/merge';
import type { Highlight } from '../../../core/formats/types';
import { FIXED_NOW } from './helpers';

const item = (url: string, extra: Partial<ItemFields> = {}) =>
  makeImportedItem({ url, ...extra }, FIXED_NOW);

const quote = (text: string): Highlight => ({ id: text, quote: text, note: null, createdAt: null, color: null, prefix: null, suffix: null });

describe('mergeImported', () => {
  const existing: ExistingArticle[] = [
    { id: 'a', url: 'https://www.elpais.com/madrid/a.html', kind: 'article', labels: ['Madrid'], highlights: [quote('uno')] },
    { id: 'b', url: 'https://lepetitjournal.com/madrid/b', kind: 'link', labels: [] },
  ];

  it('adds new pages and keeps the reader’s state on duplicates', () => {
    const plan = mergeImported(existing, [
      // Same page as `a` behind tracking parameters and a fragment; the file says archived + favourite.
      item('https://www.elpais.com/madrid/a.html?utm_source=pocket#top', { status: 'archived', favourite: true, labels: ['madrid', 'vivienda'] }),
      item('https://www.thelocal.es/new', { labels: ['x'] }),
    ]);
    expect(plan.add.map((a) => a.url)).toEqual(['https://www.thelocal.es/new']);
    // Only the new label; never status, favourite or progress.
    expect(plan.update).toEqual([{ id: 'a', patch: { labels: ['Madrid', 'vivienda'] } }]);
    expect(plan.report).toEqual({ added: 1, merged: 1, skipped: 0, failed: [] });
  });

  it('fills the body of a link-only article and appends new highlights', () => {
    const plan = mergeImported(existing, [
      item('https://lepetitjournal.com/madrid/b', { html: '<p>Corps</p>', text: 'Corps', wordCount: 1, readingMinutes: 1 }),
      item('https://www.elpais.com/madrid/a.html', { highlights: [quote('uno'), quote('dos')] }),
    ]);
    expect(plan.update).toEqual([
      { id: 'b', patch: { kind: 'article', html: '<p>Corps</p>', text: 'Corps', wordCount: 1, readingMinutes: 1 } },
      { id: 'a', patch: { highlights: [quote('uno'), quote('dos')] } },
    ]);
  });

  it('skips duplicates that bring nothing new, folds incoming twins, and reports bad URLs', () => {
    const bad = { ...item('https://ok.example/'), url: 'notaurl' };
    const plan = mergeImported(existing, [
      item('https://www.elpais.com/madrid/a.html', { labels: ['madrid'] }),
      item('https://n.example/1', { labels: ['a'] }),
      item('https://n.example/1?utm_medium=x', { labels: ['b'] }),
      bad,
    ]);
    expect(plan.report).toEqual({ added: 1, merged: 1, skipped: 1, failed: [{ where: 'entry 3', reason: 'Not a URL: notaurl' }] });
    expect(plan.add[0]!.labels).toEqual(['a', 'b']);
  });
});

describe('mergeCollections', () => {
  it('merges by name, case-insensitively, keeping the library’s ids', () => {
    const merged = mergeCollections(
      [{ id: 'c1', name: 'Voyages', articleUrls: ['https://a.example/'] }],
      [
        { id: null, name: 'voyages', articleUrls: ['https://a.example/', 'https://b.example/'] },
        { id: null, name: 'Impôts', articleUrls: ['https://c.example/'] },
      ],
    );
    expect(merged).toEqual([
      { id: 'c1', name: 'Voyages', articleUrls: ['https://a.example/', 'https://b.example/'] },
      { id: null, name: 'Impôts', articleUrls: ['https://c.example/'] },
    ]);
  });
});
