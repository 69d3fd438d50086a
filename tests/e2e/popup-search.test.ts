/**
 * The popup in real Chromium over a realistic library: 240 articles across
 * editions, themes, sites and reading states, written through the automation
 * API. Searches, filters and the keyboard are driven like a reader would,
 * and the popup is photographed in light and dark.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, ArticleStatus, EditionTag, ThemeId } from '../../core/model.ts';
import { fakeArticle } from '../factories.ts';
import { callKiosque, launchKiosque, openPopup, testResultsDir, waitForKiosque, type KiosqueSession } from './support/index.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 26, 18);

const EDITIONS: EditionTag[] = [
  { id: 'madrid', label: { en: 'Madrid', fr: 'Madrid' }, country: 'ES', kind: 'city', source: 'site', confidence: 0.95 },
  { id: 'barcelone', label: { en: 'Barcelona', fr: 'Barcelone' }, country: 'ES', kind: 'city', source: 'site', confidence: 0.95 },
  { id: 'berlin', label: { en: 'Berlin', fr: 'Berlin' }, country: 'DE', kind: 'city', source: 'text', confidence: 0.8 },
  { id: 'international', label: { en: 'International', fr: 'International' }, country: 'FR', kind: 'international', source: 'site', confidence: 0.9 },
];
const SITES = [
  { host: 'lepetitjournal.com', name: 'lepetitjournal.com', lang: 'fr' },
  { host: 'elpais.com', name: 'El País', lang: 'es' },
  { host: 'www.thelocal.es', name: 'The Local Spain', lang: 'en' },
  { host: 'www.thelocal.de', name: 'The Local Germany', lang: 'en' },
];
const TOPICS: { theme: ThemeId; words: string[] }[] = [
  { theme: 'arts-culture', words: ['Exposition au musée', 'Concert gratuit', 'Festival de cinéma'] },
  { theme: 'expat-life', words: ['Renouveler son titre de séjour', 'Impôts des expatriés', 'Rendez-vous au consulat'] },
  { theme: 'travel-transport', words: ['Grève des trains', 'Nouvelle ligne de métro', 'Vols annulés'] },
  { theme: 'politics', words: ['Élections municipales', 'Le budget régional', 'Débat au parlement'] },
  { theme: 'sport', words: ['Derby du week-end', 'Marathon de printemps', 'La finale de la coupe'] },
];
const STATUSES: ArticleStatus[] = ['unread', 'unread', 'read', 'archived'];
/** The word the search looks for: in the titles of every 20th article, nowhere else. */
const NEEDLE = 'Pinacothèque';

function library(count: number): Article[] {
  return Array.from({ length: count }, (_, i) => {
    const edition = EDITIONS[i % EDITIONS.length]!;
    const site = SITES[(i >> 1) % SITES.length]!;
    const topic = TOPICS[i % TOPICS.length]!;
    const city = edition.label.fr;
    const title = `${topic.words[i % topic.words.length]} à ${city}${i % 20 === 0 ? ` : la ${NEEDLE} rouvre` : ''} (${i})`;
    const url = `https://${site.host}/${edition.id}/article-${i}`;
    const text = `${title}. Les habitants de ${city} en parlent depuis des semaines. Article numéro ${i}.`;
    return fakeArticle({
      id: `lib-${i}`,
      url,
      pageUrl: url,
      title,
      siteName: site.name,
      lang: site.lang,
      excerpt: `Les habitants de ${city} en parlent.`,
      keywords: [],
      section: null,
      edition,
      themes: [{ id: topic.theme, source: 'text', confidence: 0.7 }],
      status: STATUSES[Math.floor(i / 4) % STATUSES.length]!,
      favourite: i % 9 === 0,
      savedAt: NOW - i * 3_600_000,
      updatedAt: NOW - i * 3_600_000,
      publishedAt: new Date(NOW - i * 3_600_000 - DAY).toISOString(),
      text,
      html: `<p>${text}</p>`,
      wordCount: text.split(/\s+/).length,
      readingMinutes: 1 + (i % 6),
    });
  });
}

const ARTICLES = library(240);
let session: KiosqueSession;
let popup: Page;

const rowTitles = () => popup.locator('.row:not(.row--placeholder) .row__title').allTextContents();
const countText = () => popup.locator('.list__count').textContent();

async function waitForCount(n: number): Promise<void> {
  await popup.waitForFunction((want) => document.querySelector('.list__count')?.textContent === `${want} articles`, n, { timeout: 15_000 });
}

beforeAll(async () => {
  session = await launchKiosque({ build: 'e2e' });
  await waitForKiosque(session.worker);
  for (const article of ARTICLES) await callKiosque(session.worker, 'restoreArticle', article);
  popup = await openPopup(session.context, session.extensionId);
});

afterAll(async () => {
  await session?.close();
});

describe('the popup over a 240-article library', () => {
  it('opens on the newest rows with only a window of them in the DOM', async () => {
    await waitForCount(ARTICLES.length);
    await popup.locator('.row:not(.row--placeholder)').first().waitFor();
    expect((await rowTitles())[0]).toContain('(0)');
    const inDom = await popup.locator('.row').count();
    expect(inDom).toBeGreaterThan(2);
    expect(inDom).toBeLessThan(20);
    expect(await popup.locator('[role="feed"] .row').first().getAttribute('aria-setsize')).toBe(String(ARTICLES.length));
  });

  it('searches as the reader types, accents ignored, then narrows with a filter', async () => {
    const withNeedle = ARTICLES.filter((a) => a.title.includes(NEEDLE));
    await popup.keyboard.press('/');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await popup.keyboard.type('pinacotheque', { delay: 20 });
    await waitForCount(withNeedle.length);
    const titles = await rowTitles();
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).toContain(NEEDLE);

    const madrid = withNeedle.filter((a) => a.editionId === 'madrid');
    expect(madrid.length).toBeGreaterThan(0);
    const edition = popup.locator('label', { hasText: 'Edition' }).locator('select');
    const listBox = () => popup.evaluate(() => document.querySelector('.vlist')!.getBoundingClientRect().toJSON() as DOMRect);
    const before = await listBox();
    await edition.selectOption('madrid');
    await waitForCount(madrid.length);
    // "Clear filters" shows up on a line laid out from the start: the list neither moves nor resizes.
    expect(await popup.locator('button', { hasText: 'Clear filters' }).isVisible()).toBe(true);
    expect(await listBox()).toEqual(before);
    for (const title of await rowTitles()) expect(title).toMatch(/Madrid/);
    expect(await countText()).toBe(`${madrid.length} articles`);

    await popup.locator('input[type="search"]').fill('');
    await waitForCount(ARTICLES.filter((a) => a.editionId === 'madrid').length);
  });

  it('combines status and theme filters with counts, and the keyboard toggles read', async () => {
    const status = popup.locator('label', { hasText: 'Status' }).locator('select');
    await status.selectOption('unread');
    const unreadMadrid = ARTICLES.filter((a) => a.editionId === 'madrid' && a.status === 'unread');
    await waitForCount(unreadMadrid.length);
    const themeOptions = await popup.locator('label', { hasText: 'Theme' }).locator('option').allTextContents();
    const culture = unreadMadrid.filter((a) => a.themeIds.includes('arts-culture')).length;
    expect(themeOptions).toContain(`Arts & culture (${culture})`);

    await popup.locator('.row').first().focus();
    await popup.keyboard.press('r');
    // Read now, so it leaves the unread list.
    await waitForCount(unreadMadrid.length - 1);
    await popup.screenshot({ path: path.join(testResultsDir, 'popup-filtered.png') });
  });

  it('groups unread articles by edition in My cities', async () => {
    await popup.locator('.views__tab', { hasText: 'My cities' }).click();
    await popup.locator('.city').first().waitFor();
    const unread = (id: string) => ARTICLES.filter((a) => a.editionId === id && a.status === 'unread').length;
    const headings = await popup.locator('.city__heading').allTextContents();
    // The earlier test read one Madrid article.
    expect(headings).toContain(`Madrid ${unread('madrid') - 1} unread`);
    expect(headings).toContain(`Berlin ${unread('berlin')} unread`);
    await popup.screenshot({ path: path.join(testResultsDir, 'popup-cities.png') });
    await popup.locator('.views__tab', { hasText: 'Reading list' }).click();
  });

  it('follows writes from the service worker and from a second popup', async () => {
    await popup.locator('button', { hasText: 'Clear filters' }).click();
    await waitForCount(ARTICLES.length);
    const second = await openPopup(session.context, session.extensionId);
    try {
      await second.locator('.row:not(.row--placeholder)').first().waitFor();
      const firstRow = (page: Page) => page.locator('.row:not(.row--placeholder)').first();
      // Deleted in the background while both popups show it.
      const id = await firstRow(popup).getAttribute('data-id');
      expect(id).toBe('lib-0');
      await callKiosque(session.worker, 'deleteArticle', 'lib-0');
      await waitForCount(ARTICLES.length - 1);
      await second.waitForFunction(() => document.querySelector('.row')?.getAttribute('data-id') === 'lib-1', null, { timeout: 10_000 });
      // A favourite set in the second popup shows in the first.
      await firstRow(second).getByRole('button', { name: 'Favourite' }).click();
      await popup.waitForFunction(
        () => document.querySelector('.row[data-id="lib-1"] button[aria-label="Favourite"]')?.getAttribute('aria-pressed') === 'true',
        null,
        { timeout: 10_000 },
      );
    } finally {
      await second.close();
    }
    const restored = ARTICLES[0]!;
    await callKiosque(session.worker, 'restoreArticle', restored);
    await waitForCount(ARTICLES.length);
  });

  it('is photographed with the whole library, in light and dark', async () => {
    await mkdir(testResultsDir, { recursive: true });
    await waitForCount(ARTICLES.length);
    // The list's heading, its count and the export link sit apart on one line, none touching the next.
    const boxes = await popup.evaluate(() =>
      ['.list__heading', '.list__count', '.list__export'].map((selector) => {
        const box = document.querySelector(selector)!.getBoundingClientRect();
        return { left: box.left, right: box.right, top: box.top };
      }),
    );
    for (let i = 1; i < boxes.length; i++) {
      expect(boxes[i]!.left - boxes[i - 1]!.right).toBeGreaterThanOrEqual(6);
      expect(Math.abs(boxes[i]!.top - boxes[0]!.top)).toBeLessThan(6);
    }
    await popup.screenshot({ path: path.join(testResultsDir, 'popup-library.png') });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: path.join(testResultsDir, 'popup-library-dark.png') });
    const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(23, 24, 27)');
  });
});
