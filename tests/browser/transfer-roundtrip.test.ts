/**
 * The backup promise, through storage: export a library to Kiosque JSON,
 * import the file into an empty library, and every row, body, highlight and
 * collection comes back as it was.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../core/formats/dom-env';
import type { ArticleSummary, StoredCollection } from '../../core/model';
import type { KiosqueDb } from '../../lib/db/schema';
import { pageDomEnv } from '../../lib/transfer/dom';
import { manualCollection, seed, seedArticle, transferEnv, type SeedArticle } from './transfer-helpers';

const RTL = ['مرحبا بكم في مدريد', 'שלום ירושלים', 'کتابخانه تهران'];
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 30 }),
  fc.constantFrom(...RTL, 'Madrid 🚇🏠🇪🇸 👩🏽‍💻', 'Zürich — «\u00a0guillemets\u00a0»'),
);

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The library only ever holds sanitised HTML, so the originals are sanitised the same way first. */
function article(i: number, parts: { title: string; body: string; notes: string; label: string; quote: string }, collectionIds: string[]): SeedArticle {
  const url = `https://lepetitjournal.com/madrid/article-${i}`;
  const dom = pageDomEnv();
  if (!dom) throw new Error('the browser project has a DOM');
  return seedArticle({
    id: `a-${i}`,
    url,
    pageUrl: url,
    title: parts.title,
    notes: parts.notes,
    labels: parts.label.trim() === '' ? [] : [parts.label.trim()],
    html: sanitizeHtml(`<p dir="auto">${escapeText(parts.body)}</p>`, dom, url),
    text: parts.body,
    savedAt: 1_700_000_000_000 + i,
    status: (['unread', 'read', 'archived'] as const)[i % 3],
    favourite: i % 2 === 0,
    progress: (i % 5) / 4,
    collectionIds,
    highlights: parts.quote === '' ? [] : [{ id: `h-${i}`, quote: parts.quote, note: parts.notes || null, createdAt: 1_700_000_000_000, color: 'yellow', prefix: null, suffix: null }],
  });
}

const normalRow = (row: ArticleSummary): ArticleSummary => ({ ...row, collectionIds: [...(row.collectionIds ?? [])].sort() });

async function library(db: KiosqueDb) {
  const rows = (await db.articles.orderBy('id').toArray()).map(normalRow);
  const bodies = (await db.bodies.orderBy('id').toArray()).map(({ places: _places, ...body }) => ({ highlights: [], ...body }));
  const collections = (await db.collections.orderBy('id').toArray()).map((c: StoredCollection) => ({ id: c.id, name: c.name, kind: c.kind }));
  return { rows, bodies, collections };
}

async function roundTrip(articles: SeedArticle[], collections: StoredCollection[]): Promise<void> {
  const source = transferEnv();
  await seed(source.db, articles, collections);
  const file = await source.transfer.exportData('kiosque-json');
  const target = transferEnv();
  const outcome = await target.transfer.importData(file);
  expect(outcome).toMatchObject({ added: articles.length, merged: 0, failed: [] });
  expect(await library(target.db)).toEqual(await library(source.db));
}

describe('Kiosque JSON round trip through storage', () => {
  it('any Unicode, right-to-left text and emoji come back identical', async () => {
    const parts = fc.record({ title: text, body: text, notes: text, label: text, quote: text });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(parts, fc.subarray(['c-1', 'c-2'])), { minLength: 1, maxLength: 6 }), async (items) => {
        const articles = items.map(([p, ids], i) => article(i, p, ids));
        await roundTrip(articles, [manualCollection('c-1', 'Madrid'), manualCollection('c-2', 'À lire 📚')]);
      }),
      { numRuns: 25 },
    );
  });

  it('a 1 MB article comes back whole', async () => {
    const body = 'Ceci est un très long article sur Madrid, ses quartiers et ses loyers. مدريد 🚇 '.repeat(13_000);
    expect(body.length).toBeGreaterThan(1_000_000);
    await roundTrip([article(1, { title: 'Long', body, notes: '', label: '', quote: 'loyers' }, [])], []);
  });
});
