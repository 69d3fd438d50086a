/**
 * The timed interactions of the list benchmark, driven through the real
 * popup. Each returns milliseconds from the page's own clock: from
 * navigation (opening) or from the input event (search, filters) to the end
 * of the frame that painted the last DOM change it caused.
 */
import type { Page } from 'playwright-core';
import type { KiosqueSession } from '../../tests/e2e/support/index.ts';
import { QUERIES } from './generate';
import { FIRST_ROWS_PROBE, UPDATE_PROBE } from './probes';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function firstLine(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}

export interface PopupOpening {
  /** Navigation to the end of the rendering update that painted the first rows. */
  painted: number;
  /** Navigation to when that frame was presented, when the browser says (Element Timing). */
  presented: number | null;
}

type OpeningProbe = { __firstRows?: number; __firstRowsPresented?: number | null; __firstRowsSource?: string };

export async function popupOpen(session: KiosqueSession): Promise<PopupOpening | null> {
  const page = await session.context.newPage();
  try {
    await page.setViewportSize({ width: 380, height: 600 });
    await page.addInitScript({ content: FIRST_ROWS_PROBE });
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    // Interval polling: Playwright's default waits on animation frames, which the measured page needs for itself.
    await page.waitForFunction(() => (window as unknown as OpeningProbe).__firstRows !== undefined, null, {
      timeout: 60_000,
      polling: 50,
    });
    const probe = await page.evaluate(() => {
      const w = window as unknown as OpeningProbe;
      return { painted: w.__firstRows ?? NaN, presented: w.__firstRowsPresented ?? null, source: w.__firstRowsSource ?? '' };
    });
    if (probe.source !== 'element-timing') process.stdout.write(`  popup: no Element Timing entry, timed by the frame instead\n`);
    return { painted: probe.painted, presented: probe.presented };
  } catch (error) {
    process.stdout.write(`  popup did not show rows: ${firstLine(error)}\n`);
    return null;
  } finally {
    await page.close();
  }
}

type Probe = { eventAt: number; lastChange: number; painted: number; changes: number };

/** Waits until the page has been quiet for `quietMs` after the last event, then returns its latency. */
async function settle(page: Page, quietMs = 150, timeoutMs = 1500): Promise<number | null> {
  const start = Date.now();
  for (;;) {
    const probe = await page.evaluate(() => (window as unknown as { __probe?: Probe }).__probe ?? null);
    const now = await page.evaluate(() => performance.now());
    if (probe && probe.changes > 0 && probe.painted >= probe.lastChange && now - probe.lastChange > quietMs) {
      return probe.painted - probe.eventAt;
    }
    if (Date.now() - start > timeoutMs) return probe && probe.changes > 0 ? probe.painted - probe.eventAt : null;
    await sleep(20);
  }
}

export async function listPage(session: KiosqueSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  await page.addInitScript({ content: UPDATE_PROBE });
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await page.waitForFunction(() => document.querySelector('.row:not(.row--placeholder)') !== null, null, {
    timeout: 60_000,
    polling: 50,
  });
  return page;
}

export async function searchAsYouType(page: Page, queryCount: number): Promise<{ keystrokes: number[]; silent: number }> {
  const input = page.locator('input[type="search"]').first();
  const keystrokes: number[] = [];
  let silent = 0;
  for (const query of QUERIES.slice(0, queryCount)) {
    await input.fill('');
    await sleep(200);
    await input.evaluate((el) => (el as HTMLInputElement).focus());
    for (const char of query) {
      await page.keyboard.type(char);
      const latency = await settle(page);
      if (latency === null) silent += 1;
      else keystrokes.push(latency);
    }
  }
  await input.fill('');
  return { keystrokes, silent };
}

/**
 * Each edition on and off again, `rounds` times over: a p95 of ten samples
 * would be the single slowest toggle, so the default gathers thirty.
 */
export async function filterToggles(
  page: Page,
  editionIds: readonly string[],
  rounds = 3,
): Promise<{ toggles: number[]; silent: number }> {
  const select = page.locator('.filters select').first();
  const toggles: number[] = [];
  let silent = 0;
  for (let round = 0; round < rounds; round++) {
    for (const id of editionIds) {
      for (const value of [id, '*']) {
        await select.selectOption(value);
        const latency = await settle(page);
        if (latency === null) silent += 1;
        else toggles.push(latency);
      }
    }
  }
  return { toggles, silent };
}


/**
 * The first search in a freshly opened popup: a new page, its first rows on
 * screen, then `word` entered at once. Timed from the input event to the
 * end of the frame that painted the first change of the list's rows (the page may still
 * be loading its index then), not to any DOM change: the search box's own
 * status line changes sooner.
 */
export async function firstSearch(session: KiosqueSession, word: string): Promise<number | null> {
  const page = await listPage(session);
  try {
    await page.evaluate(() => {
      const w = window as unknown as { __inputAt?: number; __results?: number };
      document.addEventListener('input', (event) => (w.__inputAt = event.timeStamp), true);
      const list = document.querySelector('.vlist');
      if (!list) throw new Error('no .vlist in the popup');
      const observer = new MutationObserver(() => {
        observer.disconnect();
        // A task queued from the frame's animation callback runs once that frame is painted.
        requestAnimationFrame(() => setTimeout(() => (w.__results = performance.now()), 0));
      });
      observer.observe(list, { childList: true, subtree: true, characterData: true });
    });
    await page.locator('input[type="search"]').first().fill(word);
    await page.waitForFunction(() => (window as unknown as { __results?: number }).__results !== undefined, null, {
      timeout: 60_000,
      polling: 50,
    });
    return await page.evaluate(() => {
      const w = window as unknown as { __inputAt: number; __results: number };
      return w.__results - w.__inputAt;
    });
  } catch (error) {
    process.stdout.write(`  first search failed: ${firstLine(error)}\n`);
    return null;
  } finally {
    await page.close();
  }
}
