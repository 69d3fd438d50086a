/** Export to Kiosque JSON, import, and get the same library back. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { THEME_IDS, type EditionTag, type TagSource } from '../../../core/model';
import { collectString } from '../../../core/formats/collect';
import { exportKiosqueJson } from '../../../core/formats/kiosque-json';
import { importFile } from '../../../core/formats/import-file';
import type { Collection, LibraryArticle } from '../../../core/formats/types';
import { fakeArticle, fixedClock, jsdomEnv } from './helpers';

const dom = jsdomEnv();

/** HTML as the sanitiser writes it, so that sanitising it again is the identity. */
const canonicalText = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('مدريد تستضيف قمة المناخ', 'שלום עולם', '🚇🇪🇸👩🏽‍💻', 'Ça coûte 3 € — « déjà »', 'Zürich\u200dß', ''),
);
// Text inside HTML: the HTML parser turns CR into LF and drops NUL, so neither can survive any HTML round trip.
const htmlText = anyText.map((s) => s.replace(/[\r\0]/g, ''));
const source = fc.constantFrom<TagSource>('site', 'metadata', 'text', 'model', 'user');
const confidence = fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000);
const edition: fc.Arbitrary<EditionTag | null> = fc.option(
  fc.record({
    id: fc.constantFrom('madrid', 'bucarest', 'heidelberg-mannheim', 'international'),
    label: fc.record({ en: anyText, fr: anyText }),
    country: fc.constantFrom('ES', 'RO', 'DE', ''),
    kind: fc.constantFrom('city' as const, 'country' as const, 'international' as const),
    source,
    confidence,
  }),
);
const highlight = fc.record({
  id: fc.uuid(),
  quote: anyText,
  note: fc.option(anyText),
  createdAt: fc.option(fc.integer({ min: 0, max: 2 ** 42 })),
  color: fc.option(fc.constantFrom('yellow', 'green')),
  prefix: fc.option(anyText),
  suffix: fc.option(anyText),
});

const article: fc.Arbitrary<LibraryArticle> = fc
  .record({
    slug: fc.string({ minLength: 1, maxLength: 12 }),
    title: anyText,
    byline: fc.option(anyText),
    labels: fc.uniqueArray(anyText, { maxLength: 4 }),
    notes: anyText,
    paragraphs: fc.array(htmlText, { maxLength: 4 }),
    status: fc.constantFrom('unread' as const, 'read' as const, 'archived' as const),
    favourite: fc.boolean(),
    progress: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
    savedAt: fc.integer({ min: 0, max: 2 ** 42 }),
    edition,
    themes: fc.uniqueArray(fc.constantFrom(...THEME_IDS), { maxLength: 3 }),
    themeSource: source,
    dir: fc.constantFrom('ltr' as const, 'rtl' as const, null),
    highlights: fc.array(highlight, { maxLength: 3 }),
  })
  .map((r) => {
    const html = r.paragraphs.map((p) => `<p>${canonicalText(p)}</p>`).join('');
    return fakeArticle({
      url: `https://example.org/${encodeURIComponent(r.slug)}`,
      title: r.title,
      byline: r.byline,
      labels: r.labels,
      notes: r.notes,
      html,
      text: r.paragraphs.join('\n'),
      kind: html === '' ? 'link' : 'article',
      status: r.status,
      favourite: r.favourite,
      progress: r.progress,
      savedAt: r.savedAt,
      updatedAt: r.savedAt,
      edition: r.edition,
      themes: r.themes.map((id) => ({ id, source: r.themeSource, confidence: 0.5 })),
      dir: r.dir,
      highlights: r.highlights,
    });
  });

const library = fc
  .uniqueArray(article, { maxLength: 6, selector: (a) => a.url })
  .chain((articles) =>
    fc.tuple(
      fc.constant(articles),
      fc.array(
        fc.record({ id: fc.option(fc.uuid()), name: anyText, articleUrls: fc.subarray(articles.map((a) => a.url)) }),
        { maxLength: 3 },
      ),
    ),
  );

async function roundTrip(articles: LibraryArticle[], collections: Collection[]) {
  const json = await collectString(exportKiosqueJson(articles, collections, fixedClock));
  return importFile(new TextEncoder().encode(json), { dom, now: fixedClock, fileName: 'kiosque.json' });
}

describe('Kiosque JSON round trip', () => {
  it('gives back the same library (arbitrary Unicode, RTL, emoji)', async () => {
    await fc.assert(
      fc.asyncProperty(library, async ([articles, collections]) => {
        const result = await roundTrip(articles, collections);
        expect(result.report).toEqual({ added: articles.length, merged: 0, skipped: 0, failed: [] });
        expect(result.articles).toEqual(articles);
        expect(result.collections).toEqual(collections);
      }),
      { numRuns: 60 },
    );
  });

  it('carries 1 MB articles intact', async () => {
    const paragraph = `<p>${canonicalText('Long article — «texte» 🚇 مدريد & <balises> ')}</p>`;
    const html = paragraph.repeat(Math.ceil((1024 * 1024) / paragraph.length));
    const articles = [fakeArticle({ html, text: 'x'.repeat(1024 * 1024) }), fakeArticle({ html: '', kind: 'link' })];
    const result = await roundTrip(articles, []);
    expect(html.length).toBeGreaterThan(1024 * 1024);
    expect(result.articles).toEqual(articles);
  });

  it('writes the documented envelope', async () => {
    const json = JSON.parse(await collectString(exportKiosqueJson([fakeArticle()], [], fixedClock))) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['format', 'version', 'exportedAt', 'articles', 'collections', 'savedSearches']);
    expect(json).toMatchObject({ format: 'kiosque', version: 1, exportedAt: '2026-11-27T00:00:00.000Z' });
  });

  it('reports wrongly typed entries by index and keeps the rest', async () => {
    const json = await collectString(exportKiosqueJson([fakeArticle(), fakeArticle()], [], fixedClock));
    const data = JSON.parse(json) as { articles: Record<string, unknown>[] };
    data.articles[1]!.status = 'maybe';
    data.articles.push({ ...data.articles[0]!, url: 'javascript:alert(1)' });
    data.articles.push({ ...data.articles[0]!, url: 'https://c.example/', leadImage: 'javascript:alert(1)' });
    const result = importFile(JSON.stringify(data), { dom, now: fixedClock });
    expect(result.articles).toHaveLength(1);
    expect(result.report.failed).toEqual([
      { where: 'entry articles[1]', reason: 'status must be one of unread, read, archived' },
      { where: 'entry articles[2]', reason: 'url must be an http(s) URL' },
      { where: 'entry articles[3]', reason: 'leadImage must be an http(s) URL' },
    ]);
  });
});
