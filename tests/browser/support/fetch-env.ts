/**
 * A fetch worker wired to test doubles: a clock and a timer queue the test
 * advances by hand (the rate limit is exercised without waiting), a fake
 * `fetch` serving pages from a map, and the real extractor running on
 * jsdom's DOMParser, as Firefox's event page runs it.
 */
import { vi } from 'vitest';
import type { ArticleSummary } from '../../../core/model';
import { KiosqueDb } from '../../../lib/db/schema';
import { extractFromHtml } from '../../../lib/fetch/extract-html';
import { createFetchWorker, type FetchWorker, type FetchWorkerOptions } from '../../../lib/fetch/worker';
import { loadTagging } from '../../../lib/tagging-lazy';
import { fakeSummary } from '../../factories';
import { freshDb } from './kiosque-env';

/** `until`: the response waits for this promise, so a test can act while the request is in flight. */
export type Answer = { status?: number; type?: string; body: string; until?: Promise<void> } | 'hang' | 'network-error';

/** A page long enough to be an article, with its own title and words. */
export function articlePage(title: string, lang = 'fr'): string {
  const sentence = `${title} : la mairie présente son plan pour les quartiers, les transports et les écoles de la ville.`;
  const paragraphs = Array.from({ length: 8 }, (_, i) => `<p>${sentence} Paragraphe ${i + 1}, avec des détails utiles aux habitants.</p>`);
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article"></head><body><article><h1>${title}</h1>${paragraphs.join('')}</article></body></html>`;
}

/** A link item as an import leaves it: title and address, no body. */
export function linkItem(url: string, overrides: Partial<ArticleSummary> = {}): ArticleSummary {
  return fakeSummary({
    url,
    pageUrl: url,
    kind: 'link',
    title: url,
    siteName: null,
    byline: null,
    authors: [],
    excerpt: null,
    section: null,
    keywords: [],
    publishedAt: null,
    wordCount: 0,
    readingMinutes: 0,
    edition: null,
    themes: [],
    ...overrides,
  });
}

export interface FetchEnv {
  db: KiosqueDb;
  clock: { now: number };
  worker: FetchWorker;
  pages: Map<string, Answer>;
  /** Every request: address and the clock when it was made. */
  requests: Array<{ url: string; at: number }>;
  /** In flight per host, and the most ever seen at once. */
  maxInFlight: () => { perHost: number; total: number };
  permission: { granted: boolean };
  /** Resolves once `count` requests have been made: an `until` gate, so requests overlap however loaded the machine is. */
  afterRequests: (count: number) => Promise<void>;
  /** Moves the clock to the next timer the worker set and fires it; false when none is pending. */
  fireNextTimer: () => boolean;
  /** Settles the queue completely, firing timers as the clock advances. */
  drain: () => Promise<void>;
  makeWorker: (db?: KiosqueDb) => FetchWorker;
}

export function fetchEnv(options: Partial<FetchWorkerOptions> = {}, db: KiosqueDb = freshDb()): FetchEnv {
  const clock = { now: Date.UTC(2026, 10, 27, 8, 0, 0) };
  const pages = new Map<string, Answer>();
  const requests: FetchEnv['requests'] = [];
  const inFlight = new Map<string, number>();
  let peak = { perHost: 0, total: 0 };
  const timers: Array<{ at: number; run: () => void; live: boolean }> = [];
  const permission = { granted: true };
  const requestWaiters: Array<{ count: number; resolve: () => void }> = [];
  const afterRequests = (count: number) =>
    new Promise<void>((resolve) => {
      if (requests.length >= count) resolve();
      else requestWaiters.push({ count, resolve });
    });

  const fakeFetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    const host = new URL(url).host;
    requests.push({ url, at: clock.now });
    for (const waiter of requestWaiters.filter((w) => requests.length >= w.count)) waiter.resolve();
    inFlight.set(host, (inFlight.get(host) ?? 0) + 1);
    const total = [...inFlight.values()].reduce((a, b) => a + b, 0);
    peak = { perHost: Math.max(peak.perHost, inFlight.get(host) ?? 0), total: Math.max(peak.total, total) };
    try {
      // A turn of the event loop, so that parallel requests really overlap.
      await new Promise((resolve) => setTimeout(resolve, 5));
      const answer = pages.get(url) ?? { status: 404, body: 'Not found' };
      if (answer === 'network-error') throw new TypeError('Failed to fetch');
      if (answer === 'hang') {
        return await new Promise<Response>((_, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        });
      }
      await answer.until;
      const response = new Response(answer.body, {
        status: answer.status ?? 200,
        headers: { 'content-type': answer.type ?? 'text/html; charset=utf-8' },
      });
      Object.defineProperty(response, 'url', { value: url });
      return response;
    } finally {
      inFlight.set(host, (inFlight.get(host) ?? 1) - 1);
    }
  });

  const makeWorker = (target: KiosqueDb = db) =>
    createFetchWorker({
      db: () => target,
      now: () => clock.now,
      fetch: fakeFetch as unknown as typeof fetch,
      extract: async (html, url) => extractFromHtml(html, url, window, new Date(clock.now)),
      hasHostPermission: async () => permission.granted,
      loadTagger: loadTagging,
      schedule: (run, ms) => {
        const timer = { at: clock.now + ms, run, live: true };
        timers.push(timer);
        return () => {
          timer.live = false;
        };
      },
      options: { limits: { timeoutMs: 200, maxBytes: 200_000 }, retryDelayMs: 10_000, ...options },
    });
  const worker = makeWorker();

  const fireNextTimer = () => {
    const live = timers.filter((timer) => timer.live).sort((a, b) => a.at - b.at);
    const next = live[0];
    if (!next) return false;
    next.live = false;
    clock.now = Math.max(clock.now, next.at);
    next.run();
    return true;
  };

  return {
    db,
    clock,
    worker,
    pages,
    requests,
    maxInFlight: () => peak,
    permission,
    afterRequests,
    fireNextTimer,
    drain: async () => {
      await worker.whenIdle();
      for (let i = 0; i < 1000 && fireNextTimer(); i += 1) await worker.whenIdle();
    },
    makeWorker,
  };
}
