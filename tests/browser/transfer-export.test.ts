/** Exports from storage: every format, every kind of selection, progress, and the worker's missing DOM. */
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../lib/api-types';
import { exportFileName } from '../../lib/transfer/export-name';
import { validateEpub } from '../unit/formats/epub-validator';
import { blobBytes, blobText, manualCollection, NOW, seed, seedArticle, transferEnv, type TransferEnv } from './transfer-helpers';

async function library(): Promise<TransferEnv & { ids: string[] }> {
  const env = transferEnv();
  const articles = [
    seedArticle({ title: 'Métro de Madrid : la ligne 11 prolongée', savedAt: NOW - 3000, collectionIds: ['c-madrid'] }),
    seedArticle({
      title: 'الربيع في مدريد',
      lang: 'ar',
      dir: 'rtl',
      savedAt: NOW - 2000,
      status: 'archived',
      highlights: [{ id: 'h1', quote: 'Comunidad', note: 'où ?', createdAt: NOW, color: null, prefix: null, suffix: null }],
    }),
    seedArticle({ title: 'Loyers à Lisbonne 🏠', edition: null, savedAt: NOW - 1000, collectionIds: ['c-madrid', 'c-empty-not'] }),
    seedArticle({ title: 'Lien seul', kind: 'link', html: '', text: '', savedAt: NOW - 500 }),
  ];
  await seed(env.db, articles, [manualCollection('c-madrid', 'Madrid à lire'), manualCollection('c-empty', 'Vide')]);
  return { ...env, ids: articles.map((a) => a.id) };
}

describe('every format exports from storage', () => {
  for (const format of EXPORT_FORMATS) {
    it(format, async () => {
      const { transfer } = await library();
      const blob = await transfer.exportData(format);
      expect(blob.size).toBeGreaterThan(100);
      const bytes = await blobBytes(blob);
      const text = new TextDecoder().decode(bytes);
      switch (format) {
        case 'kiosque-json': {
          const json = JSON.parse(text) as { articles: { title: string; highlights: unknown[] }[]; collections: { name: string; articleUrls: string[] }[] };
          expect(json.articles.map((a) => a.title)).toEqual(['Lien seul', 'Loyers à Lisbonne 🏠', 'الربيع في مدريد', 'Métro de Madrid : la ligne 11 prolongée']);
          expect(json.articles[2]?.highlights).toHaveLength(1);
          // The whole library keeps its empty collections too.
          expect(json.collections.map((c) => [c.name, c.articleUrls.length])).toEqual([['Madrid à lire', 2], ['Vide', 0]]);
          break;
        }
        case 'epub': {
          const summary = validateEpub(bytes);
          expect(summary.spine.filter((id) => id !== 'nav')).toHaveLength(4);
          expect(summary.chapterTitles).toContain('الربيع في مدريد');
          break;
        }
        case 'markdown-zip': {
          const names = Object.keys(unzipSync(bytes));
          expect(names.filter((n) => n.endsWith('.md'))).toHaveLength(4);
          break;
        }
        case 'csv':
          expect(text.split('\n')[0]).toMatch(/^title,url,time_added,tags,status/);
          expect(text).toContain('الربيع في مدريد');
          break;
        case 'html':
          expect(text).toContain('Loyers à Lisbonne 🏠');
          expect(text).toContain('dir="rtl"');
          break;
        case 'netscape-html':
          expect(text).toMatch(/^<!DOCTYPE NETSCAPE-Bookmark-file-1>/);
          expect(text).toContain('Madrid à lire');
          break;
        case 'atom':
          expect(text).toContain('<feed');
          expect(text.match(/<entry>/g)).toHaveLength(4);
          break;
      }
    });
  }
});

describe('selections', () => {
  it('a collection exports its members only, and the feed is named after it', async () => {
    const { transfer } = await library();
    const json = JSON.parse(await blobText(await transfer.exportData('kiosque-json', { kind: 'collection', id: 'c-madrid' }))) as {
      articles: { title: string }[];
      collections: { name: string }[];
    };
    expect(json.articles.map((a) => a.title)).toEqual(['Loyers à Lisbonne 🏠', 'Métro de Madrid : la ligne 11 prolongée']);
    expect(json.collections.map((c) => c.name)).toEqual(['Madrid à lire']);
    const feed = await blobText(await transfer.exportData('atom', { kind: 'collection', id: 'c-madrid' }));
    expect(feed).toContain('Madrid à lire');
  });

  it('a saved search and a query run the search over titles and text with filters', async () => {
    const { db, transfer } = await library();
    await db.collections.put({ ...manualCollection('s-1', 'Archivés'), kind: 'search', filter: { statuses: ['archived'] } });
    const archived = await blobText(await transfer.exportData('csv', { kind: 'collection', id: 's-1' }));
    expect(archived.trim().split('\n')).toHaveLength(2);
    const query = await blobText(await transfer.exportData('csv', { kind: 'query', query: 'lisbonne' }));
    expect(query).toContain('Loyers à Lisbonne');
    expect(query.trim().split('\n')).toHaveLength(2);
  });

  it('ids export in the given order; an unknown id or collection is a typed error', async () => {
    const { transfer, ids } = await library();
    const csv = await blobText(await transfer.exportData('csv', { kind: 'ids', ids: [ids[0]!, ids[3]!] }));
    expect(csv.trim().split('\n')).toHaveLength(3);
    await expect(transfer.exportData('csv', { kind: 'ids', ids: ['nope'] })).rejects.toMatchObject({ code: 'not-found' });
    await expect(transfer.exportData('csv', { kind: 'collection', id: 'nope' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(transfer.exportData('pdf' as never)).rejects.toMatchObject({ code: 'unsupported-format' });
    await expect(transfer.exportData('csv', { kind: 'query', filter: { statuses: ['lost' as never] } })).rejects.toMatchObject({
      code: 'invalid-input',
    });
  });
});

describe('progress and large exports', () => {
  it('reports progress chunk by chunk up to the total', async () => {
    const { db, transfer } = transferEnv();
    await seed(db, Array.from({ length: 450 }, (_, i) => seedArticle({ savedAt: NOW - i })));
    const seen: number[] = [];
    await transfer.exportData('kiosque-json', { kind: 'all' }, { onProgress: (p) => seen.push(p.done) });
    expect(seen).toEqual([0, 200, 400, 450]);
  });
});

describe('without a DOM (the service worker)', () => {
  it('text formats still export; HTML-converting ones say where to go instead', async () => {
    const { db, transfer } = transferEnv({ dom: 'none' });
    await seed(db, [seedArticle()]);
    for (const format of ['kiosque-json', 'csv', 'html', 'netscape-html', 'atom'] as const) {
      expect((await transfer.exportData(format)).size).toBeGreaterThan(0);
    }
    for (const format of ['epub', 'markdown-zip'] as const) {
      await expect(transfer.exportData(format)).rejects.toMatchObject({ code: 'unsupported-format', message: /options page/ });
    }
  });
});

it('file names are dated and slugged', () => {
  expect(exportFileName('epub', NOW, 'Madrid à lire')).toBe('kiosque-madrid-a-lire-2026-11-27.epub');
  expect(exportFileName('netscape-html', NOW)).toBe('kiosque-bookmarks-2026-11-27.html');
});
