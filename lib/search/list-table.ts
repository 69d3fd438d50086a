/**
 * The facet fields of every list row, in columns. A context (popup, reader,
 * background) keeps one of these instead of 100k full summaries: filtering,
 * counting and sorting touch only small typed arrays, and only the window the
 * list shows is read back as full rows.
 */
import { publishedTime, siteKey } from '../../core/search/filter';
import { THEME_IDS, type ArticleStatus, type ArticleSummary, type ThemeId } from '../../core/model';
import type { ListSort } from '../api-types';

export const STATUSES: readonly ArticleStatus[] = ['unread', 'read', 'archived'];
const THEME_BIT = new Map<string, number>(THEME_IDS.map((id, i) => [id, 1 << i]));

/** Strings repeated across rows (editions, sites) stored once, rows hold their number. */
class Dictionary {
  readonly values: string[] = [];
  private readonly numbers = new Map<string, number>();
  number(value: string): number {
    let n = this.numbers.get(value);
    if (n === undefined) {
      n = this.values.length;
      this.values.push(value);
      this.numbers.set(value, n);
    }
    return n;
  }
  find(value: string): number | undefined {
    return this.numbers.get(value);
  }
}

/** The table as plain, structured-clone-safe data, persisted beside the index. */
export interface TableSnapshot {
  ids: string[];
  savedAt: Float64Array;
  publishedAt: Float64Array;
  edition: Int32Array;
  site: Int32Array;
  themes: Int32Array;
  status: Uint8Array;
  favourite: Uint8Array;
  collections: Array<string[] | null>;
  editions: string[];
  sites: string[];
}

function tagged(value: unknown, kind: string, length: number): boolean {
  return Object.prototype.toString.call(value) === `[object ${kind}]` && (value as { length: number }).length === length;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

export class ListTable {
  /** Row id by slot; null once the row is gone (slots are reused only by a reload). */
  ids: Array<string | null> = [];
  slotOf = new Map<string, number>();
  savedAt = new Float64Array(64);
  /** NaN when the article has no (parsable) published date. */
  publishedAt = new Float64Array(64);
  edition = new Int32Array(64);
  site = new Int32Array(64);
  themes = new Int32Array(64);
  status = new Uint8Array(64);
  favourite = new Uint8Array(64);
  collections: Array<readonly string[] | null> = [];
  readonly editions = new Dictionary();
  readonly sites = new Dictionary();
  private orders = new Map<ListSort, Int32Array>();
  private liveRows = 0;

  get size(): number {
    return this.liveRows;
  }

  /** Adds or refreshes a row. */
  put(row: ArticleSummary): void {
    let slot = this.slotOf.get(row.id);
    const siteNumber = this.sites.number(siteKey(row.url) ?? '');
    const published = publishedTime(row.publishedAt);
    if (slot === undefined) {
      slot = this.ids.length;
      this.grow(slot + 1);
      this.ids.push(row.id);
      this.collections.push(null);
      this.slotOf.set(row.id, slot);
      this.liveRows++;
      this.orders.clear();
    } else if (
      this.savedAt[slot] !== row.savedAt ||
      !Object.is(this.publishedAt[slot], published) ||
      this.site[slot] !== siteNumber
    ) {
      this.orders.clear();
    }
    this.savedAt[slot] = row.savedAt;
    this.publishedAt[slot] = published;
    this.edition[slot] = this.editions.number(row.editionId);
    this.site[slot] = siteNumber;
    let mask = 0;
    for (const theme of row.themeIds) mask |= THEME_BIT.get(theme) ?? 0;
    this.themes[slot] = mask;
    this.status[slot] = Math.max(0, STATUSES.indexOf(row.status));
    this.favourite[slot] = row.favourite ? 1 : 0;
    this.collections[slot] = row.collectionIds && row.collectionIds.length > 0 ? [...row.collectionIds] : null;
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.ids[slot] = null;
    this.collections[slot] = null;
    this.liveRows--;
    this.orders.clear();
  }

  /** Brings the given articles up to date from rows read together with `ids`: a missing row is a deletion. */
  applyRows(ids: readonly string[], rows: ReadonlyArray<ArticleSummary | undefined>): void {
    ids.forEach((id, i) => {
      const row = rows[i];
      if (row) this.put(row);
      else this.remove(id);
    });
  }

  themeBit(theme: ThemeId): number {
    return THEME_BIT.get(theme) ?? 0;
  }

  /** Live slots in display order for `sort`; cached until a row is added, removed or re-dated. */
  order(sort: ListSort): Int32Array {
    const cached = this.orders.get(sort);
    if (cached) return cached;
    const slots: number[] = [];
    this.ids.forEach((id, slot) => {
      if (id !== null) slots.push(slot);
    });
    const order = Int32Array.from(slots);
    const { savedAt, publishedAt, site } = this;
    const siteNames = this.sites.values;
    // Newest first throughout; undated articles after dated ones; ties by
    // saved date so the order is stable across reloads.
    const bySaved = (a: number, b: number) => (savedAt[b] ?? 0) - (savedAt[a] ?? 0) || a - b;
    if (sort === 'savedAt') order.sort(bySaved);
    else if (sort === 'publishedAt') {
      order.sort((a, b) => {
        const pa = publishedAt[a] ?? Number.NaN;
        const pb = publishedAt[b] ?? Number.NaN;
        if (Number.isNaN(pa) !== Number.isNaN(pb)) return Number.isNaN(pa) ? 1 : -1;
        return (Number.isNaN(pa) ? 0 : pb - pa) || bySaved(a, b);
      });
    } else {
      order.sort((a, b) => {
        const sa = siteNames[site[a] ?? 0] ?? '';
        const sb = siteNames[site[b] ?? 0] ?? '';
        return sa < sb ? -1 : sa > sb ? 1 : bySaved(a, b);
      });
    }
    this.orders.set(sort, order);
    return order;
  }

  /** Live rows only, densely renumbered. */
  toSnapshot(): TableSnapshot {
    const live: number[] = [];
    this.ids.forEach((id, slot) => {
      if (id !== null) live.push(slot);
    });
    const pick = <T extends Float64Array | Int32Array | Uint8Array>(from: T, make: (n: number) => T): T => {
      const out = make(live.length);
      live.forEach((slot, i) => {
        out[i] = from[slot] ?? 0;
      });
      return out;
    };
    return {
      ids: live.map((slot) => this.ids[slot] as string),
      savedAt: pick(this.savedAt, (n) => new Float64Array(n)),
      publishedAt: pick(this.publishedAt, (n) => new Float64Array(n)),
      edition: pick(this.edition, (n) => new Int32Array(n)),
      site: pick(this.site, (n) => new Int32Array(n)),
      themes: pick(this.themes, (n) => new Int32Array(n)),
      status: pick(this.status, (n) => new Uint8Array(n)),
      favourite: pick(this.favourite, (n) => new Uint8Array(n)),
      collections: live.map((slot) => (this.collections[slot] ? [...(this.collections[slot] ?? [])] : null)),
      editions: [...this.editions.values],
      sites: [...this.sites.values],
    };
  }

  /** A table from persisted data, or null when the data is not a well-formed snapshot. */
  static fromSnapshot(data: unknown): ListTable | null {
    if (typeof data !== 'object' || data === null) return null;
    const d = data as Partial<Record<keyof TableSnapshot, unknown>>;
    if (!isStringList(d.ids) || !isStringList(d.editions) || !isStringList(d.sites)) return null;
    const n = d.ids.length;
    const columns: Array<[unknown, string]> = [
      [d.savedAt, 'Float64Array'],
      [d.publishedAt, 'Float64Array'],
      [d.edition, 'Int32Array'],
      [d.site, 'Int32Array'],
      [d.themes, 'Int32Array'],
      [d.status, 'Uint8Array'],
      [d.favourite, 'Uint8Array'],
    ];
    if (!columns.every(([column, kind]) => tagged(column, kind, n))) return null;
    if (!Array.isArray(d.collections) || d.collections.length !== n) return null;
    if (!d.collections.every((c) => c === null || isStringList(c))) return null;
    const snap = d as TableSnapshot;
    const editionCount = snap.editions.length;
    const siteCount = snap.sites.length;
    for (let i = 0; i < n; i++) {
      const e = snap.edition[i] ?? -1;
      const s = snap.site[i] ?? -1;
      if (e < 0 || e >= editionCount || s < 0 || s >= siteCount || (snap.status[i] ?? 9) > 2) return null;
    }
    if (new Set(snap.ids).size !== n) return null;
    if (new Set(snap.editions).size !== editionCount || new Set(snap.sites).size !== siteCount) return null;
    const table = new ListTable();
    for (const value of snap.editions) table.editions.number(value);
    for (const value of snap.sites) table.sites.number(value);
    table.grow(n);
    table.ids = [...snap.ids];
    snap.ids.forEach((id, slot) => table.slotOf.set(id, slot));
    table.savedAt.set(snap.savedAt);
    table.publishedAt.set(snap.publishedAt);
    table.edition.set(snap.edition);
    table.site.set(snap.site);
    table.themes.set(snap.themes);
    table.status.set(snap.status);
    table.favourite.set(snap.favourite);
    table.collections = snap.collections.map((c) => (c && c.length > 0 ? c : null));
    table.liveRows = n;
    return table;
  }

  private grow(needed: number): void {
    if (needed <= this.savedAt.length) return;
    const capacity = Math.max(needed, this.savedAt.length * 2);
    const widen = <T extends Float64Array | Int32Array | Uint8Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    this.savedAt = widen(this.savedAt, (n) => new Float64Array(n));
    this.publishedAt = widen(this.publishedAt, (n) => new Float64Array(n));
    this.edition = widen(this.edition, (n) => new Int32Array(n));
    this.site = widen(this.site, (n) => new Int32Array(n));
    this.themes = widen(this.themes, (n) => new Int32Array(n));
    this.status = widen(this.status, (n) => new Uint8Array(n));
    this.favourite = widen(this.favourite, (n) => new Uint8Array(n));
  }
}
