/**
 * The fetch queue in the built extension: links imported from a Pocket
 * export are downloaded by the service worker, read by the extractor in the
 * offscreen document and become articles; failures keep their reason; a
 * queue left half-done by a closed browser finishes after relaunch.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Route } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { FetchStatus } from '../../lib/api-types.ts';
import { callKiosque, launchKiosque, loadFixture, type FixturePage, type KiosqueSession } from './support/index.ts';

const sessions: KiosqueSession[] = [];
const profiles: string[] = [];

afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close();
  for (const dir of profiles.splice(0)) await rm(dir, { recursive: true, force: true, maxRetries: 5 });
});

function pageKey(url: string): string {
  const parsed = new URL(url);
  return `${parsed.host}${parsed.pathname}`;
}

/**
 * Answers the worker's fetch() for the fixture pages (any resource type: the
 * shared serveFixtures answers documents only) and 404 for the rest of those
 * hosts. Returns the log of requests, with the time each was made.
 */
async function servePages(context: BrowserContext, pages: FixturePage[]): Promise<Array<{ url: string; at: number }>> {
  const byKey = new Map(pages.map((page) => [pageKey(page.url), page.html]));
  const hosts = new Set(pages.map((page) => new URL(page.url).host));
  const log: Array<{ url: string; at: number }> = [];
  await context.route('**/*', async (route: Route) => {
    const url = route.request().url();
    if (!url.startsWith('http') || !hosts.has(new URL(url).host)) {
      await route.fallback();
      return;
    }
    log.push({ url, at: Date.now() });
    const html = byKey.get(pageKey(url));
    if (html === undefined) await route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>Not found</h1>' });
    else await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
  return log;
}

function pocketCsv(rows: Array<{ url: string; title: string; status?: 'unread' | 'archive' }>): string {
  const lines = rows.map((row, i) => `"${row.title}",${row.url},${1_700_000_000 + i},expat|madrid,${row.status ?? 'unread'}`);
  return ['title,url,time_added,tags,status', ...lines].join('\n');
}

interface LocalSite {
  origin: string;
  urlOf(page: FixturePage): string;
  /** When each page request arrived. */
  log: number[];
  close(): Promise<void>;
}

/** Serves fixture pages at http://127.0.0.1:<port>/<slug>. */
async function localSite(pages: FixturePage[]): Promise<LocalSite> {
  const bySlug = new Map(pages.map((page) => [`/${page.slug}`, page.html]));
  const log: number[] = [];
  const server = createServer((request, response) => {
    const html = bySlug.get(request.url ?? '');
    if (html !== undefined) log.push(Date.now());
    response.writeHead(html === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html ?? 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    urlOf: (page) => `${origin}/${page.slug}`,
    log,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** launchKiosque blocks the network; let requests to the local site through. */
async function passThrough(context: BrowserContext, origin: string): Promise<void> {
  await context.route(`${origin}/**`, (route) => route.continue());
}

async function waitForQueue(session: KiosqueSession, done: (status: FetchStatus) => boolean, timeoutMs = 90_000): Promise<FetchStatus> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await callKiosque(session.worker, 'fetchStatus');
    if (done(status)) return status;
    if (Date.now() > deadline) throw new Error(`fetch queue stuck: ${JSON.stringify(status)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const settled = (status: FetchStatus) => status.queued === 0 && status.running === 0;

async function importLinks(session: KiosqueSession, csv: string): Promise<string[]> {
  const outcome = await callKiosque(session.worker, 'importData', csv, 'pocket-csv');
  expect(outcome.linkIds.length).toBeGreaterThan(0);
  return outcome.linkIds;
}

async function newProfile(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kiosque-fetch-'));
  profiles.push(dir);
  return dir;
}

describe('fetching imported links', () => {
  it('turns links into articles with the extractor, keeps reading state, and lists failures with their reason', async () => {
    const rentCap = loadFixture('thelocal-es-rent-cap');
    const zbe = loadFixture('elpais-madrid-jsonld');
    const front = loadFixture('lepetitjournal-madrid-front');
    const missing = 'https://www.thelocal.es/20230101/no-such-article';
    const session = await launchKiosque({ build: 'e2e', userDataDir: await newProfile() });
    sessions.push(session);
    const requests = await servePages(session.context, [rentCap, zbe, front]);

    const ids = await importLinks(
      session,
      pocketCsv([
        { url: rentCap.url, title: 'rent cap', status: 'archive' },
        { url: zbe.url, title: 'zbe' },
        { url: front.url, title: 'front page' },
        { url: missing, title: 'gone' },
      ]),
    );
    expect(ids).toHaveLength(4);
    expect(await callKiosque(session.worker, 'fetchLinks', ids)).toEqual({ queued: 4 });

    const status = await waitForQueue(session, settled);
    expect(status).toMatchObject({ done: 2, failed: 2 });
    const reasons = Object.fromEntries(status.failures.map((failure) => [pageKey(failure.url), failure]));
    expect(reasons[pageKey(missing)]).toMatchObject({ reason: 'http-error', detail: expect.stringContaining('404') });
    expect(reasons[pageKey(front.url)], JSON.stringify(status.failures)).toMatchObject({ reason: 'too-short' });

    const articles = await callKiosque(session.worker, 'listArticles');
    const byPage = new Map(articles.map((row) => [pageKey(row.pageUrl), row]));
    const local = byPage.get(pageKey(rentCap.url));
    expect(local).toMatchObject({ kind: 'article', title: rentCap.expected.title, status: 'archived' });
    const full = await callKiosque(session.worker, 'getArticle', local!.id);
    expect(full.wordCount).toBeGreaterThan(150);
    expect(full.text).toMatch(/rent/i);
    expect(byPage.get(pageKey(zbe.url))).toMatchObject({ kind: 'article', title: zbe.expected.title, lang: 'es' });
    expect(byPage.get(pageKey(front.url))?.kind).toBe('link');
    expect(byPage.get(pageKey(missing))?.kind).toBe('link');
    // Two hosts, each asked once per page: the 404 is final, not retried.
    expect(requests.filter((r) => pageKey(r.url) === pageKey(missing))).toHaveLength(1);
  });

  it('resumes a queue left half-done when the browser closed, without being asked again', async () => {
    const pages = ['lepetitjournal-madrid-restrictions', 'lepetitjournal-expat-mag-retraite', 'lepetitjournal-dakar-agenda-concert'].map(
      loadFixture,
    );
    // A real local server rather than Playwright routes: the relaunched worker resumes
    // as soon as it starts, before a test could install a route.
    const site = await localSite(pages);
    try {
      const profile = await newProfile();
      const first = await launchKiosque({ build: 'e2e', userDataDir: profile });
      sessions.push(first);
      await passThrough(first.context, site.origin);
      const ids = await importLinks(first, pocketCsv(pages.map((page, i) => ({ url: site.urlOf(page), title: `lien ${i}` }))));
      await callKiosque(first.worker, 'fetchLinks', ids);
      // One host, one request every two seconds: close as soon as the first page is in.
      const midway = await waitForQueue(first, (status) => status.done >= 1);
      expect(midway.queued + midway.running).toBeGreaterThan(0);
      await first.close();
      sessions.splice(sessions.indexOf(first), 1);
      const beforeRelaunch = site.log.length;

      const second = await launchKiosque({ build: 'e2e', userDataDir: profile });
      sessions.push(second);
      await passThrough(second.context, site.origin);
      const status = await waitForQueue(second, (s) => settled(s) && s.done + s.failed === 3);
      expect(status).toMatchObject({ done: 3, failed: 0 });
      const resumed = site.log.slice(beforeRelaunch);
      expect(resumed.length).toBeGreaterThan(0);
      const gaps = resumed.slice(1).map((at, i) => at - resumed[i]!);
      for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(1_900);
      const rows = await callKiosque(second.worker, 'listArticles');
      expect(rows.filter((row) => ids.includes(row.id)).map((row) => row.kind)).toEqual(['article', 'article', 'article']);
    } finally {
      await site.close();
    }
  });

  it('in the production build, without the optional permission, fails each job as permission-denied and requests nothing', async () => {
    const page = loadFixture('thelocal-es-rent-cap');
    const session = await launchKiosque({ build: 'prod', userDataDir: await newProfile() });
    sessions.push(session);
    const requests = await servePages(session.context, [page]);
    const ids = await importLinks(session, pocketCsv([{ url: page.url, title: 'rent cap' }]));
    await callKiosque(session.worker, 'fetchLinks', ids);
    const status = await waitForQueue(session, settled);
    expect(status.failures).toEqual([expect.objectContaining({ id: ids[0], reason: 'permission-denied' })]);
    expect(requests).toEqual([]);
  });

  it('from the options page: the Fetch articles button queues the links and the panel shows them fetched', async () => {
    const page = loadFixture('thelocal-es-rent-cap');
    const session = await launchKiosque({ build: 'e2e', userDataDir: await newProfile() });
    sessions.push(session);
    await servePages(session.context, [page]);
    await importLinks(session, pocketCsv([{ url: page.url, title: 'rent cap' }]));

    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByRole('button', { name: 'Fetch articles' }).click();
    const counts = options.getByTestId('fetch-counts');
    await counts.filter({ hasText: '1 fetched' }).waitFor({ timeout: 60_000 });
    expect(await counts.textContent()).toBe('0 waiting, 0 in progress, 1 fetched, 0 failed');
    expect(await options.locator('progress').getAttribute('value')).toBe('1');
    const rows = await callKiosque(session.worker, 'listArticles');
    expect(rows.map((row) => row.kind)).toEqual(['article']);
  });
});
