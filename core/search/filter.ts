/**
 * List filters: the facets beside the search box. Search returns ids and
 * scores; the caller keeps the rows `matchesFilter` accepts (or passes it as
 * `accept` to search so the limit counts only kept rows).
 */
import { localMidnight } from '../calendar-day';
import { KiosqueError } from '../errors';
import { THEME_IDS, type ArticleStatus, type ArticleSummary, type ThemeId } from '../model';

export interface ListFilter {
  /** Any of these editions (EditionTag.id); '' selects untagged articles. */
  editionIds?: string[];
  /** Any of these themes. */
  themeIds?: ThemeId[];
  /** Any of these sites: host names, compared without `www.` and case. */
  sites?: string[];
  statuses?: ArticleStatus[];
  favourite?: boolean;
  /** Inclusive range, epoch ms, over `dateField`. */
  from?: number;
  to?: number;
  /** Which date the range applies to (default `savedAt`). */
  dateField?: 'savedAt' | 'publishedAt';
}

const STATUSES: readonly ArticleStatus[] = ['unread', 'read', 'archived'];

/** Throws `invalid-input` for a filter the UI should never build. */
export function validateFilter(filter: ListFilter): void {
  const bad = (message: string) => new KiosqueError('invalid-input', message, { filter });
  for (const theme of filter.themeIds ?? []) {
    if (!(THEME_IDS as readonly string[]).includes(theme)) throw bad(`Unknown theme ${theme}`);
  }
  for (const status of filter.statuses ?? []) {
    if (!STATUSES.includes(status)) throw bad(`Unknown status ${status}`);
  }
  for (const bound of [filter.from, filter.to]) {
    if (bound !== undefined && !Number.isFinite(bound)) throw bad('Date bounds must be finite numbers');
  }
  if (filter.from !== undefined && filter.to !== undefined && filter.from > filter.to) {
    throw bad('Date range starts after it ends');
  }
}

/** Host name of a site filter or an article URL, without `www.`; null if unparsable. */
export function siteKey(urlOrHost: string): string | null {
  const trimmed = urlOrHost.trim().toLowerCase();
  if (trimmed === '') return null;
  try {
    const host = new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname;
    return host.replace(/^www\./, '');
  } catch {
    // An unparsable URL has no site; the caller treats null as "no match".
    return null;
  }
}

/**
 * Epoch ms of a stored publication date, NaN when there is none. A page that
 * gives a day without a time (`2023-03-19`) published on that day wherever
 * the reader is: it counts from local midnight, as the date range's bounds do
 * (Date.parse would read UTC midnight, the day before west of Greenwich).
 */
export function publishedTime(value: string | null): number {
  if (value === null) return Number.NaN;
  return localMidnight(value) ?? Date.parse(value);
}

function dateOf(summary: ArticleSummary, field: 'savedAt' | 'publishedAt'): number | null {
  if (field === 'savedAt') return summary.savedAt;
  const time = publishedTime(summary.publishedAt);
  return Number.isNaN(time) ? null : time;
}

/** Whether a list row passes every set facet; an empty filter accepts all. */
export function matchesFilter(summary: ArticleSummary, filter: ListFilter): boolean {
  if (filter.editionIds && filter.editionIds.length > 0 && !filter.editionIds.includes(summary.editionId)) return false;
  if (filter.themeIds && filter.themeIds.length > 0 && !filter.themeIds.some((t) => summary.themeIds.includes(t))) {
    return false;
  }
  if (filter.statuses && filter.statuses.length > 0 && !filter.statuses.includes(summary.status)) return false;
  if (filter.favourite !== undefined && summary.favourite !== filter.favourite) return false;
  if (filter.sites && filter.sites.length > 0) {
    const site = siteKey(summary.url);
    if (site === null || !filter.sites.some((s) => siteKey(s) === site)) return false;
  }
  if (filter.from !== undefined || filter.to !== undefined) {
    const date = dateOf(summary, filter.dateField ?? 'savedAt');
    if (date === null) return false;
    if (filter.from !== undefined && date < filter.from) return false;
    if (filter.to !== undefined && date > filter.to) return false;
  }
  return true;
}

/** Precompute once per filter when applying it to many rows (100k). */
export function compileFilter(filter: ListFilter): (summary: ArticleSummary) => boolean {
  validateFilter(filter);
  const sites = filter.sites?.map(siteKey).filter((s): s is string => s !== null);
  const normalised: ListFilter = { ...filter, sites: sites && sites.length > 0 ? sites : filter.sites };
  return (summary) => matchesFilter(summary, normalised);
}
