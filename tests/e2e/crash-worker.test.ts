/**
 * The service worker killed in the middle of a save, through the DevTools
 * protocol (ServiceWorker.stopAllWorkers, what the "stop" link in
 * chrome://serviceworker-internals does). A large page makes each save take
 * long enough to be cut at different points: during extraction, while the
 * result crosses back, during the write. Whatever the moment, the store must
 * hold the whole article or nothing, never a row without its body, and the
 * next save after the restart must work.
 */
import type { CDPSession, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attemptKiosque, callKiosque, hugeArticle, launchKiosque, openPopup, plainArticle, serveFixtures, tabIdFor, waitForKiosque, type KiosqueSession } from './support/index.ts';

const PAGE_MB = 1;
/** Fractions of a full save's duration at which the worker is stopped. */
const CUTS = [0.2, 0.5, 0.8, 0.9, 1, 1.1, 1.3];

let session: KiosqueSession;
let cdp: CDPSession;
let worker: Worker;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Keys of both tables, read with plain IndexedDB so nothing in Kiosque can paper over a half-written row. */
async function storeKeys(w: Worker): Promise<{ articles: string[]; bodies: string[]; urls: string[] }> {
  return w.evaluate(async () => {
    // Opening must not create the database when Kiosque has not yet: abort that upgrade.
    const db = await new Promise<IDBDatabase | null>((resolve, reject) => {
      const request = indexedDB.open('kiosque');
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => (request.error?.name === 'AbortError' ? resolve(null) : reject(request.error));
    });
    if (db === null) return { articles: [], bodies: [], urls: [] };
    const read = <T>(store: string, get: (os: IDBObjectStore) => IDBRequest) =>
      new Promise<T>((resolve, reject) => {
        const request = get(db.transaction(store).objectStore(store));
        request.onsuccess = () => resolve(request.result as T);
        request.onerror = () => reject(request.error);
      });
    const rows = await read<Array<{ id: string; pageUrl: string }>>('articles', (os) => os.getAll());
    const bodies = await read<string[]>('bodies', (os) => os.getAllKeys());
    db.close();
    return { articles: rows.map((r) => r.id).sort(), bodies: [...bodies].sort(), urls: rows.map((r) => r.pageUrl) };
  });
}

let running = '';
/** Resolves when DevTools reports Kiosque's worker in `state`. */
async function workerState(state: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (running !== state) {
    if (Date.now() > deadline) throw new Error(`the worker did not reach ${state} (last: ${running || 'none'})`);
    await sleep(20);
  }
}

/**
 * Stops the worker and starts it again. Playwright keeps the same Worker
 * object across the restart (the target id survives), but a call pending in
 * the stopped worker never answers, so callers race it with a timeout.
 */
async function markWorker(): Promise<void> {
  await worker.evaluate(() => {
    (globalThis as { crashMarker?: boolean }).crashMarker = true;
  });
}

async function restartWorker(): Promise<void> {
  await cdp.send('ServiceWorker.stopAllWorkers');
  await workerState('stopped');
  await cdp.send('ServiceWorker.startWorker', { scopeURL: `chrome-extension://${session.extensionId}/` });
  await workerState('running');
  await waitForKiosque(worker);
  // A fresh global scope: the background really ran again from the start.
  expect(await worker.evaluate(() => (globalThis as { crashMarker?: boolean }).crashMarker ?? false)).toBe(false);
}

beforeAll(async () => {
  session = await launchKiosque({ build: 'e2e' });
  worker = session.worker;
  // DevTools' ServiceWorker domain lives on a page of the same origin as the worker.
  const host = await session.context.newPage();
  await host.goto(`chrome-extension://${session.extensionId}/reader.html`);
  cdp = await session.context.newCDPSession(host);
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    const ours = event.versions.find((v) => v.scriptURL.startsWith(`chrome-extension://${session.extensionId}/`));
    if (ours) running = ours.runningStatus;
  });
  await cdp.send('ServiceWorker.enable');
  await workerState('running');
});

afterAll(async () => {
  await session?.close();
});

describe('service worker stopped mid-save', () => {
  it('stores each interrupted save whole or not at all, and the next save works', async () => {
    const urls = ['warm-up', ...CUTS.map((_, i) => `cut-${i}`)].map((slug) => `https://big.example.org/2026/11/${slug}`);
    await serveFixtures(session.context, urls.map((url) => ({ url, html: hugeArticle(`Big page ${url.split('/').pop()}`, PAGE_MB) })));

    // A full save first, twice (the first one also opens the database), to time it.
    const warm = await session.context.newPage();
    await warm.goto(urls[0]!);
    const warmTab = await tabIdFor(worker, urls[0]!);
    await callKiosque(worker, 'saveTab', warmTab);
    const started = Date.now();
    await callKiosque(worker, 'saveTab', warmTab);
    const fullSave = Date.now() - started;
    expect(fullSave).toBeGreaterThan(50);

    const outcomes: string[] = [];
    for (const [i, cut] of CUTS.entries()) {
      const url = urls[i + 1]!;
      const tab = await session.context.newPage();
      await tab.goto(url);
      const tabId = await tabIdFor(worker, url);
      await markWorker();
      const saving = attemptKiosque(worker, 'saveTab', tabId).then(
        (outcome) => (outcome.ok ? 'saved' : `failed: ${outcome.error.code}`),
        () => 'cut',
      );
      await sleep(Math.round(cut * fullSave));
      await restartWorker();
      const reported = await Promise.race([saving, sleep(2_000).then(() => 'cut')]);

      const keys = await storeKeys(worker);
      // The invariant: rows and bodies pair up exactly.
      expect(keys.bodies).toEqual(keys.articles);
      const stored = keys.urls.includes(url);
      if (reported === 'saved') expect(stored).toBe(true);
      outcomes.push(`${cut}: ${reported}, ${stored ? 'stored' : 'absent'}`);
      if (stored) {
        const row = (await callKiosque(worker, 'listArticles')).find((r) => r.pageUrl === url)!;
        const article = await callKiosque(worker, 'getArticle', row.id);
        // Whole: the extractor's text from the first paragraph on (it caps very long pages at its documented limit).
        expect(article.text.startsWith('1. The regional government')).toBe(true);
        expect(article.text.length).toBeGreaterThan(PAGE_MB * 500_000);
        expect(article.title).toBe(`Big page cut-${i}`);
      }
      await tab.close();
    }
    console.log(`full save ${fullSave} ms; ${outcomes.join('; ')}`);
    // The cuts really interrupted something: at least one save never reached the store.
    expect(outcomes.some((o) => o.endsWith('absent'))).toBe(true);

    // After the last restart, a new save works and the popup lists only whole articles.
    const after = 'https://news.example.org/2026/11/after-the-crash';
    await serveFixtures(session.context, [{ url: after, html: plainArticle('After the crash') }]);
    const page = await session.context.newPage();
    await page.goto(after);
    const saved = await callKiosque(worker, 'saveTab', await tabIdFor(worker, after));
    expect(saved.title).toBe('After the crash');
    const keys = await storeKeys(worker);
    expect(keys.bodies).toEqual(keys.articles);
    const popup = await openPopup(session.context, session.extensionId);
    await popup.waitForFunction((n) => document.querySelectorAll('.row').length === n, keys.articles.length, { timeout: 15_000 });
  }, 300_000);
  it('a worker stopped between the row write and the body write of one transaction leaves nothing', async () => {
    const url = 'https://news.example.org/2026/11/stalled-write';
    await serveFixtures(session.context, [{ url, html: plainArticle('Stalled write') }]);
    const tab = await session.context.newPage();
    await tab.goto(url);
    const tabId = await tabIdFor(worker, url);
    const before = await storeKeys(worker);
    // saveExtracted awaits the row's put, then puts the body in the same transaction: the body
    // write blocks the worker's thread for 20 s, so the row is written but not committed.
    await worker.evaluate(() => {
      const proto = IDBObjectStore.prototype;
      const put = proto.put;
      proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (this.name === 'bodies') {
          const end = Date.now() + 20_000;
          while (Date.now() < end) {
            // busy: the transaction cannot commit while this task runs
          }
        }
        return put.apply(this, args);
      };
    });
    await markWorker();
    const saving = attemptKiosque(worker, 'saveTab', tabId).then(
      (outcome) => (outcome.ok ? 'saved' : `failed: ${outcome.error.code}`),
      () => 'cut',
    );
    // The worker stops answering once it is inside the stalled write.
    const deadline = Date.now() + 15_000;
    for (;;) {
      const answer = await Promise.race([worker.evaluate(() => 'free'), sleep(300).then(() => 'busy')]);
      if (answer === 'busy') break;
      if (Date.now() > deadline) throw new Error('the save never reached its body write');
      await sleep(50);
    }
    const stoppedAt = Date.now();
    await restartWorker();
    expect(Date.now() - stoppedAt).toBeLessThan(15_000); // killed, not waited out
    expect(await Promise.race([saving, sleep(1_000).then(() => 'cut')])).toBe('cut');
    const after = await storeKeys(worker);
    expect(after).toEqual(before);
    expect((await callKiosque(worker, 'listArticles')).some((row) => row.pageUrl === url)).toBe(false);
    // Saving the same tab again after the restart stores it whole.
    const saved = await callKiosque(worker, 'saveTab', tabId);
    expect((await callKiosque(worker, 'getArticle', saved.id)).text).toContain('The regional government approved');
    const keys = await storeKeys(worker);
    expect(keys.bodies).toEqual(keys.articles);
  });
});
