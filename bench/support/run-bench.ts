import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import path from 'node:path';
import { activeTabId, launchKiosque, repoRoot, serveFixtures } from '../../tests/e2e/support/index.ts';
import {
  timeKiosque,
  timePackagedReadability,
  timeReadability,
  type KiosqueTiming,
  type PackagedReadabilityTiming,
  type ReadabilityTiming,
} from '../extract-timing.ts';
import { timeSaveToListed, type SaveLatency } from '../save-latency.ts';
import { loadAebPages } from './aeb-pages.ts';
import { medianRun, ratioInterval, summarize, type Summary } from './stats.ts';
import { table } from './text-table.ts';

export interface BenchOptions {
  limit: number;
  /** Fresh loads of each page per extractor; each page counts with the median of its runs. */
  rounds: number;
  log: (line: string) => void;
}

interface PageRun {
  url: string;
  kiosque: KiosqueTiming;
  /** Plain Readability injected from a file into the isolated world, as the extractor is. */
  packaged: PackagedReadabilityTiming;
  /** Plain Readability evaluated in the page's own world. */
  readability: ReadabilityTiming;
  save: SaveLatency;
}

type Contender = 'kiosque' | 'packaged' | 'readability';
const CONTENDERS: readonly Contender[] = ['kiosque', 'packaged', 'readability'];

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
    /**
     * Loads the page in a tab of its own and runs `measure` there. Reloading
     * a page in the same tab keeps its renderer process, and with it the
     * patterns and code a previous run compiled: a third load there ran the
     * extractor in 27 ms where the first took 47 (12 pages). A new tab starts
     * a new process, as when a reader clips a page once.
     */
    async function inFreshTab<T>(url: string, first: boolean, measure: (page: Page, tabId: number) => Promise<T>): Promise<T> {
      const page = await session.context.newPage();
      try {
        const tabId = await activeTabId(session.worker, page);
        // The DOM is what gets measured; a page whose load event never comes
        // (a frame waiting on the blocked network) is measured after 5 s anyway.
        await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 20_000 });
        await page.waitForLoadState('load', { timeout: 5_000 }).catch(() => {
          if (first) options.log(`  no load event after 5 s, measuring anyway: ${url}`);
        });
        return await measure(page, tabId);
      } finally {
        await page.close();
      }
    }
    const runs: PageRun[] = [];
    for (const [i, corpusPage] of pages.entries()) {
      server.add([corpusPage]);
      // A page's time moves by several milliseconds from one load to the
      // next, and a p95 over 181 pages rests on its slowest nine: each page
      // is loaded `rounds` times per extractor and counts with its median.
      // The order turns so that no extractor always goes first.
      const kiosque: KiosqueTiming[] = [];
      const packaged: PackagedReadabilityTiming[] = [];
      const readability: ReadabilityTiming[] = [];
      for (let round = 0; round < options.rounds; round++) {
        for (let j = 0; j < CONTENDERS.length; j++) {
          const contender = CONTENDERS[(i + j + round) % CONTENDERS.length]!;
          await inFreshTab(corpusPage.url, round === 0 && j === 0, async (page, tabId) => {
            if (contender === 'kiosque') kiosque.push(await timeKiosque(session.worker, tabId));
            else if (contender === 'packaged') packaged.push(await timePackagedReadability(session.worker, tabId));
            else readability.push(await timeReadability(page));
          });
        }
      }
      const save = await inFreshTab(corpusPage.url, false, (_page, tabId) => timeSaveToListed(session.worker, tabId));
      runs.push({
        url: corpusPage.url,
        kiosque: medianRun(kiosque, (run) => run.inPageMs ?? NaN),
        packaged: medianRun(packaged, (run) => run.ms),
        readability: medianRun(readability, (run) => run.ms),
        save,
      });
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
  log(
    `Kiosque benchmark: aeb corpus in real Chromium (e2e build), ${Number.isFinite(options.limit) ? options.limit : 'all'} pages, ` +
      `${options.rounds} fresh load${options.rounds === 1 ? '' : 's'} of each page per extractor (median per page)`,
  );
  const runs = await measureCorpus(options);

  const okAll = runs.filter((r) => r.kiosque.ok && r.kiosque.inPageMs !== null && r.readability.ok && r.packaged.ok);
  const kiosqueInPage = summarize(okAll.map((r) => r.kiosque.inPageMs ?? NaN));
  const packagedInPage = summarize(okAll.map((r) => r.packaged.ms));
  const readability = summarize(okAll.map((r) => r.readability.ms));
  const kiosqueWall = summarize(okAll.map((r) => r.kiosque.wallMs));
  const packagedWall = summarize(okAll.map((r) => r.packaged.wallMs));
  const saves = summarize(runs.filter((r) => r.save.ok).map((r) => r.save.ms));
  type Run = (typeof okAll)[number];
  const ratio = (a: Summary, b: Summary, timeA: (r: Run) => number, timeB: (r: Run) => number): string => {
    const spread = ratioInterval(okAll.map((r) => [timeA(r), timeB(r)] as const), 95);
    return (
      `p50 ${(a.p50 / b.p50).toFixed(2)}×, p95 ${(a.p95 / b.p95).toFixed(2)}× ` +
      `(${spread.low.toFixed(2)}–${spread.high.toFixed(2)}× on pages redrawn), max ${(a.max / b.max).toFixed(2)}×`
    );
  };
  const kiosqueMs = (r: Run) => r.kiosque.inPageMs ?? NaN;

  log(`\nExtraction time per page (${okAll.length} pages where all three returned an article; each run in a new tab, so a fresh renderer)`);
  log(
    table(
      ['', 'n', 'p50 ms', 'p95 ms', 'max ms'],
      [
        row('Kiosque extractor, in page', kiosqueInPage),
        row('Readability 0.6 injected as a file, in page', packagedInPage),
        row('Readability 0.6 in the page world, in page', readability),
        row('Kiosque executeScript round trip', kiosqueWall),
        row('Readability file executeScript round trip', packagedWall),
      ],
    ),
  );
  log(`In page: from the script's first statement to its result, its modules' set-up included, once the script is compiled`);
  log(`(both files carry the same compile hint). Round trip: from executeScript to the result in the service worker.`);
  log(`Ratio Kiosque / Readability injected as a file, in page: ${ratio(kiosqueInPage, packagedInPage, kiosqueMs, (r) => r.packaged.ms)}`);
  log(`Ratio Kiosque / Readability in the page world, in page: ${ratio(kiosqueInPage, readability, kiosqueMs, (r) => r.readability.ms)}`);
  log(`Ratio Kiosque / Readability file, round trip: ${ratio(kiosqueWall, packagedWall, (r) => r.kiosque.wallMs, (r) => r.packaged.wallMs)}`);
  log(
    `In brackets: where 95% of the p95 ratios fall when the same number of pages is drawn again, with replacement, ` +
      `from these pages 2,000 times; a p95 rests on the slowest few pages.`,
  );
  log(`Kiosque extraction failures: ${failures(runs, (r) => r.kiosque.errorCode)}`);
  log(
    `Readability returned nothing on ${runs.filter((r) => !r.packaged.ok).length} (injected) and ` +
      `${runs.filter((r) => !r.readability.ok).length} (page world) of ${runs.length} pages`,
  );

  log(`\nSave to listed (kiosque.saveTab until the row is in listArticles(); list grows to ${saves.n} rows)`);
  log(table(['', 'n', 'p50 ms', 'p95 ms', 'max ms'], [row('save → listed', saves)]));
  log(`Save failures: ${failures(runs, (r) => r.save.errorCode)}`);

  await tagging(log);
  log(`\nTotal ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
