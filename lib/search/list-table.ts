/**
 * The facet fields of every list row, in columns. A context (popup, reader,
 * background) keeps one of these instead of 100k full summaries: filtering,
 * counting and sorting touch only small typed arrays, and only the window the
 * list shows is read back as full rows.
 */
import { siteKey } from '../../core/search/filter';
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
    const published = row.publishedAt === null ? Number.NaN : Date.parse(row.publishedAt);
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
