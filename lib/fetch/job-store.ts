/**
 * The persisted fetch queue (table fetchJobs). Jobs live in IndexedDB, not in
 * the worker's memory, so a browser restart or a stopped service worker
 * resumes where it was, and any extension page can read progress directly.
 */
import { KiosqueError } from '../../core/errors';
import type { ArticleSummary } from '../../core/model';
import type { KiosqueDb, FetchJobRow } from '../db/schema';
import { withStorageErrors } from '../db/storage-errors';
import type { FetchStatus } from '../api-types';
import { decodeFailure, encodeFailure, type StoredFailure } from './failure';


/** The status lists this many failures; the counts stay exact. */
export const MAX_LISTED_FAILURES = 200;
export const MAX_IDS_PER_CALL = 100_000;

function webHost(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.host : null;
  } catch {
    return null;
  }
}

/**
 * Queues link items. `ids` absent: every link in the library. A job already
 * waiting or running is left alone; a finished one is queued again (a retry).
 * When nothing is pending, finished jobs of the previous run are cleared
 * first, so progress counts describe this run only.
 */
export function enqueueLinks(db: KiosqueDb, ids: readonly string[] | undefined, now: number): Promise<{ queued: number }> {
  return withStorageErrors(() =>
    db.transaction('rw', db.articles, db.fetchJobs, async () => {
      // Without ids, keep only links while scanning: a large library should not be held in memory whole.
      const rows =
        ids === undefined
          ? await db.articles.filter((row) => row.kind === 'link').toArray()
          : await db.articles.bulkGet([...ids]);
      const missing = ids?.find((_, i) => rows[i] === undefined);
      if (missing !== undefined) throw new KiosqueError('not-found', `No saved article has the id ${missing}.`, { id: missing });
      const pending = await db.fetchJobs.where('state').anyOf('queued', 'running').count();
      if (pending === 0) await db.fetchJobs.where('state').anyOf('done', 'failed').delete();
      const links = rows.filter((row): row is ArticleSummary => row !== undefined && row.kind === 'link');
      const existing = await db.fetchJobs.bulkGet(links.map((row) => row.id));
      const jobs: FetchJobRow[] = [];
      links.forEach((row, i) => {
        const job = existing[i];
        if (job && (job.state === 'queued' || job.state === 'running')) return;
        const host = webHost(row.pageUrl);
        jobs.push({
          id: row.id,
          url: row.pageUrl,
          host: host ?? '',
          state: host === null ? 'failed' : 'queued',
          attempts: 0,
          notBefore: now,
          error: host === null ? encodeFailure({ reason: 'invalid-url', detail: 'Only web addresses can be fetched.' }) : null,
          updatedAt: now,
        });
      });
      await db.fetchJobs.bulkPut(jobs);
      return { queued: jobs.filter((job) => job.state === 'queued').length };
    }),
  );
}

/** A job marked running when the browser closed never finished: run it again. */
export function requeueInterrupted(db: KiosqueDb, now: number): Promise<number> {
  return withStorageErrors(() =>
    db.fetchJobs.where('state').equals('running').modify({ state: 'queued', notBefore: now, updatedAt: now }),
  );
}

export type NextJob = { job: FetchJobRow } | { waitUntil: number } | null;

/**
 * The next job that may start: queued, due, and on a host that is neither
 * busy nor inside its rate-limit interval. Otherwise the earliest time one
 * could start, or null when the queue is empty.
 */
/** Queued jobs read first; most runs mix hosts, so one of these is usually free. */
const FIRST_READ = 200;

export async function nextJob(db: KiosqueDb, now: number, hostFreeAt: (host: string) => number): Promise<NextJob> {
  // Bulk reads, then a scan in memory: a cursor stepping through thousands of jobs
  // of one busy host costs far more than reading those small rows at once.
  const queued = () => db.fetchJobs.where('state').equals('queued');
  const first = await queued().limit(FIRST_READ).toArray();
  let earliest = Number.POSITIVE_INFINITY;
  const freeAt = new Map<string, number>();
  const pick = (jobs: readonly FetchJobRow[]): FetchJobRow | undefined => {
    for (const job of jobs) {
      let hostAt = freeAt.get(job.host);
      if (hostAt === undefined) {
        hostAt = hostFreeAt(job.host);
        freeAt.set(job.host, hostAt);
      }
      const at = Math.max(job.notBefore, hostAt);
      if (at <= now) return job;
      earliest = Math.min(earliest, at);
    }
    return undefined;
  };
  const found = pick(first) ?? (first.length < FIRST_READ ? undefined : pick(await queued().toArray()));
  if (found) return { job: found };
  return Number.isFinite(earliest) ? { waitUntil: earliest } : null;
}

/** Claims a job; false when it was cancelled or taken meanwhile. */
export function markRunning(db: KiosqueDb, id: string, now: number): Promise<boolean> {
  return db.transaction('rw', db.fetchJobs, async () => {
    const job = await db.fetchJobs.get(id);
    if (!job || job.state !== 'queued') return false;
    await db.fetchJobs.put({ ...job, state: 'running', attempts: job.attempts + 1, updatedAt: now });
    return true;
  });
}

export async function markFailed(
  db: KiosqueDb,
  id: string,
  failure: StoredFailure,
  now: number,
  retryAt: number | null,
): Promise<void> {
  await db.transaction('rw', db.fetchJobs, async () => {
    const job = await db.fetchJobs.get(id);
    if (!job || job.state !== 'running') return; // cancelled while it ran
    const error = encodeFailure(failure);
    await db.fetchJobs.put(
      retryAt === null
        ? { ...job, state: 'failed', error, updatedAt: now }
        : { ...job, state: 'queued', error, notBefore: retryAt, updatedAt: now },
    );
  });
}

export function fetchStatus(db: KiosqueDb): Promise<FetchStatus> {
  return withStorageErrors(() =>
    db.transaction('r', db.fetchJobs, async () => {
      const count = (state: FetchJobRow['state']) => db.fetchJobs.where('state').equals(state).count();
      const [queued, running, done, failed] = await Promise.all([
        count('queued'),
        count('running'),
        count('done'),
        count('failed'),
      ]);
      const failedRows = await db.fetchJobs.where('state').equals('failed').limit(MAX_LISTED_FAILURES).toArray();
      const failures = failedRows.map((job) => {
        const failure = decodeFailure(job.error) ?? { reason: 'extraction-failed' as const, detail: '' };
        return { id: job.id, url: job.url, ...failure };
      });
      return { queued, running, done, failed, failures };
    }),
  );
}

/** Drops every pending job; a request already in flight finishes but its result is discarded. */
export function cancelJobs(db: KiosqueDb): Promise<{ cancelled: number }> {
  return withStorageErrors(async () => ({
    cancelled: await db.fetchJobs.where('state').anyOf('queued', 'running').delete(),
  }));
}

export function checkIds(ids: unknown): string[] | undefined {
  if (ids === undefined) return undefined;
  if (!Array.isArray(ids) || ids.length > MAX_IDS_PER_CALL) {
    throw new KiosqueError('invalid-input', `fetchLinks takes an array of at most ${MAX_IDS_PER_CALL} article ids.`);
  }
  const out: string[] = [];
  for (const id of ids as unknown[]) {
    if (typeof id !== 'string' || id === '' || id.length > 200) {
      throw new KiosqueError('invalid-input', 'An article id must be a non-empty string.');
    }
    out.push(id);
  }
  return [...new Set(out)];
}
