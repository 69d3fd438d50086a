import type { ArticleStatus, ThemeId } from '../core/model';
import type { ListFilter } from '../core/search/filter';
import type { ListQuery, ListSort } from '../lib/api-types';

/**
 * What the popup's controls hold, in the shape the controls edit (one value
 * per select, dates as the `yyyy-mm-dd` strings date inputs give), and its
 * translation into the storage side's ListQuery. Kept apart from the
 * components so the translation is tested without rendering.
 */
export type StatusChoice = ArticleStatus | 'favourite';

export const STATUS_CHOICES: readonly StatusChoice[] = ['unread', 'read', 'archived', 'favourite'];
/**
 * `relevance` ranks search results and, with no search text, lists the newest
 * saves first; the others sort search results too.
 */
export type SortChoice = ListSort | 'relevance';
export const SORTS: readonly SortChoice[] = ['relevance', 'savedAt', 'publishedAt', 'site'];

export interface ListControls {
  query: string;
  /** An edition id, '' for untagged articles, null for any. */
  edition: string | null;
  theme: ThemeId | null;
  site: string | null;
  status: StatusChoice | null;
  dateField: 'savedAt' | 'publishedAt';
  /** `yyyy-mm-dd` in the reader's time zone, '' for an open end. */
  from: string;
  to: string;
  sort: SortChoice;
  /** A stored collection used as the list's source, or null for the whole library. */
  collectionId: string | null;
}

export const DEFAULT_CONTROLS: ListControls = {
  query: '',
  edition: null,
  theme: null,
  site: null,
  status: null,
  dateField: 'savedAt',
  from: '',
  to: '',
  sort: 'relevance',
  collectionId: null,
};

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Epoch ms of the start (or last millisecond) of a calendar day in the local
 * time zone; null for an empty or malformed value, which leaves that end open
 * rather than filtering everything out.
 */
export function dayBound(value: string, end: boolean): number | null {
  const match = DAY.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const date = end ? new Date(year, month, day, 23, 59, 59, 999) : new Date(year, month, day);
  // new Date rolls 2026-02-31 over into March; a day that does not exist is no bound.
  if (date.getFullYear() !== year || date.getMonth() !== month || date.getDate() !== day) return null;
  return date.getTime();
}

/** The facets part of the controls, as the storage side's ListFilter. */
export function filterOf(controls: ListControls): ListFilter {
  const filter: ListFilter = {};
  if (controls.edition !== null) filter.editionIds = [controls.edition];
  if (controls.theme !== null) filter.themeIds = [controls.theme];
  if (controls.site !== null) filter.sites = [controls.site];
  if (controls.status === 'favourite') filter.favourite = true;
  else if (controls.status !== null) filter.statuses = [controls.status];
  let from = dayBound(controls.from, false);
  let to = dayBound(controls.to, true);
  // Dates typed the wrong way round mean the same span; the storage side rejects an inverted range.
  if (from !== null && to !== null && from > to) [from, to] = [dayBound(controls.to, false), dayBound(controls.from, true)];
  if (from !== null) filter.from = from;
  if (to !== null) filter.to = to;
  if (from !== null || to !== null) filter.dateField = controls.dateField;
  return filter;
}

/** The query for the list, without its window (the list adds offset and limit). */
export function queryOf(controls: ListControls): ListQuery {
  const query: ListQuery = { query: controls.query.trim(), filter: filterOf(controls), sort: 'savedAt' };
  // An explicit sort wins over ranking; without search text there is nothing to rank and the flag changes nothing.
  if (controls.sort !== 'relevance') {
    query.sort = controls.sort;
    if (query.query !== '') query.sortWhenSearching = true;
  }
  if (controls.collectionId !== null) query.collectionId = controls.collectionId;
  return query;
}

/** Whether any facet (not the search text, not the sort) narrows the list. */
export function hasFacets(controls: ListControls): boolean {
  return (
    controls.edition !== null ||
    controls.theme !== null ||
    controls.site !== null ||
    controls.status !== null ||
    controls.from !== '' ||
    controls.to !== ''
  );
}

/** Controls reopened from a saved search: its text and facets, back in the shape the selects edit. */
export function controlsOf(query: string, filter: ListFilter, base: ListControls = DEFAULT_CONTROLS): ListControls {
  const day = (ms: number | undefined) => {
    if (ms === undefined) return '';
    const d = new Date(ms);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  };
  return {
    ...base,
    query,
    edition: filter.editionIds?.[0] ?? null,
    theme: filter.themeIds?.[0] ?? null,
    site: filter.sites?.[0] ?? null,
    status: filter.favourite ? 'favourite' : (filter.statuses?.[0] ?? null),
    dateField: filter.dateField ?? 'savedAt',
    from: day(filter.from),
    to: day(filter.to),
    collectionId: null,
  };
}
