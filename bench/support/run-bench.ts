import { existsSync } from 'node:fs';
import path from 'node:path';
import { activeTabId, launchKiosque, repoRoot, serveFixtures } from '../../tests/e2e/support/index.ts';
import { timeKiosque, timeReadability, type KiosqueTiming, type ReadabilityTiming } from '../extract-timing.ts';
import { timeSaveToListed, type SaveLatency } from '../save-latency.ts';
import { loadAebPages } from './aeb-pages.ts';
import { summarize, type Summary } from './stats.ts';
import { table } from './text-table.ts';

export interface BenchOptions {
  limit: number;
  log: (line: string) => void;
}

interface PageRun {
  url: string;
  kiosque: KiosqueTiming;
  readability: ReadabilityTiming;
  save: SaveLatency;
}

function row(label: string, s: Summary): (string | number)[] {
  return [label, s.n, s.p50, s.p95, s.max];
}

function failures(runs: PageRun[], pick: (run: PageRun) => string | null): string {
  const counts = new Map<string, number>();
  for (const run of runs) {
    const code = pick(run);
    if (code !== null) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts].map(([code, n]) => `${n} × ${code.slice(0, 80)}`).join('; ') || 'none';
}

async function measureCorpus(options: BenchOptions): Promise<PageRun[]> {
  const pages = loadAebPages(options.limit);
  const session = await launchKiosque({ build: 'e2e' });
  try {
    const server = await serveFixtures(session.context, []);
    const page = await session.context.newPage();
    const tabId = await activeTabId(session.worker, page);
    const runs: PageRun[] = [];
    for (const [i, corpusPage] of pages.entries()) {
      server.add([corpusPage]);
      // The DOM is what gets measured; a page whose load event never comes
      // (a frame waiting on the blocked network) is measured after 5 s anyway.
      await page.goto(corpusPage.url, { waitUntil: 'domcontentloaded', timeout: 20_000 });
      await page.waitForLoadState('load', { timeout: 5_000 }).catch(() => {
        options.log(`  no load event after 5 s, measuring anyway: ${corpusPage.url}`);
      });
      // Alternate the order so neither side always runs on a warmer page.
      let kiosque: KiosqueTiming;
      let readability: ReadabilityTiming;
      if (i % 2 === 0) {
        kiosque = await timeKiosque(session.worker, tabId);
        readability = await timeReadability(page);
      } else {
        readability = await timeReadability(page);
        kiosque = await timeKiosque(session.worker, tabId);
      }
      const save = await timeSaveToListed(session.worker, tabId);
      runs.push({ url: corpusPage.url, kiosque, readability, save });
      server.remove(corpusPage.url);
      if ((i + 1) % 20 === 0) options.log(`  ${i + 1}/${pages.length} pages`);
    }
    return runs;
  } finally {
    await session.close();
  }
}

interface TaggingFigures {
  p50: number;
  p95: number;
  max: number;
  loadMs: number;
  n: number;
}

async function tagging(log: (line: string) => void): Promise<void> {
  const file = path.join(repoRoot, 'bench/tagging-bench.ts');
  if (!existsSync(file)) {
    log('\nTagging: bench/tagging-bench.ts not present, skipped.');
    return;
  }
  const mod = (await import(file)) as { benchTagging?: () => Promise<TaggingFigures> | TaggingFigures };
  if (typeof mod.benchTagging !== 'function') throw new Error('bench/tagging-bench.ts does not export benchTagging()');
  const figures = await mod.benchTagging();
  log(`\nTagging (bench/tagging-bench.ts, ${figures.n} articles, model load ${figures.loadMs.toFixed(1)} ms)`);
  log(table(['', 'n', 'p50 ms', 'p95 ms', 'max ms'], [['tag one article', figures.n, figures.p50, figures.p95, figures.max]]));
}

export async function runBench(options: BenchOptions): Promise<void> {
  const { log } = options;
  const started = Date.now();
  log(`Kiosque benchmark: aeb corpus in real Chromium (e2e build), ${Number.isFinite(options.limit) ? options.limit : 'all'} pages`);
  const runs = await measureCorpus(options);

  const okBoth = runs.filter((r) => r.kiosque.ok && r.kiosque.inPageMs !== null && r.readability.ok);
  const kiosqueInPage = summarize(okBoth.map((r) => r.kiosque.inPageMs ?? NaN));
  const readability = summarize(okBoth.map((r) => r.readability.ms));
  const wall = summarize(runs.filter((r) => r.kiosque.ok).map((r) => r.kiosque.wallMs));
  const saves = summarize(runs.filter((r) => r.save.ok).map((r) => r.save.ms));

  log(`\nExtraction time per page (${okBoth.length} pages where both returned an article)`);
  log(
    table(
      ['', 'n', 'p50 ms', 'p95 ms', 'max ms'],
      [
        row('Kiosque extractor, in page', kiosqueInPage),
        row('Readability 0.6 alone, in page', readability),
        row('Kiosque executeScript round trip', wall),
      ],
    ),
  );
  log(
    `Ratio Kiosque / Readability: p50 ${(kiosqueInPage.p50 / readability.p50).toFixed(2)}×, ` +
      `p95 ${(kiosqueInPage.p95 / readability.p95).toFixed(2)}×, max ${(kiosqueInPage.max / readability.max).toFixed(2)}×`,
  );
  log(`Kiosque extraction failures: ${failures(runs, (r) => r.kiosque.errorCode)}`);
  log(`Readability returned nothing on ${runs.filter((r) => !r.readability.ok).length} of ${runs.length} pages`);

  log(`\nSave to listed (kiosque.saveTab until the row is in listArticles(); list grows to ${saves.n} rows)`);
  log(table(['', 'n', 'p50 ms', 'p95 ms', 'max ms'], [row('save → listed', saves)]));
  log(`Save failures: ${failures(runs, (r) => r.save.errorCode)}`);

  await tagging(log);
  log(`\nTotal ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
