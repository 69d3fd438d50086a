/**
 * Saves that overlap. Each save reads the row stored under its key and
 * writes row and body in one IndexedDB transaction; transactions on the same
 * tables run one after another, so overlapping saves must neither lose a page
 * nor store one twice.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attemptKiosque, callKiosque, launchKiosque, plainArticle, serveFixtures, tabIdFor, type KiosqueSession } from './support/index.ts';

let session: KiosqueSession;

beforeEach(async () => {
  session = await launchKiosque({ build: 'e2e' });
});

afterEach(async () => {
  await session?.close();
});

const CITIES = ['Madrid', 'Lisbonne', 'Bucarest', 'Dakar', 'Heidelberg'];

async function openTabs(urls: string[]): Promise<Page[]> {
  return Promise.all(
    urls.map(async (url) => {
      const page = await session.context.newPage();
      await page.goto(url);
      return page;
    }),
  );
}

/** Every row has its body and every body its row: the store holds no half-saved article. */
async function expectWholeRows(expected: number): Promise<void> {
  const rows = await callKiosque(session.worker, 'listArticles');
  expect(rows).toHaveLength(expected);
  expect(new Set(rows.map((r) => r.id)).size).toBe(expected);
  expect(new Set(rows.map((r) => r.url)).size).toBe(expected);
  for (const row of rows) {
    const article = await callKiosque(session.worker, 'getArticle', row.id);
    expect(article.text).toContain('The regional government approved');
  }
}

describe('saving several tabs at once', () => {
  it('five different pages saved at the same moment give five rows, no duplicate and no error', async () => {
    const urls = CITIES.map((city, i) => `https://news${i}.example.org/2026/11/${city.toLowerCase()}-metro`);
    await serveFixtures(session.context, urls.map((url, i) => ({ url, html: plainArticle(`${CITIES[i]} metro plan`) })));
    await openTabs(urls);
    const tabIds = await Promise.all(urls.map((url) => tabIdFor(session.worker, url)));

    const outcomes = await Promise.all(tabIds.map((tabId) => attemptKiosque(session.worker, 'saveTab', tabId)));

    expect(outcomes.map((o) => (o.ok ? 'ok' : `${o.error.code}: ${o.error.message}`))).toEqual(urls.map(() => 'ok'));
    const titles = outcomes.map((o) => (o.ok ? o.value.title : '')).sort();
    expect(titles).toEqual(CITIES.map((c) => `${c} metro plan`).sort());
    await expectWholeRows(5);

    // The same five again, at once: updates in place, still five rows.
    const again = await Promise.all(tabIds.map((tabId) => attemptKiosque(session.worker, 'saveTab', tabId)));
    expect(again.every((o) => o.ok)).toBe(true);
    const firstIds = outcomes.map((o) => (o.ok ? o.value.id : '')).sort();
    expect(again.map((o) => (o.ok ? o.value.id : '')).sort()).toEqual(firstIds);
    await expectWholeRows(5);
  });

  it('one article open in five tabs under different tracking addresses, saved at once, is stored once', async () => {
    const base = 'https://www.thelocal.es/20261127/metro-line-11-extension';
    const urls = ['', '?utm_source=twitter', '?utm_medium=email&utm_campaign=am', '?fbclid=abc123', '#comments'].map((suffix) => base + suffix);
    await serveFixtures(session.context, [{ url: base, html: plainArticle('Metro line 11 extension') }, ...urls.map((url) => ({ url, html: plainArticle('Metro line 11 extension') }))]);
    await openTabs(urls);
    const tabIds = await Promise.all(urls.map((url) => tabIdFor(session.worker, url)));
    expect(new Set(tabIds).size).toBe(5);

    const outcomes = await Promise.all(tabIds.map((tabId) => attemptKiosque(session.worker, 'saveTab', tabId)));

    expect(outcomes.every((o) => o.ok)).toBe(true);
    const ids = new Set(outcomes.map((o) => (o.ok ? o.value.id : '')));
    expect(ids.size).toBe(1);
    await expectWholeRows(1);
  });

  it('a status change racing five saves is neither lost nor overwritten', async () => {
    const first = 'https://news.example.org/2026/11/first-story';
    const urls = CITIES.map((city) => `https://news.example.org/2026/11/${city.toLowerCase()}-rent`);
    await serveFixtures(session.context, [first, ...urls].map((url) => ({ url, html: plainArticle(`Story ${url.split('/').pop()}`) })));
    await openTabs([first]);
    const kept = await callKiosque(session.worker, 'saveTab', await tabIdFor(session.worker, first));
    await openTabs(urls);
    const tabIds = await Promise.all([first, ...urls].map((url) => tabIdFor(session.worker, url)));

    // Re-saving `first` keeps the reader's state, so the star set meanwhile must survive whichever commits last.
    const [star, ...saves] = await Promise.all([
      attemptKiosque(session.worker, 'setFavourite', kept.id, true),
      ...tabIds.map((tabId) => attemptKiosque(session.worker, 'saveTab', tabId)),
    ]);
    expect(star?.ok).toBe(true);
    expect(saves.every((o) => o.ok)).toBe(true);
    await expectWholeRows(6);
    const rows = await callKiosque(session.worker, 'listArticles');
    expect(rows.find((r) => r.id === kept.id)?.favourite).toBe(true);
  });
});
