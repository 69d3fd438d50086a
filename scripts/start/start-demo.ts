import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import {
  attemptKiosque,
  callKiosque,
  launchKiosque,
  openPopup,
  serveFixtures,
  tabIdFor,
  testResultsDir,
} from '../../tests/e2e/support/index.ts';
import { readingListTable } from './reading-list.ts';
import { loadSamples } from './samples.ts';

export interface StartOptions {
  /** A window for the reader when a display exists; headless otherwise (CI, SSH). */
  headed: boolean;
  log: (line: string) => void;
}

/**
 * Closing the last window does not always end Chromium (the extension's
 * service worker can keep it alive), so the last open tab closing counts too.
 */
function untilWindowsClosed(context: BrowserContext): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (context.pages().length === 0) resolve();
    };
    context.once('close', () => resolve());
    for (const page of context.pages()) page.once('close', check);
    context.on('page', (page) => page.once('close', check));
  });
}

export const screenshotPath = path.join(testResultsDir, 'start-popup.png');

/**
 * Loads the built extension in Chromium, clips the bundled samples through
 * the real extension (the same saveTab the toolbar button calls), prints the
 * reading list and photographs the popup.
 */
export async function startDemo({ headed, log }: StartOptions): Promise<void> {
  const samples = loadSamples();
  // The e2e build: clipping from a script cannot grant activeTab, a click can.
  const session = await launchKiosque({ build: 'e2e', headless: !headed });
  let keepOpen = false;
  try {
    await serveFixtures(session.context, samples);
    log(`Kiosque ${session.extensionId} loaded in Chromium (${headed ? 'window' : 'headless'}).`);
    let failed = 0;
    for (const sample of samples) {
      const page = await session.context.newPage();
      await page.goto(sample.url);
      const outcome = await attemptKiosque(session.worker, 'saveTab', await tabIdFor(session.worker, sample.url));
      if (outcome.ok) {
        log(`  saved  ${sample.url}`);
      } else {
        failed += 1;
        log(`  FAILED ${sample.url}: ${outcome.error.code ?? outcome.error.name}: ${outcome.error.message}`);
      }
      if (!headed) await page.close();
    }

    const rows = await callKiosque(session.worker, 'listArticles');
    log(`\nReading list (${rows.length} articles)\n${readingListTable(rows)}\n`);

    const popup = await openPopup(session.context, session.extensionId);
    const firstTitle = rows[0]?.title;
    if (firstTitle) {
      await popup.waitForFunction((title) => document.body.innerText.includes(title), firstTitle, { timeout: 10_000 });
    }
    await mkdir(testResultsDir, { recursive: true });
    await popup.screenshot({ path: screenshotPath });
    log(`Popup screenshot: ${screenshotPath}`);
    if (failed > 0) throw new Error(`${failed} of ${samples.length} sample pages could not be saved`);

    if (headed) {
      keepOpen = true;
      log('The browser stays open with the samples and the popup; close its window to exit.');
      log('It is offline: only the bundled sample pages are served.');
      await untilWindowsClosed(session.context);
    }
  } finally {
    await session.close();
    if (keepOpen) log('Browser closed.');
  }
}
