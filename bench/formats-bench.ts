/**
 * Import/export figures: time and peak memory for importing 10,000 Pocket
 * CSV rows (target ≤ 5 s), exporting 10,000 articles to Kiosque JSON and
 * 100 to EPUB. Each line is compared with a naive baseline in the same run.
 * The last section runs the same work through storage (Dexie over
 * fake-indexeddb): import with merge, tagging and the one-transaction
 * write; export reading rows and bodies a chunk at a time.
 * Run: node --expose-gc --import tsx bench/formats-bench.ts [--browser]
 */
import 'fake-indexeddb/auto';
import { JSDOM } from 'jsdom';
import type { DomEnv } from '../core/formats/dom-env';
import { exportEpub } from '../core/formats/epub';
import { exportKiosqueJson } from '../core/formats/kiosque-json';
import { importFile } from '../core/formats/import-file';
import type { LibraryArticle } from '../core/formats/types';
import { THEME_IDS } from '../core/model';
import { KiosqueDb } from '../lib/db/schema';
import { createTransferServices } from '../lib/transfer/services';

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

let peak = 0;
const sample = (): void => {
  const used = process.memoryUsage().heapUsed;
  if (used > peak) peak = used;
};

async function measure<T>(label: string, run: () => Promise<T> | T): Promise<T> {
  gc?.();
  const before = process.memoryUsage().heapUsed;
  peak = before;
  const started = performance.now();
  const result = await run();
  sample();
  const ms = performance.now() - started;
  console.log(`${label.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms   peak heap +${mb(peak - before)}`);
  return result;
}

function article(i: number, paragraphs: number): LibraryArticle {
  const html = Array.from({ length: paragraphs }, (_, p) => `<p>Paragraphe ${p} de l'article ${i} : Madrid, métro &amp; loyers — «&nbsp;texte&nbsp;» 🚇.</p>`).join('');
  return {
    id: `id-${i}`, url: `https://lepetitjournal.com/madrid/article-${i}`, pageUrl: `https://lepetitjournal.com/madrid/article-${i}`,
    kind: 'article', title: `Article ${i} : la vie à Madrid`, siteName: 'lepetitjournal.com', byline: 'Marie Dupont',
    authors: ['Marie Dupont'], excerpt: 'Un résumé.', leadImage: null, lang: 'fr', dir: 'ltr', section: null, keywords: [],
    publishedAt: '2024-04-02T08:00:00.000Z', modifiedAt: null, savedAt: 1712050000000 + i, updatedAt: 1712050000000 + i,
    status: i % 3 === 0 ? 'archived' : 'unread', favourite: i % 7 === 0,
    edition: { id: i % 2 ? 'madrid' : 'lisbonne', label: { en: i % 2 ? 'Madrid' : 'Lisbon', fr: i % 2 ? 'Madrid' : 'Lisbonne' }, country: 'ES', kind: 'city', source: 'site', confidence: 1 },
    themes: [{ id: THEME_IDS[i % THEME_IDS.length]!, source: 'model', confidence: 0.7 }], editionId: i % 2 ? 'madrid' : 'lisbonne',
    themeIds: [THEME_IDS[i % THEME_IDS.length]!], labels: ['à lire'], notes: '', progress: 0, wordCount: paragraphs * 14,
    readingMinutes: 1, html, text: html.replace(/<[^>]+>/g, ' '), highlights: [],
  };
}

async function main(): Promise<void> {
  const { window } = new JSDOM('');
  const parser = new window.DOMParser();
  const dom: DomEnv = { parseHtml: (h) => parser.parseFromString(h, 'text/html') as unknown as Document, window: window as unknown as DomEnv['window'] };
  const now = () => Date.UTC(2026, 10, 27);

  // 1. Pocket CSV import.
  let csv = 'title,url,time_added,cursor,tags,status\n';
  for (let i = 0; i < 10_000; i++) {
    csv += `"Titre, numéro ${i} ""cité""",https://www.elpais.com/madrid/${i}.html?utm_source=pocket,${1700000000 + i},c${i},madrid|vivienda,${i % 2 ? 'unread' : 'archive'}\n`;
  }
  const bytes = new TextEncoder().encode(csv);
  console.log(`Pocket CSV: 10,000 rows, ${mb(bytes.length)}`);
  await measure('baseline: split lines and commas', () => csv.split('\n').map((l) => l.split(',')).length);
  const imported = await measure('import 10,000 Pocket CSV rows', () => importFile(bytes, { dom, now }));
  console.log(`  → ${imported.report.added} added, ${imported.report.failed.length} failed`);

  // 2. Kiosque JSON export of 10,000 full articles (~8 KB of HTML each), streamed.
  const library = Array.from({ length: 10_000 }, (_, i) => article(i, 60));
  async function* stream(): AsyncGenerator<LibraryArticle> {
    for (const a of library) yield a;
  }
  await measure('baseline: JSON.stringify(all articles)', () => JSON.stringify(library).length);
  const written = await measure('export 10,000 articles to Kiosque JSON', async () => {
    let total = 0;
    for await (const chunk of exportKiosqueJson(stream(), [], now)) {
      total += chunk.length;
      if (total % 64 === 0) sample();
    }
    return total;
  });
  console.log(`  → ${mb(written)} of JSON, streamed`);

  // 3. EPUB export of 100 articles.
  const hundred = library.slice(0, 100);
  const epubBytes = await measure('export 100 articles to EPUB', async () => {
    let total = 0;
    for await (const chunk of exportEpub(hundred, { title: 'Bench', locale: 'fr', now }, dom)) {
      total += chunk.length;
      sample();
    }
    return total;
  });
  console.log(`  → ${mb(epubBytes)} EPUB`);
  // XHTML conversion needs no sanitiser, so a faster parser fits it (the browser's is native).
  const { parseHTML } = await import('linkedom');
  const fast: DomEnv = { ...dom, parseHtml: (h) => parseHTML(`<html><body>${h}</body></html>`).document as unknown as Document };
  await measure('export 100 articles to EPUB (linkedom parse)', async () => {
    for await (const _chunk of exportEpub(hundred, { title: 'Bench', locale: 'fr', now }, fast)) sample();
  });

  // 4. A 50 MB Pocket CSV (long titles): the size cap is 64 MB, the time should stay linear.
  const title = 'Madrid : loyers, métro et vie quotidienne des expatriés — '.repeat(8);
  const rows: string[] = ['title,url,time_added,tags,status'];
  for (let i = 0; rows.length < 110_000; i++) rows.push(`"${title}${i}",https://lepetitjournal.com/madrid/${i},${1700000000 + i},madrid,unread`);
  const big = new TextEncoder().encode(rows.join('\n'));
  const result = await measure(`import a ${mb(big.length)} Pocket CSV`, () => importFile(big, { dom, now }));
  console.log(`  → ${result.report.added} added`);

  await throughStorage(csv, library, dom, now);
  if (process.argv.includes('--browser')) await inBrowser(csv, library, now);
}

async function throughStorage(csv: string, library: LibraryArticle[], dom: DomEnv, now: () => number): Promise<void> {
  console.log('Through storage (Dexie on fake-indexeddb; a browser\'s IndexedDB differs in speed):');
  let ids = 0;
  const open = (name: string) => {
    const db = new KiosqueDb(name);
    return { db, transfer: createTransferServices({ db: () => db, now, newId: () => `n${++ids}`, dom: () => dom, locale: () => 'fr' }) };
  };
  const empty = open('bench-import');
  const outcome = await measure('importData: 10,000 Pocket rows into storage', () => empty.transfer.importData(csv));
  console.log(`  → ${outcome.added} added, ${outcome.linkIds.length} links queued, ${await empty.db.articles.count()} rows stored`);
  const again = await measure('importData: the same file again (all merge)', () => empty.transfer.importData(csv));
  console.log(`  → ${again.added} added, ${again.skipped} skipped`);

  const full = open('bench-export');
  await full.db.transaction('rw', full.db.articles, full.db.bodies, async () => {
    for (let i = 0; i < library.length; i += 1000) {
      const slice = library.slice(i, i + 1000);
      await full.db.articles.bulkPut(slice.map(({ html: _h, text: _t, highlights: _hl, ...row }) => row));
      await full.db.bodies.bulkPut(slice.map((a) => ({ id: a.id, html: a.html, text: a.text, places: [] })));
    }
  });
  const timer = setInterval(sample, 20);
  const json = await measure('exportData: 10,000 stored articles to Kiosque JSON', () => full.transfer.exportData('kiosque-json'));
  console.log(`  → ${mb(json.size)} Blob`);
  const firstHundred = library.slice(0, 100).map((a) => a.id);
  const epub = await measure('exportData: 100 stored articles to EPUB', () =>
    full.transfer.exportData('epub', { kind: 'ids', ids: firstHundred }),
  );
  console.log(`  → ${mb(epub.size)} Blob`);
  clearInterval(timer);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

/**
 * `--browser`: the same storage figures in Chromium's own IndexedDB (the e2e
 * build; KIOSQUE_OUTPUT_DIR as for the e2e tests). Pocket import and JSON
 * export run in the service worker; EPUB, which needs a DOM, from the options page.
 */
async function inBrowser(csv: string, library: LibraryArticle[], now: () => number): Promise<void> {
  const { writeFile, mkdtemp, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  // The first hundred carry a word no other article has, so a query selects exactly them for the EPUB.
  const marked = library.map((a, i) => (i < 100 ? { ...a, title: `${a.title} (centaine)` } : a));
  async function* rows(): AsyncGenerator<LibraryArticle> {
    for (const a of marked) yield a;
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'kiosque-bench-'));
  const backupFile = path.join(dir, 'kiosque-backup.json');
  const parts: string[] = [];
  for await (const chunk of exportKiosqueJson(rows(), [], now)) parts.push(chunk);
  await writeFile(backupFile, parts.join(''));
  parts.length = 0;
  const { launchKiosque } = await import('../tests/e2e/support/launch.ts');
  const session = await launchKiosque({ build: 'e2e' });
  try {
    const timeIn = async (label: string, run: () => Promise<string>): Promise<void> => {
      const started = performance.now();
      const detail = await run();
      console.log(`${label.padEnd(44)} ${(performance.now() - started).toFixed(0).padStart(6)} ms   ${detail}`);
    };
    type Api = { importData(i: string): Promise<{ added: number }>; exportData(f: string): Promise<Blob> };
    const worker = session.worker;
    await timeIn('Chromium: importData 10,000 Pocket rows (worker)', () =>
      worker.evaluate(async (text) => {
        const api = (globalThis as unknown as { kiosque: Api }).kiosque;
        return `${(await api.importData(text)).added} added`;
      }, csv),
    );
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    // Handing a 100 MB file to the page through the automation protocol is itself a long task of the
    // page's (the file picker does not do that): the file is set first, and the clock starts at the click.
    await page.setInputFiles('input[type=file]', backupFile);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // Long tasks: how long the page could not answer a click or paint its progress.
    await page.evaluate(() => {
      const seen: number[] = [];
      (globalThis as unknown as { longTasks: number[] }).longTasks = seen;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) seen.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    await timeIn('Chromium: import a 10,000-article backup (page)', async () => {
      await page.click('section[aria-labelledby=import-heading] button[type=submit]');
      const report = page.locator('[data-testid=import-report]').first();
      await report.waitFor({ timeout: 600_000 });
      return ((await report.textContent()) ?? '').replace(/\s+/g, ' ').slice(0, 80);
    });
    const longTasks = await page.evaluate(() => (globalThis as unknown as { longTasks: number[] }).longTasks);
    console.log(
      `  → page long tasks during the import: ${longTasks.length}, longest ${Math.max(0, ...longTasks).toFixed(0)} ms, ` +
        `total ${longTasks.reduce((a, b) => a + b, 0).toFixed(0)} ms`,
    );
    const memory = () => worker.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
    const before = await memory();
    await timeIn('Chromium: exportData 20,000 articles to JSON (worker)', () =>
      worker.evaluate(async () => {
        const api = (globalThis as unknown as { kiosque: Api }).kiosque;
        const blob = await api.exportData('kiosque-json');
        return `${(blob.size / 1024 / 1024).toFixed(1)} MB Blob`;
      }),
    );
    console.log(`  → worker JS heap after export: +${mb((await memory()) - before)} (the Blob itself lives in the browser's blob store)`);
    await page.goto(`chrome-extension://${session.extensionId}/options.html?query=centaine`);
    await page.selectOption('select[name=format]', 'epub');
    await timeIn('Chromium: export 100 articles to EPUB (page)', async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 600_000 }),
        page.click('section[aria-labelledby=export-heading] button[type=submit]'),
      ]);
      return download.suggestedFilename();
    });
  } finally {
    await session.close();
    await rm(dir, { recursive: true, force: true });
  }
}
