import { describe, expect, it, vi } from 'vitest';
import { KiosqueError } from '../../core/errors';
import { decodeFailure, encodeFailure } from '../../lib/fetch/failure';
import { enqueueLinks, fetchStatus, nextJob } from '../../lib/fetch/job-store';
import { createFetchServices } from '../../lib/fetch/services';
import { setLocalFetchWake } from '../../lib/fetch/wake';
import { messenger } from '../../lib/messaging';
import { fakeSummary } from '../factories';
import { linkItem } from './support/fetch-env';
import { freshDb } from './support/kiosque-env';

const NOW = Date.UTC(2026, 10, 27, 8, 0, 0);

describe('fetch queue storage', () => {
  it('queues link items only, all of them when no ids are given', async () => {
    const db = freshDb();
    const links = [linkItem('https://a.example/1'), linkItem('https://b.example/2')];
    await db.articles.bulkPut([...links, fakeSummary()]);
    expect(await enqueueLinks(db, undefined, NOW)).toEqual({ queued: 2 });
    const jobs = await db.fetchJobs.orderBy('id').toArray();
    expect(jobs.map((job) => [job.url, job.host, job.state])).toEqual(
      links.map((link) => [link.pageUrl, new URL(link.pageUrl).host, 'queued']).sort(),
    );
  });

  it('does not queue a job twice, and requeues a failed one as a retry', async () => {
    const db = freshDb();
    const [a, b] = [linkItem('https://a.example/1'), linkItem('https://b.example/2')];
    await db.articles.bulkPut([a, b]);
    await enqueueLinks(db, [a.id], NOW);
    expect(await enqueueLinks(db, [a.id], NOW)).toEqual({ queued: 0 });
    await db.fetchJobs.update(a.id, { state: 'failed', error: 'timeout: slow' });
    expect(await enqueueLinks(db, [a.id, b.id], NOW)).toEqual({ queued: 2 });
  });

  it('starts a new run with clean counts: finished jobs of the last run are cleared', async () => {
    const db = freshDb();
    const [a, b] = [linkItem('https://a.example/1'), linkItem('https://b.example/2')];
    await db.articles.bulkPut([a, b]);
    await enqueueLinks(db, [a.id], NOW);
    await db.fetchJobs.update(a.id, { state: 'done' });
    await enqueueLinks(db, [b.id], NOW);
    expect(await fetchStatus(db)).toEqual({ queued: 1, running: 0, done: 0, failed: 0, failures: [] });
  });

  it('records a link whose address is not a web page as failed at once', async () => {
    const db = freshDb();
    const item = linkItem('https://a.example/1', { pageUrl: 'ftp://files.example/a.html' });
    await db.articles.put(item);
    expect(await enqueueLinks(db, [item.id], NOW)).toEqual({ queued: 0 });
    expect((await fetchStatus(db)).failures).toEqual([
      { id: item.id, url: 'ftp://files.example/a.html', reason: 'invalid-url', detail: expect.any(String) },
    ]);
  });

  it('rejects unknown ids with not-found and bad ids with invalid-input, queuing nothing', async () => {
    const db = freshDb();
    const services = createFetchServices({ db: () => db, now: () => NOW });
    setLocalFetchWake(() => undefined);
    const link = linkItem('https://a.example/1');
    await db.articles.put(link);
    await expect(services.fetchLinks([link.id, 'nope'])).rejects.toMatchObject({ code: 'not-found' });
    for (const bad of [[''], [42], 'abc', [null]]) {
      await expect(services.fetchLinks(bad as unknown as string[])).rejects.toBeInstanceOf(KiosqueError);
      await expect(services.fetchLinks(bad as unknown as string[])).rejects.toMatchObject({ code: 'invalid-input' });
    }
    expect(await db.fetchJobs.count()).toBe(0);
    setLocalFetchWake(undefined);
  });

  it('wakes the local worker in the background, and messages the background from a page', async () => {
    const db = freshDb();
    const services = createFetchServices({ db: () => db, now: () => NOW });
    const link = linkItem('https://a.example/1');
    await db.articles.put(link);

    const wake = vi.fn();
    setLocalFetchWake(wake);
    await services.fetchLinks([link.id]);
    expect(wake).toHaveBeenCalledTimes(1);

    setLocalFetchWake(undefined);
    const received = vi.fn();
    messenger.onMessage('fetchWake', received);
    await services.cancelFetch();
    expect(received).toHaveBeenCalledTimes(1);
    messenger.removeAllListeners();
  });

  it('cancelFetch drops pending jobs and keeps the items as links', async () => {
    const db = freshDb();
    const services = createFetchServices({ db: () => db, now: () => NOW });
    setLocalFetchWake(() => undefined);
    const links = [linkItem('https://a.example/1'), linkItem('https://a.example/2')];
    await db.articles.bulkPut(links);
    await services.fetchLinks();
    expect(await services.cancelFetch()).toEqual({ cancelled: 2 });
    expect(await services.fetchStatus()).toEqual({ queued: 0, running: 0, done: 0, failed: 0, failures: [] });
    expect((await db.articles.toArray()).every((row) => row.kind === 'link')).toBe(true);
    setLocalFetchWake(undefined);
  });

  it('stores a failure as reason and detail, and reads an unknown reason back without losing its words', () => {
    const stored = encodeFailure({ reason: 'http-error', detail: 'HTTP 404: Not Found' });
    expect(decodeFailure(stored)).toEqual({ reason: 'http-error', detail: 'HTTP 404: Not Found' });
    expect(decodeFailure('captcha: a robot check')).toEqual({ reason: 'extraction-failed', detail: 'captcha: a robot check' });
    expect(decodeFailure(null)).toBeNull();
  });

  it('finds the one job of a free host behind thousands of jobs of a busy host, or says when to look again', async () => {
    const db = freshDb();
    const jobs = Array.from({ length: 3_000 }, (_, i) => ({
      id: `job-${String(i).padStart(5, '0')}`,
      url: `https://${i === 2_500 ? 'b' : 'a'}.example/${i}`,
      host: i === 2_500 ? 'b.example' : 'a.example',
      state: 'queued' as const,
      attempts: 0,
      notBefore: NOW,
      error: null,
      updatedAt: NOW,
    }));
    await db.fetchJobs.bulkPut(jobs);
    const busyA = (host: string) => (host === 'a.example' ? NOW + 2_000 : 0);
    expect(await nextJob(db, NOW, busyA)).toEqual({ job: jobs[2_500] });
    expect(await nextJob(db, NOW, () => NOW + 1_500)).toEqual({ waitUntil: NOW + 1_500 });
    await db.fetchJobs.clear();
    expect(await nextJob(db, NOW, () => 0)).toBeNull();
  });
});
