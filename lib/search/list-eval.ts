/**
 * One pass over the candidate rows of a list query: the rows every facet
 * accepts, in display order, and per facet the counts with every *other*
 * facet applied (so ticking "Madrid" still shows how many "Lisbonne" rows
 * there are to switch to).
 */
import { THEME_IDS } from '../../core/model';
import { siteKey, type ListFilter } from '../../core/search/filter';
import type { FacetCounts, ListSort } from '../api-types';
import { STATUSES, type ListTable } from './list-table';

const EDITION = 1;
const THEME = 2;
const SITE = 4;
const STATUS = 8;
const FAVOURITE = 16;
const THEME_ORDER: readonly string[] = THEME_IDS;

/** A filter turned into dictionary numbers and bit masks for this table. */
interface CompiledFilter {
  editions: Set<number> | null;
  themes: number | null;
  sites: Set<number> | null;
  statuses: Set<number> | null;
  favourite: number | null;
  from: number;
  to: number;
  dateField: 'savedAt' | 'publishedAt';
}

function compile(table: ListTable, filter: ListFilter): CompiledFilter {
  const numbers = (values: readonly string[] | undefined, find: (v: string) => number | undefined) => {
    if (!values || values.length === 0) return null;
    const set = new Set<number>();
    for (const value of values) {
      const n = find(value);
      if (n !== undefined) set.add(n);
    }
    return set;
  };
  let themes: number | null = null;
  if (filter.themeIds && filter.themeIds.length > 0) {
    themes = 0;
    for (const theme of filter.themeIds) themes |= table.themeBit(theme);
  }
  return {
    editions: numbers(filter.editionIds, (v) => table.editions.find(v)),
    themes,
    sites: numbers(filter.sites, (v) => {
      const key = siteKey(v);
      return key === null ? undefined : table.sites.find(key);
    }),
    statuses: numbers(filter.statuses, (v) => {
      const n = STATUSES.indexOf(v as (typeof STATUSES)[number]);
      return n < 0 ? undefined : n;
    }),
    favourite: filter.favourite === undefined ? null : filter.favourite ? 1 : 0,
    from: filter.from ?? Number.NEGATIVE_INFINITY,
    to: filter.to ?? Number.POSITIVE_INFINITY,
    dateField: filter.dateField ?? 'savedAt',
  };
}

function failures(table: ListTable, slot: number, f: CompiledFilter): number {
  let failed = 0;
  if (f.editions !== null && !f.editions.has(table.edition[slot] ?? -1)) failed |= EDITION;
  if (f.themes !== null && ((table.themes[slot] ?? 0) & f.themes) === 0) failed |= THEME;
  if (f.sites !== null && !f.sites.has(table.site[slot] ?? -1)) failed |= SITE;
  if (f.statuses !== null && !f.statuses.has(table.status[slot] ?? -1)) failed |= STATUS;
  if (f.favourite !== null && table.favourite[slot] !== f.favourite) failed |= FAVOURITE;
  return failed;
}

function inDateRange(table: ListTable, slot: number, f: CompiledFilter): boolean {
  if (f.from === Number.NEGATIVE_INFINITY && f.to === Number.POSITIVE_INFINITY) return true;
  const date = (f.dateField === 'savedAt' ? table.savedAt[slot] : table.publishedAt[slot]) ?? Number.NaN;
  return !Number.isNaN(date) && date >= f.from && date <= f.to;
}

export function emptyCounts(): FacetCounts {
  return { editions: {}, themes: {}, sites: {}, statuses: { unread: 0, read: 0, archived: 0 }, favourite: 0 };
}

export interface EvaluateOptions {
  /** The facets the reader toggles: counted. */
  filter: ListFilter;
  /** Constraints that are not facets (a saved search's own filter): applied, never counted. */
  base?: ListFilter;
  /** Only members of this manual collection. */
  memberOf?: string;
  /** Search hits best first, or null when there is no query. */
  hits: ReadonlyArray<{ id: string }> | null;
  /** Keep the hits' order (relevance) rather than `sort`. */
  ranked: boolean;
  sort: ListSort;
}

export interface Evaluation {
  slots: number[];
  counts: FacetCounts;
}

export function evaluate(table: ListTable, opts: EvaluateOptions): Evaluation {
  const f = compile(table, opts.filter);
  const base = opts.base ? compile(table, opts.base) : null;
  const counts = emptyCounts();
  const editionCounts = new Map<number, number>();
  const siteCounts = new Map<number, number>();
  const themeCounts = new Array<number>(32).fill(0);
  const slots: number[] = [];

  const visit = (slot: number) => {
    if (table.ids[slot] == null) return;
    if (!inDateRange(table, slot, f)) return;
    if (base && (failures(table, slot, base) !== 0 || !inDateRange(table, slot, base))) return;
    if (opts.memberOf !== undefined && !(table.collections[slot]?.includes(opts.memberOf) ?? false)) return;
    const failed = failures(table, slot, f);
    // A row counts for facet X when every facet but X accepts it.
    if (failed === 0) slots.push(slot);
    if ((failed & ~EDITION) === 0) {
      const e = table.edition[slot] ?? 0;
      editionCounts.set(e, (editionCounts.get(e) ?? 0) + 1);
    }
    if ((failed & ~THEME) === 0) {
      const mask = table.themes[slot] ?? 0;
      for (let bit = 0; bit < 32; bit++) if (mask & (1 << bit)) themeCounts[bit] = (themeCounts[bit] ?? 0) + 1;
    }
    if ((failed & ~SITE) === 0) {
      const s = table.site[slot] ?? 0;
      siteCounts.set(s, (siteCounts.get(s) ?? 0) + 1);
    }
    if ((failed & ~STATUS) === 0) counts.statuses[STATUSES[table.status[slot] ?? 0] ?? 'unread']++;
    if ((failed & ~FAVOURITE) === 0 && table.favourite[slot] === 1) counts.favourite++;
  };

  if (opts.hits === null) {
    for (const slot of table.order(opts.sort)) visit(slot);
  } else if (opts.ranked) {
    for (const hit of opts.hits) {
      const slot = table.slotOf.get(hit.id);
      if (slot !== undefined) visit(slot);
    }
  } else {
    const hit = new Uint8Array(table.ids.length);
    for (const h of opts.hits) {
      const slot = table.slotOf.get(h.id);
      if (slot !== undefined) hit[slot] = 1;
    }
    for (const slot of table.order(opts.sort)) if (hit[slot] === 1) visit(slot);
  }

  for (const [n, count] of editionCounts) counts.editions[table.editions.values[n] ?? ''] = count;
  for (const [n, count] of siteCounts) counts.sites[table.sites.values[n] ?? ''] = count;
  themeCounts.forEach((count, bit) => {
    const theme = THEME_ORDER[bit];
    if (count > 0 && theme !== undefined) counts.themes[theme] = count;
  });
  return { slots, counts };
}
