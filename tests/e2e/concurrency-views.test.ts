/**
 * Two popups and a reader page open at once, as when the popup is open in
 * two windows and an article is being read in a tab. Each page reads the
 * database directly; a write in any of them (or a save in the background)
 * must show in the others without a reload.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../core/model.ts';
import { callKiosque, launchKiosque, openPopup, plainArticle, serveFixtures, tabIdFor, type KiosqueSession } from './support/index.ts';

let session: KiosqueSession;
let popupA: Page;
let popupB: Page;
let reader: Page;
const saved: ArticleSummary[] = [];
const TITLES = ['Metro line 11 reaches Valdebebas', 'Rent cap extended to 2027', 'Night buses return to Gran Vía'];

function row(page: Page, title: string) {
  return page.locator('.row').filter({ hasText: title });
}

/** Waits until the row for `title` has the wanted unread state on `page`. */
async function expectUnread(page: Page, title: string, unread: boolean): Promise<void> {
  await expect
    .poll(async () => ((await row(page, title).getAttribute('class', { timeout: 5_000 })) ?? '').includes('row--unread'), { timeout: 10_000 })
    .toBe(unread);
}

beforeAll(async () => {
  session = await launchKiosque({ build: 'e2e' });
  const urls = TITLES.map((_, i) => `https://www.example-daily.es/2026/11/27/story-${i}`);
  await serveFixtures(session.context, urls.map((url, i) => ({ url, html: plainArticle(TITLES[i]!) })));
  for (const url of urls) {
    const tab = await session.context.newPage();
    await tab.goto(url);
    saved.push(await callKiosque(session.worker, 'saveTab', await tabIdFor(session.worker, url)));
    await tab.close();
  }
  popupA = await openPopup(session.context, session.extensionId);
  popupB = await openPopup(session.context, session.extensionId);
  reader = await session.context.newPage();
  await reader.goto(`chrome-extension://${session.extensionId}/reader.html?id=${encodeURIComponent(saved[0]!.id)}`);
  for (const page of [popupA, popupB]) await page.waitForFunction((n) => document.querySelectorAll('.row').length === n, TITLES.length);
  await reader.getByRole('button', { name: 'Mark as read' }).waitFor();
});

afterAll(async () => {
  await session?.close();
});

describe('two popups and a reader page at once', () => {
  it('marking read in one popup shows in the other popup and in the reader', async () => {
    await row(popupA, TITLES[0]!).getByRole('button', { name: 'Mark as read' }).click();
    await expectUnread(popupA, TITLES[0]!, false);
    await expectUnread(popupB, TITLES[0]!, false);
    await reader.getByRole('button', { name: 'Mark as unread' }).waitFor({ timeout: 10_000 });
    expect((await callKiosque(session.worker, 'getArticle', saved[0]!.id)).status).toBe('read');
  });

  it('marking unread in the reader shows in both popups', async () => {
    await reader.getByRole('button', { name: 'Mark as unread' }).click();
    await reader.getByRole('button', { name: 'Mark as read' }).waitFor({ timeout: 10_000 });
    await expectUnread(popupA, TITLES[0]!, true);
    await expectUnread(popupB, TITLES[0]!, true);
  });

  it('a status change from the automation API and a save in the background show in both popups', async () => {
    await callKiosque(session.worker, 'setStatus', saved[1]!.id, 'read');
    await expectUnread(popupA, TITLES[1]!, false);
    await expectUnread(popupB, TITLES[1]!, false);

    const url = 'https://www.example-daily.es/2026/11/27/story-new';
    await serveFixtures(session.context, [{ url, html: plainArticle('Cycle lane opens on Castellana') }]);
    const tab = await session.context.newPage();
    await tab.goto(url);
    await callKiosque(session.worker, 'saveTab', await tabIdFor(session.worker, url));
    await tab.close();
    for (const page of [popupA, popupB]) {
      await page.waitForFunction((n) => document.querySelectorAll('.row').length === n, TITLES.length + 1, { timeout: 10_000 });
    }
  });

  it('deleting in one popup removes the row from the other, and the reader of that article says it is gone', async () => {
    await row(popupB, TITLES[0]!).getByRole('button', { name: `Delete “${TITLES[0]}”` }).click();
    await expect.poll(() => row(popupA, TITLES[0]!).count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => row(popupB, TITLES[0]!).count(), { timeout: 10_000 }).toBe(0);
    await reader.getByText('This article is no longer in your reading list', { exact: false }).waitFor({ timeout: 10_000 });
    const ids = (await callKiosque(session.worker, 'listArticles')).map((a) => a.id);
    expect(ids).not.toContain(saved[0]!.id);
  });
});
