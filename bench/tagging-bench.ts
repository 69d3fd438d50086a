/**
 * Tagging speed over the aeb corpus (181 real news pages): each page is
 * extracted once (not timed), then tagArticle is timed per article. The
 * gazetteer's one-time load is timed on its own and reported as loadMs
 * (a cold load: it is the first call into the gazetteer in this process).
 * Baseline in the same run: the site rule alone (the cheapest possible
 * tagger), so the cost of the gazetteer and lexicon scans is visible.
 * Run: npx tsx bench/tagging-bench.ts
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../core/extract/index';
import { isKiosqueError } from '../core/errors';
import type { ExtractedArticle } from '../core/model';
import { tagArticle } from '../core/tagging/index';
import { loadGazetteer } from '../core/tagging/gazetteer/index';
import { siteRuleFor } from '../core/tagging/sites/registry';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const aeb = path.resolve(repoRoot, '../shared/corpora/aeb');
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: Window } };

export interface TaggingFigures {
  p50: number;
  p95: number;
  max: number;
  loadMs: number;
  n: number;
}

function loadArticles(): ExtractedArticle[] {
  const sanitizerWindow = new JSDOM('').window;
  const truth = JSON.parse(readFileSync(path.join(aeb, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
  const out: ExtractedArticle[] = [];
  for (const [id, { url }] of Object.entries(truth)) {
    const html = gunzipSync(readFileSync(path.join(aeb, 'html', `${id}.html.gz`))).toString('utf8');
    try {
      const doc = parseHTML(html).document as unknown as Document;
      out.push(extractArticle(doc, url, { sanitizerWindow, now: new Date('2026-11-27T00:00:00Z') }));
    } catch (error) {
      if (!isKiosqueError(error)) throw error;
      console.error(`${url}: ${error.code}`);
    }
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/**
 * Per article, the median of three timed passes after one untimed warm-up
 * pass (the corpus README's method), so that JIT compilation and garbage
 * collection do not land on whichever page happens to come first.
 */
function time(articles: ExtractedArticle[], fn: (a: ExtractedArticle) => unknown): number[] {
  for (const a of articles) fn(a);
  const passes: number[][] = [[], [], []];
  for (const pass of passes) {
    for (const a of articles) {
      const started = performance.now();
      fn(a);
      pass.push(performance.now() - started);
    }
  }
  return articles.map((_, i) => passes.map((p) => p[i] ?? 0).sort((x, y) => x - y)[1] ?? 0).sort((x, y) => x - y);
}

export async function benchTagging(articles: ExtractedArticle[] = loadArticles()): Promise<TaggingFigures> {
  const started = performance.now();
  loadGazetteer();
  const loadMs = performance.now() - started;
  const times = time(articles, (a) => tagArticle(a));
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), max: times[times.length - 1] ?? 0, loadMs, n: times.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const articles = loadArticles();
  const baseline = time(articles, (a) => {
    const url = new URL(a.url);
    return siteRuleFor(url)?.edition(url, { section: a.section, keywords: a.keywords, lang: a.lang });
  });
  const figures = await benchTagging(articles);
  const f = (x: number) => x.toFixed(2);
  console.log(`aeb corpus, ${figures.n} articles; gazetteer load ${f(figures.loadMs)} ms (once)`);
  console.log(`tagArticle      p50 ${f(figures.p50)} ms  p95 ${f(figures.p95)} ms  max ${f(figures.max)} ms`);
  console.log(`site rule only  p50 ${f(percentile(baseline, 0.5))} ms  p95 ${f(percentile(baseline, 0.95))} ms (baseline)`);
  const tagged = articles.map((a) => tagArticle(a));
  const withEdition = tagged.filter((t) => t.edition);
  console.log(`editions given: ${withEdition.length}/${tagged.length}; themes given: ${tagged.filter((t) => t.themes.length).length}/${tagged.length}`);
  if (process.env.SHOW_EDITIONS) {
    articles.forEach((a, i) => {
      const e = tagged[i]?.edition;
      if (e) console.log(`  ${e.id} (${e.source} ${e.confidence}) ← ${a.title.slice(0, 90)} | ${a.url}`);
    });
  }
}
