/**
 * The reading list through storage: queryList (list table + persisted index)
 * on a KiosqueDb under fake-indexeddb in Node, beside a naive Dexie full scan
 * with String.includes. Also times a full index rebuild, in memory (one
 * indexDoc per article against the bulk builder) and through the background
 * upkeep (reading rows in batches, building, persisting).
 *
 *   node --max-old-space-size=8000 --import tsx bench/search-list-bench.ts [--sizes=10000,100000]
 *     [--queries=300] [--words=300,1500] [--incremental-max=10000]
 *
 * fake-indexeddb is far slower than a browser's IndexedDB, so the storage
 * figures are upper bounds; the in-memory figures are what the page pays.
 */
import 'fake-indexeddb/auto';
import { buildIndex, createIndex, foldText, indexDoc, toSearchDoc } from '../core/search';
import type { ListFilter } from '../core/search';
import { KiosqueDb } from '../lib/db/schema';
import { queryList } from '../lib/search/list-query';
import { startIndexMaintenance } from '../lib/search/maintenance';
import { makeLibraryArticle, typingQueries } from './search-library';

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k ?? '', v ?? ''] as const;
  }),
);
const sizes = (args.get('sizes') ?? '1000,10000').split(',').map(Number);
const queryCount = Number(args.get('queries') ?? 300);
const [minWords, maxWords] = (args.get('words') ?? '300,1500').split(',').map(Number) as [number, number];
const incrementalMax = Number(args.get('incremental-max') ?? 10_000);

async function timed<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

/** CPU time of this process (ms): on a machine shared with other jobs it says more than the wall clock. */
async function cpuTimed<T>(fn: () => Promise<T> | T): Promise<[T, number, number]> {
  const cpu = process.cpuUsage();
  const [value, wall] = await timed(fn);
  const used = process.cpuUsage(cpu);
  return [value, wall, (used.user + used.system) / 1000];
}
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function pct(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return `p50 ${at(0.5).toFixed(1)} / p95 ${at(0.95).toFixed(1)} ms`;
}

async function run(size: number): Promise<void> {
  const [articles, genMs] = await timed(() =>
    Array.from({ length: size }, (_, i) => makeLibraryArticle(i, [minWords, maxWords])),
  );
  const words = articles.reduce((n, a) => n + a.wordCount, 0);
  console.log(`\n## ${size} articles (${(words / 1e6).toFixed(1)} M body words, generated in ${(genMs / 1000).toFixed(1)} s)`);

  const docs = articles.map((a) => toSearchDoc(a));
  let incremental = 'skipped';
  if (size <= incrementalMax) {
    const [, incMs, incCpu] = await cpuTimed(() => {
      const index = createIndex();
      for (const doc of docs) indexDoc(index, doc);
    });
    incremental = `${secs(incMs)} (cpu ${secs(incCpu)})`;
  }
  // After the incremental build: both share the tokenizer's warmed word cache, so neither pays it alone.
  const [, bulkMs, bulkCpu] = await cpuTimed(() => buildIndex(docs));
  console.log(`rebuild in memory: bulk ${secs(bulkMs)} (cpu ${secs(bulkCpu)}) | one indexDoc per article ${incremental}`);

  const db = new KiosqueDb(`bench-${size}`);
  const [, seedMs] = await timed(async () => {
    for (let i = 0; i < articles.length; i += 2000) {
      const slice = articles.slice(i, i + 2000);
      await db.transaction('rw', db.articles, db.bodies, async () => {
        await db.articles.bulkPut(slice.map(({ html: _h, text: _t, ...row }) => row));
        await db.bodies.bulkPut(slice.map((a) => ({ id: a.id, html: a.html, text: a.text, places: [] })));
      });
    }
  });
  const [, rebuildMs, rebuildCpu] = await cpuTimed(async () => {
    const upkeep = startIndexMaintenance(db, { debounceMs: 60_000, onError: (e) => console.error(e) });
    await upkeep.ready;
    upkeep.stop();
  });
  const stored = await db.searchIndex.toArray();
  const bytes = stored.reduce((n, row) => {
    const data = row.data as { data?: Uint8Array; terms?: string[] };
    return n + (data.data?.byteLength ?? 0) + (data.terms?.reduce((m, t) => m + t.length + 1, 0) ?? 0);
  }, 0);
  console.log(
    `storage: seeded in ${(seedMs / 1000).toFixed(1)} s | rebuild through upkeep ${secs(rebuildMs)} (cpu ${secs(rebuildCpu)}; read, build, persist) | index ${(bytes / 1e6).toFixed(1)} MB in ${stored.length} rows`,
  );

  // A new page: its own connection, list table and index copy.
  const page = new KiosqueDb(db.name);
  const [first, openMs] = await timed(() => queryList(page, { limit: 50 }));
  const [, firstSearchMs] = await timed(() => queryList(page, { query: 'ciudad', limit: 50 }));
  console.log(
    `page open: first window ${openMs.toFixed(0)} ms (${first.total} rows, list table load) | first search ${firstSearchMs.toFixed(0)} ms (index load)`,
  );

  const queries = typingQueries(articles, queryCount);
  const plain: number[] = [];
  for (const query of queries) plain.push((await timed(() => queryList(page, { query, limit: 50 })))[1]);
  const filtered: number[] = [];
  const filter: ListFilter = { editionIds: ['madrid'], statuses: ['unread'] };
  for (const query of queries) filtered.push((await timed(() => queryList(page, { query, filter, limit: 50 })))[1]);
  const toggles: ListFilter[] = [
    {},
    { editionIds: ['madrid'] },
    { editionIds: ['madrid'], themeIds: ['politics'] },
    { statuses: ['unread'] },
    { favourite: true },
    { sites: ['elpais.com'], statuses: ['read', 'archived'] },
  ];
  const toggleTimes: number[] = [];
  for (let i = 0; i < 60; i++) {
    const f = toggles[i % toggles.length] ?? {};
    toggleTimes.push((await timed(() => queryList(page, { filter: f, sort: i % 2 ? 'publishedAt' : 'savedAt', limit: 50 })))[1]);
  }
  console.log(`queryList search as you type ${pct(plain)} | with facets ${pct(filtered)} | filter toggle ${pct(toggleTimes)}`);

  // Naive baseline: read every row and body, fold, String.includes.
  const naive: number[] = [];
  for (const query of queries.slice(0, size >= 100_000 ? 10 : 30)) {
    naive.push(
      (
        await timed(async () => {
          const needle = foldText(query);
          const [rows, bodies] = await Promise.all([page.articles.toArray(), page.bodies.toArray()]);
          const text = new Map(bodies.map((b) => [b.id, b.text]));
          return rows.filter((r) => foldText(`${r.title} ${r.byline ?? ''} ${r.excerpt ?? ''} ${text.get(r.id) ?? ''}`).includes(needle)).slice(0, 50);
        })
      )[1],
    );
  }
  console.log(`naive Dexie scan + includes ${pct(naive)} (${naive.length} queries)`);
  page.close();
  db.close();
}

console.log(`# list query benchmark — Node ${process.version}, fake-indexeddb`);
for (const size of sizes) await run(size);
