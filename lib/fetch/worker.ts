/**
 * Works through the persisted fetch queue: a few hosts in parallel, one
 * request at a time per host and at most one every `perHostIntervalMs`, so
 * a library of 3,000 links from one newspaper does not hammer its server.
 * Each page goes through the clipper's own extraction, validation and
 * tagging, then replaces its link item (apply-fetched.ts).
 */
import { isKiosqueError } from '../../core/errors';
import type { ExtractedArticle } from '../../core/model';
import { parseExtractionResult } from '../../core/validate-extraction';
import type { KiosqueDb } from '../db/schema';
import type { TaggingModule } from '../tagging-lazy';
import { applyFetchedArticle } from './apply-fetched';
import { FetchFailure } from './failure';
import { DEFAULT_FETCH_LIMITS, fetchPage, type FetchLimits } from './fetch-page';
import { markFailed, markRunning, nextJob, requeueInterrupted } from './job-store';

export interface FetchWorkerOptions {
  perHostIntervalMs: number;
  /** Hosts fetched at once. */
  maxParallel: number;
  limits: FetchLimits;
  /** Tries per job for failures that may pass (timeouts, 5xx). */
  maxAttempts: number;
  /** Wait before a retry, multiplied by the attempt number. */
  retryDelayMs: number;
}

export const DEFAULT_WORKER_OPTIONS: FetchWorkerOptions = {
  perHostIntervalMs: 2_000,
  maxParallel: 3,
  limits: DEFAULT_FETCH_LIMITS,
  maxAttempts: 3,
  retryDelayMs: 30_000,
};

export interface FetchWorkerDeps {
  db: () => KiosqueDb;
  now: () => number;
  fetch: typeof fetch;
  /** Parses fetched HTML and runs the extractor; resolves to its ExtractionResult, checked here. */
  extract: (html: string, url: string) => Promise<unknown>;
  hasHostPermission: (url: string) => Promise<boolean>;
  loadTagger: () => Promise<TaggingModule>;
  /** A timer; injectable so tests drive the rate limit without waiting. */
  schedule?: (run: () => void, ms: number) => () => void;
  /** The queue ran dry: release what the worker holds (the offscreen document). */
  onIdle?: () => void;
  options?: Partial<FetchWorkerOptions>;
}

export interface FetchWorker {
  /** Jobs were queued or cancelled: look at the queue again. */
  wake(): void;
  /** Startup: jobs left running by a closed browser go back to the queue, then work resumes. */
  resume(): Promise<void>;
  /** Resolves once nothing is running and nothing is due (jobs may wait for a retry time). */
  whenIdle(): Promise<void>;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function checkedArticle(result: unknown): ExtractedArticle {
  let article: ExtractedArticle;
  try {
    article = parseExtractionResult(result);
  } catch (error) {
    if (isKiosqueError(error) && error.code === 'page-too-large') throw new FetchFailure('too-large', error.message);
    throw new FetchFailure('extraction-failed', describe(error));
  }
  if (article.kind !== 'article') {
    throw new FetchFailure('too-short', 'The page holds too little text to be an article (a paywall, a consent wall or an index page).');
  }
  return article;
}

const defaultSchedule = (run: () => void, ms: number): (() => void) => {
  const handle = setTimeout(run, ms);
  return () => clearTimeout(handle);
};

export function createFetchWorker(deps: FetchWorkerDeps): FetchWorker {
  const options = { ...DEFAULT_WORKER_OPTIONS, ...deps.options };
  const schedule = deps.schedule ?? defaultSchedule;
  const running = new Map<string, string>();
  const hostFreeAt = new Map<string, number>();
  let pumping = false;
  let again = false;
  let timer: { at: number; cancel: () => void } | undefined;
  let idleWaiters: Array<() => void> = [];

  /** Nothing runs now; `drained` when nothing waits for a later time either. */
  function settleIdle(drained: boolean): void {
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
    if (drained) deps.onIdle?.();
  }

  function wakeAt(at: number): void {
    if (timer && timer.at <= at) return;
    timer?.cancel();
    const cancel = schedule(() => {
      timer = undefined;
      wake();
    }, Math.max(0, at - deps.now()));
    timer = { at, cancel };
  }

  async function runJob(id: string, url: string, attemptsBefore: number): Promise<void> {
    const db = deps.db();
    try {
      if (!(await deps.hasHostPermission(url))) {
        throw new FetchFailure('permission-denied', 'Kiosque was not allowed to read this site.');
      }
      const page = await fetchPage(url, deps.fetch, options.limits);
      const article = checkedArticle(await deps.extract(page.html, page.url));
      const { tagArticle } = await deps.loadTagger();
      await applyFetchedArticle(db, id, article, {
        now: deps.now(),
        tag: (existing, model) => tagArticle(article, { model, existing }),
      });
    } catch (error) {
      const failure = error instanceof FetchFailure ? error : new FetchFailure('extraction-failed', describe(error));
      const retry = failure.transient && attemptsBefore + 1 < options.maxAttempts;
      const now = deps.now();
      await markFailed(db, id, failure, now, retry ? now + options.retryDelayMs * (attemptsBefore + 1) : null);
    }
  }

  async function fillSlots(): Promise<void> {
    const db = deps.db();
    while (running.size < options.maxParallel) {
      const now = deps.now();
      const next = await nextJob(db, now, (host) =>
        running.size > 0 && [...running.values()].includes(host) ? Number.POSITIVE_INFINITY : (hostFreeAt.get(host) ?? 0),
      );
      if (next === null) return;
      if ('waitUntil' in next) {
        wakeAt(next.waitUntil);
        return;
      }
      const { job } = next;
      if (!(await markRunning(db, job.id, now))) continue;
      hostFreeAt.set(job.host, now + options.perHostIntervalMs);
      running.set(job.id, job.host);
      void runJob(job.id, job.url, job.attempts)
        .catch((error: unknown) => console.warn('Kiosque: a fetch job could not record its outcome', error))
        .finally(() => {
          running.delete(job.id);
          wake();
        });
    }
  }

  async function pump(): Promise<void> {
    if (pumping) {
      again = true;
      return;
    }
    pumping = true;
    try {
      do {
        again = false;
        await fillSlots();
      } while (again);
    } catch (error) {
      // Storage failed (closed or full): try again later rather than leave the queue stuck.
      console.warn('Kiosque: the fetch queue could not be read', error);
      wakeAt(deps.now() + options.retryDelayMs);
    } finally {
      pumping = false;
    }
    if (running.size === 0) settleIdle(timer === undefined);
  }

  function wake(): void {
    void pump();
  }

  return {
    wake,
    async resume() {
      await requeueInterrupted(deps.db(), deps.now());
      await pump();
    },
    whenIdle() {
      const idle = new Promise<void>((resolve) => idleWaiters.push(resolve));
      if (running.size === 0 && !pumping) void pump();
      return idle;
    },
  };
}
