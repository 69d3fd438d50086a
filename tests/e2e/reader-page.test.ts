import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import type { Article } from '../../core/model';
import { fakeArticle } from '../factories';
import { callKiosque, launchKiosque, type KiosqueSession } from './support/index.ts';

/**
 * The reader page in Chromium: what jsdom cannot show (layout, scrolling,
 * storage.local across reloads, the system colour scheme, and which chunks
 * the page really loads).
 */

const paragraph = (i: number) =>
  `<p>Paragraphe ${i} : la Comunidad de Madrid prolonge les travaux de la ligne 12 du métro, et les habitants de ` +
  'Chamartín attendent les navettes de remplacement promises par la mairie pour la rentrée.</p>';
const longHtml = Array.from({ length: 80 }, (_, i) => paragraph(i)).join('');

let session: KiosqueSession;
let current: Article;
let next: Article;

beforeAll(async () => {
  session = await launchKiosque({ build: 'e2e' });
  const savedAt = Date.UTC(2026, 10, 26, 9, 0, 0);
  current = fakeArticle({ id: 'reader-current', title: 'Ligne 12 : travaux prolongés', html: longHtml, savedAt });
  next = fakeArticle({ id: 'reader-next', title: 'Navettes de remplacement à Chamartín', savedAt: savedAt - 60_000 });
  await callKiosque(session.worker, 'restoreArticle', current);
  await callKiosque(session.worker, 'restoreArticle', next);
});

afterAll(async () => {
  await session.close();
});

async function openReader(id: string, requests?: Request[]): Promise<Page> {
  const page = await session.context.newPage();
  if (requests) page.on('request', (request) => requests.push(request));
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(`chrome-extension://${session.extensionId}/reader.html?id=${id}`);
  await page.waitForSelector('.reader__body');
  return page;
}

const bodyStyle = (page: Page) =>
  page.evaluate(() => {
    const body = document.querySelector('.reader__body');
    if (!body) throw new Error('no body');
    const style = getComputedStyle(body);
    return { fontSize: style.fontSize, width: body.getBoundingClientRect().width, lineHeight: style.lineHeight };
  });

describe('reader page in Chromium', () => {
  it('sets the text at a readable measure and keeps the chosen size across reloads', async () => {
    const page = await openReader(current.id);
    const before = await bodyStyle(page);
    expect(before.fontSize).toBe('19px');
    // 66ch of a 19px serif: roughly 560–720 px whatever the installed font.
    expect(before.width).toBeGreaterThan(500);
    expect(before.width).toBeLessThan(760);
    await page.getByRole('button', { name: 'Larger text' }).click();
    expect((await bodyStyle(page)).fontSize).toBe('21px');
    await page.reload();
    await page.waitForSelector('.reader__body');
    await expect.poll(async () => (await bodyStyle(page)).fontSize).toBe('21px');
    await page.getByRole('button', { name: 'Smaller text' }).click();
    await page.close();
  });

  it('follows the system colour scheme', async () => {
    const page = await openReader(current.id);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await background();
    expect(light).toBe('rgb(251, 250, 247)');
    expect(dark).toBe('rgb(23, 24, 27)');
    await page.close();
  });

  it('saves the reading position while scrolling and restores it on the next open', async () => {
    const page = await openReader(current.id);
    await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
    await expect
      .poll(async () => (await callKiosque(session.worker, 'getArticle', current.id)).progress, { timeout: 5000 })
      .toBeCloseTo(0.5, 1);
    await page.close();

    const again = await openReader(current.id);
    await expect
      .poll(() => again.evaluate(() => scrollY / (document.documentElement.scrollHeight - innerHeight)), { timeout: 5000 })
      .toBeCloseTo(0.5, 1);
    // Scroll positions round to whole pixels, so the restored percentage may be off by one.
    const shown = Number(await again.getByRole('progressbar').getAttribute('aria-valuenow'));
    expect(Math.abs(shown - 50)).toBeLessThanOrEqual(2);
    await again.close();
  });

  it('links to the next unread article of the edition', async () => {
    const page = await openReader(current.id);
    const link = page.locator('nav.reader-next a');
    await expect.poll(() => link.textContent()).toBe(next.title);
    await link.click();
    await page.waitForSelector(`h1:text("${next.title}")`);
    expect(new URL(page.url()).searchParams.get('id')).toBe(next.id);
    await page.close();
  });

  it('loads the tagger only when the reader corrects a tag', async () => {
    const requests: Request[] = [];
    const page = await openReader(next.id, requests);
    const taggerChunks = () => requests.filter((r) => /\/chunks\/tag-article-[^/]+\.js$/.test(r.url()));
    expect(taggerChunks()).toEqual([]);
    await page.locator('.chip--edition').click();
    await page.locator('.picker__option', { hasText: 'Lisbon' }).first().click();
    await expect.poll(() => page.locator('.chip--edition').textContent()).toBe('Lisbon');
    expect(taggerChunks().length).toBe(1);
    expect((await callKiosque(session.worker, 'getArticle', next.id)).edition?.id).toBe('lisbonne');
    await page.close();
  });
});
