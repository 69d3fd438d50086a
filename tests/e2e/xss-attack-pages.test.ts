/**
 * The attack corpus in Chromium: each hostile page is saved through the
 * extension, the hostile import files are imported, and every article is
 * opened in the reader page and listed in the popup. Each attack script tries
 * to set window.__pwned, retitle the document, fetch from attacker.test,
 * write to chrome.storage and message the background; none of that may
 * happen inside an extension page.
 */
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTACKER_ORIGIN, attackImports, attackPages, PWNED_TITLE } from '../fixtures/attacks/load-attacks.ts';
import { callKiosque, launchKiosque, openPopup, serveFixtures, tabIdFor, type KiosqueSession } from './support/index.ts';

let session: KiosqueSession;
const savedIds: string[] = [];
/** Requests to attacker.test made while extension pages were open, with the page that made them. */
const leaks: string[] = [];
let watching = false;

function noteRequest(request: Request): void {
  if (!watching || !request.url().startsWith(ATTACKER_ORIGIN)) return;
  let from = 'unknown';
  try {
    from = request.frame().url();
  } catch {
    from = 'service worker';
  }
  leaks.push(`${request.url()} from ${from}`);
}

interface Traces {
  pwned: boolean;
  title: string;
}

async function traces(page: Page): Promise<Traces> {
  return page.evaluate(() => ({ pwned: '__pwned' in window, title: document.title }));
}

/** Rows the attack files hold with an http(s) address: 3 bookmarks, 1 Kiosque JSON article, 2 Pocket items. */
const IMPORTABLE_ROWS = 6;

/**
 * HTML-bearing formats need a DOM, which the service worker lacks, so the
 * files go in the way a reader imports them: the options page's file picker.
 */
async function importThroughOptionsPage(): Promise<void> {
  const before = (await callKiosque(session.worker, 'listArticles')).length;
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  const panel = options.locator('section[aria-labelledby="import-heading"]');
  await panel.locator('input[type="file"]').setInputFiles(
    attackImports().map((file) => ({ name: file.name, mimeType: 'text/plain', buffer: Buffer.from(file.data, 'utf8') })),
  );
  await panel.locator('button[type="submit"]').click();
  const deadline = Date.now() + 30_000;
  while ((await callKiosque(session.worker, 'listArticles')).length < before + IMPORTABLE_ROWS) {
    if (Date.now() > deadline) throw new Error('the attack files were not imported within 30 s');
    await options.waitForTimeout(200);
  }
  const seen = await traces(options);
  expect(seen.pwned).toBe(false);
  await options.close();
}

beforeAll(async () => {
  session = await launchKiosque({ build: 'e2e' });
  const pages = attackPages();
  await serveFixtures(session.context, pages.map(({ url, html }) => ({ url, html })));
  // Registered last, so it answers before the offline handler: a request that
  // does happen is logged rather than lost among blocked ones.
  await session.context.route(`${ATTACKER_ORIGIN}/**`, (route) => route.fulfill({ status: 204, body: '' }));
  session.context.on('request', noteRequest);

  for (const page of pages) {
    const tab = await session.context.newPage();
    await tab.goto(page.url);
    const saved = await callKiosque(session.worker, 'saveTab', await tabIdFor(session.worker, page.url));
    savedIds.push(saved.id);
    await tab.close();
  }
  await importThroughOptionsPage();
  watching = true;
}, 240_000);

afterAll(async () => {
  await session?.close();
});

describe('attack pages and files inside the extension', () => {
  it('every attack page was saved, and the imports added their clean rows', async () => {
    expect(savedIds).toHaveLength(attackPages().length);
    const listed = await callKiosque(session.worker, 'listArticles');
    expect(listed.length).toBe(savedIds.length + IMPORTABLE_ROWS);
  });

  it('the reader page runs nothing from any stored article', async () => {
    const listed = await callKiosque(session.worker, 'listArticles');
    const reader = await session.context.newPage();
    const violations: string[] = [];
    reader.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    for (const article of listed) {
      await reader.goto(`chrome-extension://${session.extensionId}/reader.html?id=${encodeURIComponent(article.id)}`);
      await reader.locator('.reader__title').waitFor({ timeout: 10_000 });
      // Handlers such as onerror/onload fire on their own; give them a moment, then hover and focus everything.
      await reader.waitForTimeout(150);
      await reader.locator('.reader__body *').evaluateAll((els) => {
        for (const el of els) {
          el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
          (el as HTMLElement).focus?.();
        }
      });
      const seen = await traces(reader);
      expect(seen.pwned, article.url).toBe(false);
      expect(seen.title, article.url).not.toBe(PWNED_TITLE);
    }
    await reader.close();
    expect(leaks).toEqual([]);
  }, 180_000);

  it('the popup lists every hostile title as text and runs nothing', async () => {
    const popup = await openPopup(session.context, session.extensionId);
    await popup.waitForFunction(() => document.querySelectorAll('.row').length > 0);
    await popup.waitForTimeout(300);
    const seen = await traces(popup);
    expect(seen.pwned).toBe(false);
    expect(seen.title).not.toBe(PWNED_TITLE);
    // A title that carried markup shows it as characters, not as elements.
    expect(await popup.locator('.row img[onerror], .row script, .row svg[onload]').count()).toBe(0);
    await popup.close();
    expect(leaks).toEqual([]);
  });

  it('no attack reached the extension storage or the service worker', async () => {
    const stored = await session.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
      return api.storage.local.get('pwned');
    });
    expect(stored).toEqual({});
    expect(await session.worker.evaluate(() => '__pwned' in globalThis)).toBe(false);
  });

  it('control: the request log does see a request made from an extension page', async () => {
    const reader = await session.context.newPage();
    await reader.goto(`chrome-extension://${session.extensionId}/reader.html`);
    await reader.evaluate(() => fetch('https://attacker.test/control').then(() => 'sent', () => 'failed'));
    await expect.poll(() => leaks.some((line) => line.includes('/control')), { timeout: 5_000 }).toBe(true);
    await reader.close();
  });
});
