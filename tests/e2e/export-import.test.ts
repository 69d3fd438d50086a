/**
 * A collection leaves one browser and arrives in another: articles saved and
 * filed in Chromium are exported from the options page (a real download),
 * then imported through the options page of a fresh profile, and the
 * library there holds the same articles, state and collection.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { exportKiosqueJson } from '../../core/formats/kiosque-json.ts';
import type { LibraryArticle } from '../../core/formats/types.ts';
import type { Article, ArticleSummary } from '../../core/model.ts';
import { fakeArticle } from '../factories.ts';
import {
  attemptKiosque,
  callKiosque,
  launchKiosque,
  plainArticle,
  serveFixtures,
  tabIdFor,
  testResultsDir,
  type KiosqueSession,
} from './support/index.ts';

const PAGES = [
  { url: 'https://lepetitjournal.com/madrid/metro-ligne-11-prolongee', title: 'Métro de Madrid : la ligne 11 prolongée 🚇' },
  { url: 'https://www.thelocal.es/20261120/rents-in-madrid-rise-again', title: 'Rents in Madrid rise again' },
  { url: 'https://elpais.com/espana/madrid/2026-11-21/la-comunidad-abre-nuevas-escuelas.html', title: 'La Comunidad abre nuevas escuelas' },
];
const COLLECTION = 'Madrid à lire';

const sessions: KiosqueSession[] = [];
afterEach(async () => {
  while (sessions.length > 0) await sessions.pop()?.close();
});

async function launch(): Promise<KiosqueSession> {
  const session = await launchKiosque({ build: 'e2e' });
  sessions.push(session);
  return session;
}

async function openOptions(session: KiosqueSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.waitForSelector('select[name=selection]');
  return page;
}

/** Uploads files through the import panel and waits for one report per file group. */
async function importThroughPage(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<string> {
  await page.setInputFiles('input[type=file]', files);
  await page.click('section[aria-labelledby=import-heading] button[type=submit]');
  const report = page.locator('[data-testid=import-report]').first();
  await report.waitFor({ timeout: 20_000 });
  return (await report.textContent()) ?? '';
}

function bookmarks(urls: string[]): string {
  const links = urls.map((u) => `<DT><A HREF="${u}" ADD_DATE="1763600000">${u}</A>`).join('\n');
  return `<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<TITLE>Bookmarks</TITLE>\n<DL><p>\n<DT><H3>${COLLECTION}</H3>\n<DL><p>\n${links}\n</DL><p>\n</DL>\n`;
}

const comparable = (a: Article) => ({
  url: a.url,
  title: a.title,
  status: a.status,
  favourite: a.favourite,
  editionId: a.editionId,
  themeIds: a.themeIds,
  labels: a.labels,
  text: a.text,
  html: a.html,
});

describe('export a collection from the options page, import it into a fresh profile', () => {
  it('carries articles, reading state, tags and the collection across', async () => {
    const first = await launch();
    await serveFixtures(first.context, PAGES.map((p) => ({ url: p.url, html: plainArticle(p.title) })));
    const saved: ArticleSummary[] = [];
    for (const page of PAGES) {
      const tab = await first.context.newPage();
      await tab.goto(page.url);
      saved.push(await callKiosque(first.worker, 'saveTab', await tabIdFor(first.worker, page.url)));
      await tab.close();
    }
    await callKiosque(first.worker, 'setStatus', saved[0]!.id, 'archived');
    await callKiosque(first.worker, 'setFavourite', saved[1]!.id, true);

    // A Pocket CSV imports in the service worker itself (no DOM needed): an article outside the collection.
    const pocket = await callKiosque(
      first.worker,
      'importData',
      'title,url,time_added,tags,status\nHors collection,https://www.thelocal.es/20261101/elsewhere,1763000000,à lire,unread\n',
    );
    expect(pocket).toMatchObject({ format: 'pocket-csv', added: 1 });

    // The collection comes from a bookmarks folder holding two of the saved articles.
    const options = await openOptions(first);
    const members = [saved[0]!, saved[1]!];
    const filed = await importThroughPage(options, [
      { name: 'bookmarks.html', mimeType: 'text/html', buffer: Buffer.from(bookmarks(members.map((m) => m.url))) },
    ]);
    expect(filed).toContain('Merged');
    await options.reload();
    const value = await options.locator('select[name=selection] option', { hasText: COLLECTION }).getAttribute('value');
    expect(value).toMatch(/^c:/);
    await options.selectOption('select[name=selection]', value!);
    await options.selectOption('select[name=format]', 'kiosque-json');
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.click('section[aria-labelledby=export-heading] button[type=submit]'),
    ]);
    await mkdir(testResultsDir, { recursive: true });
    const file = path.join(testResultsDir, 'export-import-collection.json');
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/^kiosque-madrid-a-lire-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = await readFile(file);
    const originals = await Promise.all(members.map((m) => callKiosque(first.worker, 'getArticle', m.id)));

    // The worker has no DOM: text formats export there directly, EPUB through the offscreen document.
    const csv = await first.worker.evaluate(async () => {
      const api = (globalThis as unknown as { kiosque: { exportData(f: string): Promise<Blob> } }).kiosque;
      return (await api.exportData('csv')).text();
    });
    expect(csv.split('\n')[0]).toMatch(/^title,url,time_added,tags,status/);
    const epub = await attemptKiosque(first.worker, 'exportData', 'epub');
    expect(epub.ok ? null : epub.error.code).toBeNull();
    await first.close();

    const second = await launch();
    expect(await callKiosque(second.worker, 'listArticles')).toEqual([]);
    const page = await openOptions(second);
    const report = await importThroughPage(page, [{ name: download.suggestedFilename(), mimeType: 'application/json', buffer: exported }]);
    expect(report).toContain('Added: 2');
    expect(report).toContain(COLLECTION);

    const arrived = await callKiosque(second.worker, 'listArticles');
    expect(arrived.map((a) => a.url).sort()).toEqual(members.map((m) => m.url).sort());
    const full = await Promise.all(arrived.map((a) => callKiosque(second.worker, 'getArticle', a.id)));
    const byUrl = (list: Article[]) => [...list].sort((a, b) => a.url.localeCompare(b.url)).map(comparable);
    expect(byUrl(full)).toEqual(byUrl(originals));
    // Same ids as in the first profile: a restore is exact.
    expect(arrived.map((a) => a.id).sort()).toEqual(members.map((m) => m.id).sort());
    await page.reload();
    // The options page lists collections once its own query answers, after the reload's first paint.
    await expect.poll(() => page.locator('select[name=selection] option', { hasText: COLLECTION }).count(), { timeout: 10_000 }).toBe(1);
    const inCollection = await callKiosque(second.worker, 'queryList', {
      collectionId: (await page.locator('select[name=selection] option', { hasText: COLLECTION }).getAttribute('value'))!.slice(2),
    });
    expect(inCollection.total).toBe(2);
  }, 120_000);
});

describe('a large backup imported from the options page', () => {
  it('counts its entries on the progress bar while they are read, then stores them all', async () => {
    const count = 1500;
    const paragraphs = Array.from({ length: 30 }, (_, p) => `<p>Paragraphe ${p} : Madrid, <a href="/metro">métro</a> et loyers.</p>`).join('');
    async function* rows(): AsyncGenerator<LibraryArticle> {
      for (let i = 0; i < count; i++) {
        const article = fakeArticle({ id: `big-${i}`, url: `https://lepetitjournal.com/madrid/article-${i}`, title: `Article ${i}` });
        yield { ...article, html: paragraphs, highlights: [] };
      }
    }
    const parts: string[] = [];
    for await (const chunk of exportKiosqueJson(rows(), [], () => Date.UTC(2026, 10, 27))) parts.push(chunk);

    const session = await launch();
    const page = await openOptions(session);
    await page.setInputFiles('input[type=file]', [{ name: 'kiosque-backup.json', mimeType: 'application/json', buffer: Buffer.from(parts.join('')) }]);
    // Each animation frame records the bar as it is drawn: frames between the parse's slices show it part-filled.
    await page.evaluate(() => {
      const frames: { value: number; max: number; label: string }[] = [];
      (window as unknown as { frames_: typeof frames }).frames_ = frames;
      const record = () => {
        const progress = document.querySelector<HTMLProgressElement>('.transfer-progress progress');
        const label = document.querySelector('.transfer-progress span')?.textContent ?? '';
        if (progress?.hasAttribute('value')) frames.push({ value: progress.value, max: progress.max, label });
        requestAnimationFrame(record);
      };
      requestAnimationFrame(record);
    });
    await page.click('section[aria-labelledby=import-heading] button[type=submit]');
    const report = page.locator('[data-testid=import-report]').first();
    await report.waitFor({ timeout: 60_000 });
    const seen = await page.evaluate(() => (window as unknown as { frames_: { value: number; max: number; label: string }[] }).frames_);
    const parsing = seen.filter((frame) => /entries|entrées/.test(frame.label));
    expect(parsing.some((bar) => bar.max === count && bar.value > 0 && bar.value < count)).toBe(true);
    expect(await report.textContent()).toContain(`Added: ${count}`);
    expect((await callKiosque(session.worker, 'listArticles')).length).toBe(count);
  }, 120_000);
});
