/**
 * An upgrade in a real profile, the way an update happens. Chromium derives
 * an unpacked extension's id from its folder, so a stand-in for the released
 * version is installed from a folder first: it writes the reading list that
 * version 2 kept (tests/fixtures/db/v2-library.json) with Dexie itself and the
 * schema version 2 declared. The browser is closed, the folder's contents
 * replaced by the current build, and the browser started again on the same
 * profile: same id, same origin, same database. Every article, body, tag,
 * status, note and correction must come back as it was, answer the new
 * indexes, and accept new writes.
 */
import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../core/model.ts';
import { blockNetwork, callKiosque, extensionArgs, findChromium, loadFixture, openPopup, repoRoot, requireBuild, serveFixtures, tabIdFor, waitForKiosque } from './support/index.ts';

interface Library {
  schema: Record<string, Record<string, string>>;
  articles: ArticleSummary[];
  bodies: Array<{ id: string; html: string; text: string; places: string[] }>;
  corrections: Array<{ seq: number; articleId: string }>;
  model: Array<{ id: string }>;
}

const library = JSON.parse(readFileSync(path.join(repoRoot, 'tests/fixtures/db/v2-library.json'), 'utf8')) as Library;
const dexieSource = readFileSync(path.join(repoRoot, 'node_modules/dexie/dist/dexie.min.js'), 'utf8');

/**
 * Runs in the service worker: loads Dexie as a CommonJS module inside a
 * function (so it leaves no global behind) and writes the library at version 2.
 */
function seedScript(): string {
  return `(async () => {
  const module = { exports: {} };
  const exports = module.exports;
  ${dexieSource}
  const Dexie = module.exports.Dexie || module.exports;
  const lib = ${JSON.stringify(library)};
  const db = new Dexie('kiosque');
  db.version(1).stores(lib.schema['1']);
  db.version(2).stores(lib.schema['2']);
  await db.open();
  await db.transaction('rw', db.tables, async () => {
    await db.table('articles').bulkAdd(lib.articles);
    await db.table('bodies').bulkAdd(lib.bodies);
    await db.table('corrections').bulkAdd(lib.corrections);
    await db.table('model').bulkAdd(lib.model);
  });
  const result = { verno: db.verno, stores: db.tables.map((t) => t.name).sort() };
  db.close();
  return result;
})()`;
}

interface Running {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
}

/** Chromium with one unpacked extension from `extensionDir`, offline, as launchKiosque starts it. */
async function launchAt(userDataDir: string, extensionDir: string, script: string): Promise<Running> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless: true,
    executablePath: findChromium(),
    args: extensionArgs(extensionDir),
  });
  try {
    await context.route('**/*', blockNetwork);
    const ours = (w: Worker) => w.url().startsWith('chrome-extension://') && w.url().endsWith(`/${script}`);
    const worker = context.serviceWorkers().find(ours) ?? (await context.waitForEvent('serviceworker', { predicate: ours, timeout: 15_000 }));
    return { context, worker, extensionId: new URL(worker.url()).host };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/**
 * The released version's stand-in: an extension that does nothing until the
 * test writes its database. Its worker has its own file name: Chromium keeps
 * a cached worker script across a restart when the name is unchanged.
 */
async function writeStandIn(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(
    path.join(dir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'Kiosque 0.0.2 (schema version 2)', version: '0.0.2', background: { service_worker: 'stand-in.js' } }),
  );
  await writeFile(path.join(dir, 'stand-in.js'), '// The database is written from the test, with the released schema.\n');
}

/** Reads the database on disk with plain IndexedDB: version, stores, and what each index answers. */
async function inspect(session: Running) {
  return session.worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('kiosque');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
      request.onupgradeneeded = () => reject(new Error('the database did not exist'));
    });
    const all = (store: string, index?: string, query?: IDBValidKey) =>
      new Promise<unknown[]>((resolve, reject) => {
        const os = db.transaction(store).objectStore(store);
        const request = (index ? os.index(index) : os).getAll(query);
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error);
      });
    const ids = (rows: unknown[]) => rows.map((row) => (row as { id: string }).id);
    const out = {
      version: db.version,
      stores: [...db.objectStoreNames].sort(),
      corrections: await all('corrections'),
      model: await all('model'),
      byPublished: ids(await all('articles', 'publishedAt')),
      bySite: ids(await all('articles', 'siteName', 'lepetitjournal.com')),
      byTheme: ids(await all('articles', 'themeIds', 'politics')),
      byEdition: ids(await all('articles', 'editionId', 'madrid')),
      byStatus: ids(await all('articles', 'status', 'archived')),
      indexes: [...db.transaction('articles').objectStore('articles').indexNames].sort(),
    };
    db.close();
    return out;
  });
}

let root: string;
let session: Running | undefined;
let firstId: string;
const byId = new Map(library.articles.map((a) => [a.id, a]));

beforeAll(async () => {
  const build = requireBuild('e2e');
  root = await mkdtemp(path.join(os.tmpdir(), 'kiosque-upgrade-'));
  const profile = path.join(root, 'profile');
  const extensionDir = path.join(root, 'extension');
  await writeStandIn(extensionDir);
  const older = await launchAt(profile, extensionDir, 'stand-in.js');
  try {
    firstId = older.extensionId;
    const seeded = (await older.worker.evaluate(seedScript())) as { verno: number; stores: string[] };
    expect(seeded).toEqual({ verno: 2, stores: ['articles', 'bodies', 'corrections', 'model'] });
    const onDisk = await older.worker.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'kiosque')?.version);
    expect(onDisk).toBe(20); // Dexie stores version n as 10n
  } finally {
    await older.context.close();
  }
  // The update: same folder, new contents.
  await rm(extensionDir, { recursive: true, force: true });
  await cp(build, extensionDir, { recursive: true });
  session = await launchAt(profile, extensionDir, 'background.js');
  await waitForKiosque(session.worker);
});

afterAll(async () => {
  await session?.context.close();
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

describe('upgrading a version 2 profile to the current build', () => {
  it('keeps the extension id, so the same database is reopened', () => {
    expect(session?.extensionId).toBe(firstId);
  });

  it('lists every article with every field, tag, status, star, note, label and progress unchanged', async () => {
    const rows = await callKiosque(session!.worker, 'listArticles');
    expect(rows).toHaveLength(library.articles.length);
    for (const row of rows) expect(row).toEqual(byId.get(row.id));
    // Newest save first, as before the upgrade.
    expect(rows.map((r) => r.id)).toEqual([...library.articles].sort((a, b) => b.savedAt - a.savedAt).map((a) => a.id));
  });

  it('returns every body unchanged', async () => {
    for (const body of library.bodies) {
      const article = await callKiosque(session!.worker, 'getArticle', body.id);
      expect(article.html).toBe(body.html);
      expect(article.text).toBe(body.text);
    }
  });

  it('is at version 3 on disk with the corrections log and theme model intact, and the new indexes answer for old rows', async () => {
    const disk = await inspect(session!);
    expect(disk.version).toBe(30);
    expect(disk.stores).toEqual(['articles', 'bodies', 'collections', 'corrections', 'fetchJobs', 'indexLog', 'model', 'searchIndex']);
    expect(disk.corrections).toEqual(library.corrections);
    expect(disk.model).toEqual(library.model);
    expect(disk.indexes).toEqual(['collectionIds', 'editionId', 'publishedAt', 'savedAt', 'siteName', 'status', 'themeIds', 'url']);
    const expectIds = (pred: (a: ArticleSummary) => boolean) => library.articles.filter(pred).map((a) => a.id).sort();
    expect([...disk.byPublished].sort()).toEqual(expectIds((a) => a.publishedAt !== null));
    expect(disk.bySite.sort()).toEqual(expectIds((a) => a.siteName === 'lepetitjournal.com'));
    expect(disk.byTheme.sort()).toEqual(expectIds((a) => a.themeIds.includes('politics')));
    expect(disk.byEdition.sort()).toEqual(expectIds((a) => a.editionId === 'madrid'));
    expect(disk.byStatus).toEqual(expectIds((a) => a.status === 'archived'));
  });

  it('the popup shows every upgraded article', async () => {
    const popup = await openPopup(session!.context, session!.extensionId);
    try {
      await popup.waitForFunction((n) => document.querySelectorAll('.row').length === n, library.articles.length, { timeout: 15_000 });
      const titles = await popup.locator('.row__title').allTextContents();
      for (const article of library.articles) expect(titles.some((t) => t.includes(article.title.slice(0, 30)))).toBe(true);
    } finally {
      await popup.close();
    }
  });

  it('accepts writes: a status change, a correction continuing the log, and a re-save that keeps the reader state', async () => {
    const worker = session!.worker;
    const archived = library.articles.find((a) => a.status === 'archived')!;
    expect((await callKiosque(worker, 'setStatus', archived.id, 'unread')).status).toBe('unread');

    const target = library.articles.find((a) => a.editionId === 'madrid' && a.themes.every((t) => t.source !== 'user'))!;
    await callKiosque(worker, 'setTags', target.id, { themes: [{ id: 'health', source: 'user', confidence: 1 }] });
    const log = (await inspect(session!)).corrections as Array<{ seq: number; articleId: string }>;
    expect(log.slice(0, library.corrections.length)).toEqual(library.corrections);
    expect(log.at(-1)).toMatchObject({ seq: library.corrections.length + 1, articleId: target.id });

    // Saving a page the old version stored updates that row instead of adding one.
    const page = loadFixture('elpais-madrid-jsonld');
    const old = library.articles.find((a) => a.pageUrl === page.url)!;
    await serveFixtures(session!.context, [{ url: page.url, html: page.html }]);
    const tab = await session!.context.newPage();
    await tab.goto(page.url);
    const saved = await callKiosque(worker, 'saveTab', await tabIdFor(worker, page.url));
    await tab.close();
    expect(saved.id).toBe(old.id);
    expect({ status: saved.status, favourite: saved.favourite, notes: saved.notes, labels: saved.labels, progress: saved.progress }).toEqual({
      status: old.status,
      favourite: old.favourite,
      notes: old.notes,
      labels: old.labels,
      progress: old.progress,
    });
    expect(await callKiosque(worker, 'listArticles')).toHaveLength(library.articles.length);
  });
});
