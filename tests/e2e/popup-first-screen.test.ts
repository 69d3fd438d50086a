/**
 * The popup's first screen in real Chromium: the newest rows come from the
 * bare IndexedDB read before Dexie loads, and the list they are painted in is
 * the one the full answer, the keyboard and the services then work on.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../core/model.ts';
import { fakeArticle } from '../factories.ts';
import { callKiosque, launchKiosque, openPopup, requireBuild, waitForKiosque, type KiosqueSession } from './support/index.ts';

const NOW = Date.UTC(2026, 10, 26, 18);
const COUNT = 60;

function library(): Article[] {
  return Array.from({ length: COUNT }, (_, i) =>
    fakeArticle({
      id: `first-${i}`,
      url: `https://www.thelocal.es/madrid/first-${i}`,
      pageUrl: `https://www.thelocal.es/madrid/first-${i}`,
      title: i === 1 ? `الأخبار من مدريد ${'très long titre '.repeat(30)}(${i})` : `Madrid news number (${i})`,
      dir: i === 1 ? 'rtl' : 'ltr',
      status: 'unread',
      savedAt: NOW - i * 60_000,
      updatedAt: NOW - i * 60_000,
    }),
  );
}

/**
 * Keeps the first real row element and whether the full count was shown when
 * it appeared, and notes whether the <head> script handed over a started read
 * (first-rows.ts's hand-off key) before the popup's module took it.
 */
const FIRST_ROW_WATCH = `(() => {
  let handed;
  Object.defineProperty(window, '__kiosqueFirstRows', {
    configurable: true,
    get() { return handed; },
    set(value) { handed = value; window.__prefetchedAt = performance.now(); },
  });
  const observer = new MutationObserver(() => {
    const row = document.querySelector('.row:not(.row--placeholder)');
    if (!row) return;
    window.__firstRow = row;
    window.__countAtFirstRow = document.querySelector('.list__count')?.textContent ?? null;
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/**
 * The module files a built page loads before any of its code runs: its
 * module scripts and preloads, and what they import statically, transitively
 * (dynamic import() calls are left out: they load later).
 */
function staticModules(dir: string, page: string): string[] {
  const html = readFileSync(path.join(dir, page), 'utf8');
  const roots = [...html.matchAll(/<(?:script type="module"|link rel="modulepreload")[^>]*?(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(path.join(dir, file), 'utf8');
    for (const [, spec] of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) {
      queue.push(path.posix.join(path.posix.dirname(file), spec!));
    }
  }
  return [...seen].sort();
}

const isRuntime = (file: string) => /rolldown-runtime/.test(file);

describe.each(['prod', 'e2e'] as const)('the popup in the %s build', (build) => {
  it('runs its first screen from one module file of its own, shared with no other page', () => {
    const dir = requireBuild(build);
    const popup = staticModules(dir, 'popup.html');
    const own = popup.filter((file) => !isRuntime(file));
    expect(own, popup.join(', ')).toHaveLength(1);
    // The first-rows read and the list are both in it.
    const code = readFileSync(path.join(dir, own[0]!), 'utf8');
    expect(code).toContain('__kiosqueFirstRows');
    expect(code).toContain('vlist');
    for (const other of ['options.html', 'reader.html']) {
      expect(staticModules(dir, other)).not.toContain(own[0]);
    }
  });
});

let session: KiosqueSession;

beforeAll(async () => {
  session = await launchKiosque({ build: 'e2e' });
  await waitForKiosque(session.worker);
});

afterAll(async () => {
  await session?.close();
});

async function watchedPopup(): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  await page.addInitScript({ content: FIRST_ROW_WATCH });
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  return page;
}

describe('the popup first screen', () => {
  it('shows the empty library message, not an error, before anything is saved', async () => {
    const popup = await openPopup(session.context, session.extensionId);
    await popup.locator('.empty:not([aria-busy])').waitFor({ timeout: 15_000 });
    expect(await popup.locator('[role="alert"]').count()).toBe(0);
    await popup.close();
  });

  it('is styled by the stylesheets built into popup.html, with none fetched', async () => {
    const popup = await watchedPopup();
    await popup.locator('.empty:not([aria-busy]), .row').first().waitFor({ timeout: 15_000 });
    const page = await popup.evaluate(() => ({
      links: document.querySelectorAll('link[rel="stylesheet"]').length,
      styles: document.querySelectorAll('head style').length,
      bodyWidth: getComputedStyle(document.body).width,
      fontSize: getComputedStyle(document.body).fontSize,
    }));
    expect(page).toEqual({ links: 0, styles: 1, bodyWidth: '380px', fontSize: '14px' });
    await popup.close();
  });

  it('paints the newest rows, then hands the same list to the full answer and the keyboard', async () => {
    for (const article of library()) await callKiosque(session.worker, 'restoreArticle', article);
    const popup = await watchedPopup();
    await popup.waitForFunction((n) => document.querySelector('.list__count')?.textContent === `${n} articles`, COUNT, { timeout: 15_000 });
    const first = await popup.evaluate(() => {
      const w = window as unknown as { __firstRow?: Element; __countAtFirstRow?: string | null };
      return { connected: w.__firstRow?.isConnected ?? false, id: w.__firstRow?.getAttribute('data-id') ?? null, count: w.__countAtFirstRow ?? null };
    });
    // The first row painted is the newest save, still the same element once the full answer is in.
    expect(first).toEqual({ connected: true, id: 'first-0', count: '' });
    // Its read was started by the classic <head> script, and taken by the module.
    expect(await popup.evaluate(() => typeof (window as unknown as { __prefetchedAt?: number }).__prefetchedAt)).toBe('number');
    expect(await popup.evaluate(() => '__kiosqueFirstRows' in window)).toBe(false);
    const rtl = popup.locator('.row[data-id="first-1"] .row__title');
    expect(await rtl.getAttribute('dir')).toBe('rtl');

    await popup.keyboard.press('j');
    await popup.keyboard.press('j');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe('first-1');
    // 'r' goes through the services that loaded after the first paint.
    await popup.keyboard.press('r');
    await popup.waitForFunction(() => !document.querySelector('.row[data-id="first-1"]')?.classList.contains('row--unread'), null, { timeout: 10_000 });
    const stored = await callKiosque(session.worker, 'getArticle', 'first-1');
    expect(stored?.status).toBe('read');
    await popup.close();
  });
});
