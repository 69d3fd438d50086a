import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ArticleSummary } from '../../core/model';
import type { FacetCounts, IndexState, ListPage, ListQuery } from '../../lib/api-types';
// Defined beside the first screen's read, which must load without this module's Preact import.
import { PAGE_SIZE } from './first-rows';

export { PAGE_SIZE };

export type QueryList = (query: ListQuery) => Promise<ListPage>;

/** The newest saves, straight from storage's savedAt index: no list table, no counts. */
export type NewestRows = (limit: number) => Promise<ArticleSummary[]>;

/** Whether `query` is the plain list (no text, facet or collection, newest saves first) that NewestRows answers. */
export function isPlainList(query: ListQuery): boolean {
  if ((query.query ?? '') !== '' || query.collectionId !== undefined) return false;
  if ((query.sort ?? 'savedAt') !== 'savedAt') return false;
  const filter = query.filter ?? {};
  // dateField alone narrows nothing: it only says which date from/to apply to.
  return Object.entries(filter).every(([key, value]) => key === 'dateField' || value === undefined);
}

export interface ListWindow {
  /** Rows in the whole result; null until the first answer. */
  total: number | null;
  /**
   * True while the list is known to be incomplete: only the quick first rows
   * are shown, or a search answered from the newest saves while the index
   * loads. `total` counts just those rows, not the whole result.
   */
  partial: boolean;
  counts: FacetCounts | null;
  index: IndexState | null;
  searchMode: ListPage['searchMode'];
  error: unknown;
  /** The row at a position, or undefined while its page is on its way. */
  rowAt: (position: number) => ArticleSummary | undefined;
  /** Asks for the rows of positions start..end (exclusive) — the visible window. */
  ensure: (start: number, end: number) => void;
  /** Re-reads the visible pages after a write; the rows on screen stay until the new ones arrive. */
  refresh: () => void;
  /** Shows a write's returned row at once, before the refresh lands. */
  patch: (row: ArticleSummary) => void;
}

interface Head {
  total: number | null;
  partial: boolean;
  counts: FacetCounts | null;
  index: IndexState | null;
  searchMode: ListPage['searchMode'];
  error: unknown;
}

const EMPTY_HEAD: Head = { total: null, partial: false, counts: null, index: null, searchMode: 'none', error: null };

/** How long to wait before asking again while the search index rebuilds, to move its progress along. */
const BUILDING_POLL_MS = 700;

/**
 * The list's rows, fetched by window (offset/limit) so the first screen shows
 * without reading the whole library. Each query change or refresh starts a new
 * generation; an answer from an older generation is dropped, so a slow answer
 * to "mad" can never overwrite the answer to "madrid".
 */
export function useListWindow(
  queryList: QueryList,
  query: ListQuery,
  newestRows?: NewestRows,
  initialRows?: readonly ArticleSummary[],
): ListWindow {
  const key = JSON.stringify(query);
  const gen = useRef(0);
  // Rows read before the first render go on screen in that render: waiting for
  // an effect would cost the frame Preact waits before running effects.
  const [seed] = useState(() => (initialRows && initialRows.length > 0 && isPlainList(query) ? [...initialRows] : null));
  const seeded = useRef(seed !== null);
  // Pages of the current generation, and the previous generation's pages shown until they are replaced.
  const pages = useRef(new Map<number, ArticleSummary[]>(seed ? [[0, seed]] : []));
  const stale = useRef(new Map<number, ArticleSummary[]>());
  const pagesGen = useRef(-1);
  const pending = useRef(new Set<number>());
  const range = useRef<[number, number]>([0, PAGE_SIZE]);
  const keepStale = useRef(false);
  const queryRef = useRef(query);
  queryRef.current = query;
  const [head, setHead] = useState<Head>(() => (seed ? { ...EMPTY_HEAD, total: seed.length, partial: true } : EMPTY_HEAD));
  const [, setTick] = useState(0);
  const poll = useRef<ReturnType<typeof setTimeout> | null>(null);
  const newestRef = useRef(newestRows);
  newestRef.current = newestRows;

  const fetchPage = useCallback(
    (page: number, generation: number) => {
      pending.current.add(page);
      queryList({ ...queryRef.current, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
        (answer) => {
          if (generation !== gen.current) return;
          pending.current.delete(page);
          if (pagesGen.current !== generation) {
            // First answer of this generation: what was on screen becomes the fallback (refresh) or goes (new query).
            stale.current = keepStale.current ? pages.current : new Map();
            pages.current = new Map();
            pagesGen.current = generation;
          }
          pages.current.set(page, answer.items);
          setHead({
            total: answer.total,
            partial: answer.partial === true,
            counts: answer.counts,
            index: answer.index,
            searchMode: answer.searchMode,
            error: null,
          });
          setTick((n) => n + 1);
        },
        (error: unknown) => {
          if (generation !== gen.current) return;
          pending.current.delete(page);
          setHead((cur) => ({ ...cur, error }));
        },
      );
    },
    [queryList],
  );

  /**
   * On opening, the full answer waits for the list table (a snapshot of every
   * row's facets) and the counts. The plain list's first screen needs neither,
   * so it is read from the savedAt index meanwhile and shown at once; the full
   * answer then replaces it. It is only a head start: when it fails, or comes
   * second, it is dropped, and the full answer reports any error.
   */
  const showNewest = useCallback((generation: number) => {
    const read = newestRef.current;
    if (!read) return;
    read(PAGE_SIZE).then(
      (items) => {
        if (generation !== gen.current || pagesGen.current === generation || items.length === 0) return;
        pages.current = new Map([[0, items]]);
        stale.current = new Map();
        setHead((cur) => ({ ...cur, total: items.length, partial: true }));
        setTick((n) => n + 1);
      },
      () => undefined,
    );
  }, []);

  const load = useCallback(
    (refresh: boolean) => {
      gen.current += 1;
      pending.current = new Set();
      keepStale.current = refresh;
      const [start, end] = range.current;
      const first = Math.floor(start / PAGE_SIZE);
      const last = Math.max(first, Math.floor(Math.max(start, end - 1) / PAGE_SIZE));
      // A new query starts from the top; a refresh re-reads what is on screen.
      if (!refresh) {
        fetchPage(0, gen.current);
        if (pagesGen.current < 0 && isPlainList(queryRef.current) && !seeded.current) showNewest(gen.current);
        seeded.current = false;
        return;
      }
      for (let page = first; page <= last; page++) fetchPage(page, gen.current);
    },
    [fetchPage, showNewest],
  );

  // A layout effect, so the query leaves as the controls change: a plain effect
  // waits for the next frame to be painted, and a filter toggle waited with it.
  useLayoutEffect(() => {
    range.current = [0, PAGE_SIZE];
    load(false);
  }, [key, load]);

  const refresh = useCallback(() => load(true), [load]);

  // While the index rebuilds or loads, ask again now and then so the progress
  // moves on and a partial answer gives way to the whole one.
  useEffect(() => {
    if (head.index?.status !== 'building' && head.index?.status !== 'loading' && !head.partial) return;
    poll.current = setTimeout(refresh, BUILDING_POLL_MS);
    return () => {
      if (poll.current) clearTimeout(poll.current);
    };
  }, [head, refresh]);

  const rowAt = useCallback((position: number) => {
    const page = Math.floor(position / PAGE_SIZE);
    const slot = position % PAGE_SIZE;
    return pages.current.get(page)?.[slot] ?? stale.current.get(page)?.[slot];
  }, []);

  const ensure = useCallback(
    (start: number, end: number) => {
      range.current = [start, end];
      if (end <= start) return;
      const first = Math.floor(start / PAGE_SIZE);
      const last = Math.floor((end - 1) / PAGE_SIZE);
      for (let page = first; page <= last; page++) {
        const loaded = pagesGen.current === gen.current && pages.current.has(page);
        if (!loaded && !pending.current.has(page)) fetchPage(page, gen.current);
      }
    },
    [fetchPage],
  );

  const patch = useCallback((row: ArticleSummary) => {
    for (const map of [pages.current, stale.current]) {
      for (const items of map.values()) {
        const at = items.findIndex((item) => item.id === row.id);
        if (at >= 0) items[at] = row;
      }
    }
    setTick((n) => n + 1);
  }, []);

  return { ...head, rowAt, ensure, refresh, patch };
}
