import { describe, expect, it } from 'vitest';
import { cancelJobs, enqueueLinks, fetchStatus } from '../../lib/fetch/job-store';
import { createFetchWorker } from '../../lib/fetch/worker';
import { fakeExtracted } from '../factories';
import { articlePage, fetchEnv, linkItem } from './support/fetch-env';

const MADRID = 'https://www.lepetitjournal.com/madrid/actualites/plan-quartiers-123';
const MADRID_2 = 'https://www.lepetitjournal.com/madrid/actualites/ecoles-456';
const MADRID_3 = 'https://www.lepetitjournal.com/madrid/actualites/metro-789';
const LOCAL = 'https://www.thelocal.es/20261120/rent-cap';

async function seedLinks(env: ReturnType<typeof fetchEnv>, urls: string[]) {
  const rows = urls.map((url) => linkItem(url));
  await env.db.articles.bulkPut(rows);
  await enqueueLinks(env.db, rows.map((row) => row.id), env.clock.now);
  return rows;
}

describe('fetch worker', () => {
  it('turns a link into the extracted, tagged article and keeps the reader state', async () => {
    const env = fetchEnv();
    const link = linkItem(MADRID, {
      status: 'read',
      favourite: true,
      labels: ['à lire'],
      notes: 'conseillé par Ana',
      progress: 0.4,
      collectionIds: ['col-1'],
      savedAt: Date.UTC(2024, 0, 2),
    });
    await env.db.articles.put(link);
    env.pages.set(MADRID, { body: articlePage('Nouveau plan pour les quartiers de Madrid') });
    await enqueueLinks(env.db, [link.id], env.clock.now);

    await env.drain();

    const row = await env.db.articles.get(link.id);
    const body = await env.db.bodies.get(link.id);
    expect(row?.kind).toBe('article');
    expect(row?.title).toBe('Nouveau plan pour les quartiers de Madrid');
    expect(row?.wordCount).toBeGreaterThan(100);
    expect(body?.text).toContain('la mairie présente son plan');
    expect(row?.editionId).toBe('madrid');
    expect(row).toMatchObject({
      status: 'read',
      favourite: true,
      labels: ['à lire'],
      notes: 'conseillé par Ana',
      progress: 0.4,
      collectionIds: ['col-1'],
      savedAt: Date.UTC(2024, 0, 2),
      url: link.url,
    });
    expect((await env.db.indexLog.toArray()).map((entry) => entry.articleId)).toEqual([link.id]);
    expect(await fetchStatus(env.db)).toEqual({ queued: 0, running: 0, done: 1, failed: 0, failures: [] });
  });

  it('waits two seconds between requests to one host, one at a time, while other hosts run in parallel', async () => {
    const env = fetchEnv({ perHostIntervalMs: 2_000, maxParallel: 3 });
    // The first request to each host waits for the other: they must be in flight together.
    const both = env.afterRequests(2);
    for (const url of [MADRID, MADRID_2, MADRID_3, LOCAL]) env.pages.set(url, { body: articlePage(`Article ${url.slice(-3)}`), until: both });
    await seedLinks(env, [MADRID, MADRID_2, MADRID_3, LOCAL]);
    const start = env.clock.now;

    await env.drain();

    const madrid = env.requests.filter((r) => r.url.includes('lepetitjournal')).map((r) => r.at - start);
    const local = env.requests.filter((r) => r.url.includes('thelocal')).map((r) => r.at - start);
    expect(madrid).toEqual([0, 2_000, 4_000]);
    expect(local).toEqual([0]);
    expect(env.maxInFlight()).toEqual({ perHost: 1, total: 2 });
    expect((await fetchStatus(env.db)).done).toBe(4);
  });

  it('never runs more hosts at once than maxParallel', async () => {
    const env = fetchEnv({ maxParallel: 2 });
    const urls = ['https://a.example/1', 'https://b.example/1', 'https://c.example/1', 'https://d.example/1'];
    // Every response waits until two requests are out: a worker starting more would show a peak above two.
    const two = env.afterRequests(2);
    for (const url of urls) env.pages.set(url, { body: articlePage(`Titre ${url}`), until: two });
    await seedLinks(env, urls);
    await env.drain();
    expect(env.maxInFlight().total).toBe(2);
    expect(env.requests).toHaveLength(4);
  });

  it('resumes after a restart: a job left running goes back to the queue and completes', async () => {
    const env = fetchEnv();
    const [first, second] = await seedLinks(env, [MADRID, LOCAL]);
    env.pages.set(MADRID, { body: articlePage('Premier article de Madrid') });
    env.pages.set(LOCAL, { body: articlePage('Rent cap in Spain explained for newcomers', 'en') });
    // As a browser closed mid-request leaves it: one job running, one still queued.
    await env.db.fetchJobs.update(first!.id, { state: 'running', attempts: 1 });

    const restarted = env.makeWorker();
    await restarted.resume();
    await restarted.whenIdle();
    for (let i = 0; i < 10 && env.fireNextTimer(); i += 1) await restarted.whenIdle();

    expect((await env.db.articles.get(first!.id))?.kind).toBe('article');
    expect((await env.db.articles.get(second!.id))?.kind).toBe('article');
    expect(await fetchStatus(env.db)).toMatchObject({ queued: 0, running: 0, done: 2, failed: 0 });
  });

  it('records why each failure happened and leaves those items as links', async () => {
    const env = fetchEnv({ maxAttempts: 1 });
    const urls = {
      missing: 'https://a.example/missing',
      server: 'https://b.example/broken',
      pdf: 'https://c.example/file.pdf',
      short: 'https://d.example/paywalled',
      hang: 'https://e.example/slow',
      offline: 'https://f.example/down',
      huge: 'https://g.example/huge',
    };
    env.pages.set(urls.server, { status: 503, body: 'busy' });
    env.pages.set(urls.pdf, { type: 'application/pdf', body: '%PDF-1.7' });
    env.pages.set(urls.short, { body: '<html><body><h1>Abonnez-vous</h1><p>Réservé aux abonnés.</p></body></html>' });
    env.pages.set(urls.hang, 'hang');
    env.pages.set(urls.offline, 'network-error');
    env.pages.set(urls.huge, { body: `<html><body>${'x'.repeat(300_000)}</body></html>` });
    const rows = await seedLinks(env, Object.values(urls));

    await env.drain();

    const status = await fetchStatus(env.db);
    const reasons = Object.fromEntries(status.failures.map((f) => [f.url, f.reason]));
    expect(reasons).toEqual({
      [urls.missing]: 'http-error',
      [urls.server]: 'http-error',
      [urls.pdf]: 'not-html',
      [urls.short]: 'too-short',
      [urls.hang]: 'timeout',
      [urls.offline]: 'network',
      [urls.huge]: 'too-large',
    });
    expect(status.failures.find((f) => f.url === urls.missing)?.detail).toContain('404');
    expect(status).toMatchObject({ queued: 0, running: 0, done: 0, failed: 7 });
    for (const row of rows) expect((await env.db.articles.get(row.id))?.kind).toBe('link');
  });

  it('retries a timeout after a back-off, then gives up after maxAttempts; a 404 is not retried', async () => {
    const env = fetchEnv({ maxAttempts: 3, retryDelayMs: 10_000 });
    env.pages.set(LOCAL, 'hang');
    await seedLinks(env, [LOCAL, 'https://a.example/missing']);
    await env.drain();
    const slow = env.requests.filter((r) => r.url === LOCAL);
    expect(slow).toHaveLength(3);
    expect(slow[1]!.at - slow[0]!.at).toBeGreaterThanOrEqual(10_000);
    expect(slow[2]!.at - slow[1]!.at).toBeGreaterThanOrEqual(20_000);
    expect(env.requests.filter((r) => r.url.endsWith('/missing'))).toHaveLength(1);
    const job = await env.db.fetchJobs.get((await env.db.articles.where('url').equals(LOCAL).first())!.id);
    expect(job).toMatchObject({ state: 'failed', attempts: 3 });
  });

  it('fails every job with permission-denied when host access was refused, without any request', async () => {
    const env = fetchEnv();
    env.permission.granted = false;
    env.pages.set(MADRID, { body: articlePage('Jamais lu') });
    const [row] = await seedLinks(env, [MADRID]);
    await env.drain();
    expect(env.requests).toEqual([]);
    const status = await fetchStatus(env.db);
    expect(status.failures).toEqual([
      { id: row!.id, url: MADRID, reason: 'permission-denied', detail: expect.stringContaining('not allowed') },
    ]);
    expect((await env.db.articles.get(row!.id))?.kind).toBe('link');
  });

  it('treats an extractor answer of the wrong shape as an extraction failure', async () => {
    const env = fetchEnv({ maxAttempts: 1 });
    // A page that poisoned the extractor could hand back anything: here a blank title.
    const bad = createFetchWorker({
      db: () => env.db,
      now: () => env.clock.now,
      fetch: async () => new Response(articlePage('Titre'), { headers: { 'content-type': 'text/html' } }),
      extract: async () => ({ ok: true, article: { ...fakeExtracted({ url: MADRID }), title: '   ' } }),
      hasHostPermission: async () => true,
      loadTagger: async () => {
        throw new Error('must not be reached');
      },
    });
    const [row] = await seedLinks(env, [MADRID]);
    await bad.whenIdle();
    const status = await fetchStatus(env.db);
    expect(status.failures[0]).toMatchObject({ id: row!.id, reason: 'extraction-failed' });
    expect(status.failures[0]?.detail).toContain('title');
  });

  it('drops the result of a job cancelled while its request ran', async () => {
    const env = fetchEnv();
    let release = () => undefined as void;
    const until = new Promise<void>((resolve) => {
      release = resolve;
    });
    env.pages.set(MADRID, { body: articlePage('Annulé en route'), until });
    const [row] = await seedLinks(env, [MADRID]);
    env.worker.wake();
    for (let i = 0; i < 100 && env.requests.length === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
    expect((await env.db.fetchJobs.get(row!.id))?.state).toBe('running');
    expect(await cancelJobs(env.db)).toEqual({ cancelled: 1 });
    release();
    await env.drain();
    expect((await env.db.articles.get(row!.id))?.kind).toBe('link');
    expect(await env.db.fetchJobs.count()).toBe(0);
  });
});
