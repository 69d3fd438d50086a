/**
 * Extraction quality on the article-extraction benchmark: Kiosque against
 * plain @mozilla/readability 0.6, in the same run.
 *
 *   npm run bench:extract              real mode: the built extension in Chromium
 *   npm run bench:extract -- --node    fast mode: linkedom in this process
 *   options: --limit N  --only <id-prefix>  --dump <dir> (writes per-page texts)
 *            --skip <rule-id,…> (Node mode: leave rules out to measure them)
 *            --no-build (real mode: reuse .output/chrome-mv3-e2e)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { scorePage } from './aeb-metric';
import { corporaRoot, loadAeb, loadMetadataPages } from './extract-quality/corpus';
import { buildDocument, kiosqueText, plainReadabilityText } from './extract-quality/node-mode';
import { printLosses, printMetadata, printQuality, printTiming, type PageRun } from './extract-quality/report';
import { agreement, kiosqueMetadata } from './extract-quality/metadata';
import { explainLoss } from './extract-quality/explain';
import { runInBrowser } from './extract-quality/browser-mode';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
}

async function main(): Promise<void> {
  const root = corporaRoot(repoRoot);
  const only = flag('--only');
  const pages = loadAeb(root, Number(flag('--limit') ?? Infinity)).filter((p) => !only || p.id.startsWith(only));
  const dump = flag('--dump');
  if (dump) mkdirSync(dump, { recursive: true });
  const node = args.includes('--node');
  const skip = new Set((flag('--skip') ?? '').split(',').filter(Boolean));

  const texts = node
    ? pages.map((p) => {
        let doc: Document;
        try {
          doc = buildDocument(p.html);
        } catch (error) {
          console.error(`${p.id}: DOM construction failed: ${String(error)}`);
          return { id: p.id, plain: '', kiosque: '', plainMs: NaN, kiosqueMs: NaN, hooksMs: NaN };
        }
        const [plain, plainMs] = timed(() => plainReadabilityText(doc));
        const [kiosque, kiosqueMs] = timed(() => kiosqueText(doc, new URL(p.url), skip));
        // The cleanup path alone (clone, hooks, Readability, text), without metadata and sanitiser.
        const [, hooksMs] = timed(() => kiosqueText(doc, new URL(p.url), skip, true));
        return { id: p.id, plain, kiosque, plainMs, kiosqueMs, hooksMs };
      })
    : await runInBrowser(repoRoot, pages, !args.includes('--no-build'));

  const runs: PageRun[] = pages.map((p, i) => {
    const t = texts[i];
    if (!t || t.id !== p.id) throw new Error(`result order mismatch at ${p.id}`);
    if (dump) {
      writeFileSync(path.join(dump, `${p.id}.plain.txt`), t.plain);
      writeFileSync(path.join(dump, `${p.id}.kiosque.txt`), t.kiosque);
      writeFileSync(path.join(dump, `${p.id}.truth.txt`), p.truth);
    }
    const run: PageRun = {
      id: p.id,
      url: p.url,
      baseline: scorePage(p.truth, t.plain),
      kiosque: scorePage(p.truth, t.kiosque),
      baselineMs: t.plainMs,
      kiosqueMs: t.kiosqueMs,
      ...('hooksMs' in t && typeof t.hooksMs === 'number' ? { hooksMs: t.hooksMs } : {}),
    };
    if (run.kiosque.f1 - run.baseline.f1 < -0.05) run.note = explainLoss(p.truth, t.plain, t.kiosque);
    return run;
  });

  const where = node ? 'Node + linkedom' : 'Chromium';
  // In Chromium both run in one page load, plain Readability second, where the
  // patterns it shares with Kiosque's copy are already compiled: a by-product
  // of the scoring, not the timing comparison, which npm run bench makes with
  // each extractor in a fresh renderer.
  const timingWhere = node ? where : `${where}; plain Readability second in the same page, so warmer; see npm run bench`;
  printQuality(runs, `Kiosque (${where})`, `plain Readability 0.6 (${node ? 'linkedom' : 'Chromium'}, textContent)`);
  printLosses(runs);
  printTiming(runs, timingWhere);
  if (!only) printMetadata(agreement(loadMetadataPages(root), kiosqueMetadata), 'Kiosque (extractArticle, Node)');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
