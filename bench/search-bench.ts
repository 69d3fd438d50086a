/**
 * Search design benchmark: the core/search inverted index against MiniSearch,
 * a model of a Dexie multi-entry `*tokens` index, and a naive full scan with
 * String.includes over folded text, on the same synthetic library.
 *
 *   node --max-old-space-size=12000 --expose-gc --import tsx bench/search-bench.ts [--max=100000]
 *     [--sizes=1000,10000,100000] [--queries=300] [--minisearch-max=100000]
 *
 * Articles are fr/en/es/de, 300–1500 words drawn from a Zipf distribution
 * over a per-language vocabulary (real common words plus generated words
 * with the language's accents), so term statistics look like news text.
 */
import MiniSearch from 'minisearch';
import type { ArticleSummary } from '../core/model';
import {
  compileFilter,
  createIndex,
  deserialise,
  foldText,
  indexDoc,
  scanSearch,
  search,
  serialise,
  tokenize,
  toSearchDoc,
  type SearchDoc,
} from '../core/search/index';
import { between, makeLibraryArticle, pickFrom as pick } from './search-library';

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k ?? '', v ?? ''] as const;
  }),
);
const num = (name: string, fallback: number) => (args.has(name) ? Number(args.get(name)) : fallback);
const max = num('max', 100_000);
const sizes = (args.get('sizes') ?? '1000,10000,100000').split(',').map(Number).filter((n) => n <= max);
const queryCount = num('queries', 300);
const minisearchMax = num('minisearch-max', 10_000);
// The token-row model holds one JS pair per (article, token): ~8 GB at 100k.
const dexieMax = num('dexie-max', 10_000);

// The same seeded fr/en/es/de library as the list benchmark (bench/search-library.ts).
function makeArticle(i: number): { doc: SearchDoc; summary: ArticleSummary } {
  const article = makeLibraryArticle(i);
  return { doc: toSearchDoc(article), summary: article };
}

/** As-you-type queries: each prefix (1–12 chars) of one or two words from a random article. */
function makeQueries(docs: SearchDoc[]): string[] {
  const queries: string[] = [];
  while (queries.length < queryCount) {
    const words = (pick(docs).text.match(/\p{L}{4,}/gu) ?? []).slice(0, 400);
    if (words.length === 0) continue;
    const target = between(0, 1) === 0 ? pick(words) : `${pick(words)} ${pick(words)}`;
    for (let n = 1; n <= Math.min(12, target.length) && queries.length < queryCount; n++) {
      queries.push(target.slice(0, n));
    }
  }
  return queries;
}

const gc = (globalThis as { gc?: () => void }).gc;
function heapMb(): number {
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}
function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const value = fn();
  return [value, performance.now() - t];
}
function percentiles(samples: number[]): string {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => (s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0).toFixed(2);
  return `p50 ${at(0.5)} / p95 ${at(0.95)} ms`;
}
function latencies(queries: string[], run: (q: string) => unknown): string {
  const byLength: Record<string, number[]> = { '1-2': [], '3-5': [], '6-12': [], all: [] };
  for (const q of queries) {
    const [, ms] = time(() => run(q));
    const bucket = q.length <= 2 ? '1-2' : q.length <= 5 ? '3-5' : '6-12';
    byLength[bucket]?.push(ms);
    byLength.all?.push(ms);
  }
  return Object.entries(byLength)
    .map(([k, v]) => `${k}: ${percentiles(v)}`)
    .join(' | ');
}
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** Dexie `*tokens` model: one row per article with its distinct tokens; the
 * multi-entry index is a sorted (token, id) list that a prefix query scans. */
function dexieModel(docs: SearchDoc[]) {
  const pairs: Array<[string, number]> = [];
  let rowBytes = 0;
  docs.forEach((doc, n) => {
    const tokens = new Set(tokenize([doc.title, doc.byline, doc.siteName, doc.excerpt, doc.text].join(' ')));
    for (const t of tokens) {
      pairs.push([t, n]);
      rowBytes += 2 * t.length + 8; // the row's array and the index entry each hold the key
    }
  });
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  const keys = pairs.map((p) => p[0]);
  const query = (q: string): number[] => {
    let result: Set<number> | undefined;
    for (const term of new Set(tokenize(q))) {
      const ids = new Set<number>();
      let lo = 0;
      let hi = keys.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((keys[mid] as string) < term) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < keys.length && (keys[i] as string).startsWith(term); i++) ids.add((pairs[i] as [string, number])[1]);
      const previous: Set<number> | undefined = result;
      result = previous === undefined ? ids : new Set([...previous].filter((id) => ids.has(id)));
    }
    return [...(result ?? [])].slice(0, 50);
  };
  return { query, rowBytes: rowBytes * 2 };
}

function runSize(size: number, all: Array<{ doc: SearchDoc; summary: ArticleSummary }>) {
  const docs = all.slice(0, size).map((a) => a.doc);
  const summaries = new Map(all.slice(0, size).map((a) => [a.summary.id, a.summary]));
  const queries = makeQueries(docs);
  const words = docs.reduce((n, d) => n + d.text.split(' ').length, 0);
  console.log(`\n## ${size} articles (${(words / 1e6).toFixed(1)} M body words), ${queries.length} queries`);

  // Naive baseline: fold every document once, then String.includes per query word.
  const [folded, foldMs] = time(() =>
    docs.map((d) => foldText([d.title, d.byline, d.siteName, d.excerpt, d.text].join(' '))),
  );
  const naive = (q: string) => {
    const parts = foldText(q).split(/\s+/).filter(Boolean);
    const out: number[] = [];
    folded.forEach((text, n) => {
      if (parts.every((p) => text.includes(p))) out.push(n);
    });
    return out;
  };
  // The scan costs ~1 s a query at 100k; a sample keeps the run to minutes.
  const naiveQueries = queries.slice(0, Math.max(30, Math.round((queries.length * 10_000) / Math.max(size, 10_000))));
  console.log(`naive includes   build ${foldMs.toFixed(0)} ms | ${latencies(naiveQueries, naive)} (${naiveQueries.length} queries)`);

  const heap = heapMb();
  const [index, buildMs] = time(() => {
    const idx = createIndex();
    for (const d of docs) indexDoc(idx, d);
    return idx;
  });
  const indexHeap = heapMb() - heap;
  const [data, serMs] = time(() => serialise(index));
  const bytes =
    data.chunks.reduce((n, c) => n + c.data.length + c.terms.reduce((m, t) => m + t.length + 1, 0), 0) +
    data.ids.reduce((n, id) => n + id.length + 1, 0) +
    data.lengths.byteLength;
  const [clone, cloneMs] = time(() => structuredClone(data));
  const [loaded, loadMs] = time(() => deserialise(clone, { expectedDocCount: size }));
  if (!loaded.ok) throw new Error(`reload failed: ${loaded.message}`);
  const run = (q: string) => search(loaded.index, q, { limit: 50 });
  run('warm');
  console.log(
    `core/search      build ${buildMs.toFixed(0)} ms | heap +${indexHeap.toFixed(0)} MB | serialised ${mb(bytes)} in ${data.chunks.length} chunks (${serMs.toFixed(0)} ms) | clone ${cloneMs.toFixed(0)} ms + load ${loadMs.toFixed(0)} ms`,
  );
  console.log(`core/search      ${latencies(queries, run)}`);

  const filter = compileFilter({ editionIds: ['madrid'], statuses: ['unread'], favourite: false });
  const rows = [...summaries.values()];
  const [kept, filterMs] = time(() => rows.filter(filter).length);
  const accept = (id: string) => filter(summaries.get(id) as ArticleSummary);
  console.log(`filter           all rows ${filterMs.toFixed(1)} ms (${kept} kept) | search+filter ${latencies(queries, (q) => search(loaded.index, q, { accept }))}`);

  if (size <= 1000) {
    const few = queries.slice(0, 24);
    console.log(`scanSearch       ${latencies(few, (q) => scanSearch(docs, q))} (fallback while rebuilding)`);
  }

  if (size <= dexieMax) runDexieModel(docs, queries);
  if (size <= minisearchMax) runMiniSearch(docs, queries);
}

function runDexieModel(docs: SearchDoc[], queries: string[]) {
  const heap = heapMb();
  const [dexie, dexieMs] = time(() => dexieModel(docs));
  console.log(`dexie *tokens    build ${dexieMs.toFixed(0)} ms | heap +${(heapMb() - heap).toFixed(0)} MB | stored ~${mb(dexie.rowBytes)} | ${latencies(queries, dexie.query)} (in memory: a lower bound for IndexedDB)`);

}

function runMiniSearch(docs: SearchDoc[], queries: string[]) {
  {
    const heap = heapMb();
    const [mini, miniMs] = time(() => {
      const m = new MiniSearch<SearchDoc>({
        fields: ['title', 'byline', 'siteName', 'excerpt', 'text'],
        processTerm: (term) => foldText(term),
        searchOptions: { prefix: true, combineWith: 'AND', boost: { title: 5, byline: 3, siteName: 3, excerpt: 2 } },
      });
      m.addAll(docs);
      return m;
    });
    const miniHeap = heapMb() - heap;
    const [json, jsonMs] = time(() => JSON.stringify(mini));
    const [, miniLoadMs] = time(() => MiniSearch.loadJSON<SearchDoc>(structuredClone(json), { fields: ['title', 'byline', 'siteName', 'excerpt', 'text'], processTerm: (t) => foldText(t) }));
    console.log(`minisearch 7.2   build ${miniMs.toFixed(0)} ms | heap +${miniHeap.toFixed(0)} MB | JSON ${mb(json.length)} (${jsonMs.toFixed(0)} ms) | clone + load ${miniLoadMs.toFixed(0)} ms`);
    console.log(`minisearch 7.2   ${latencies(queries, (q) => mini.search(q).slice(0, 50))}`);
  }
}

const [library, genMs] = time(() => Array.from({ length: Math.max(...sizes) }, (_, i) => makeArticle(i)));
console.log(`# core/search benchmark — Node ${process.version}, generated ${library.length} articles in ${(genMs / 1000).toFixed(1)} s`);
for (const size of sizes) runSize(size, library);
