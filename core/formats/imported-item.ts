/**
 * Builds ImportedItems with the defaults every importer shares, and collects
 * them: duplicates inside one file are folded, per-row failures recorded
 * with their position, collections gathered by name.
 */
import { KiosqueError } from '../errors';
import type { ArticleStatus } from '../model';
import { dedupeKey } from '../url';
import { IMPORT_LIMITS } from './limits';
import type { Collection, Highlight, ImportFailure, ImportResult, ImportedItem } from './types';

export interface ItemFields {
  url: string;
  title?: string | null;
  savedAt?: number | null;
  status?: ArticleStatus;
  favourite?: boolean;
  labels?: string[];
  notes?: string;
  progress?: number;
  html?: string;
  text?: string;
  wordCount?: number;
  readingMinutes?: number;
  byline?: string | null;
  excerpt?: string | null;
  siteName?: string | null;
  leadImage?: string | null;
  publishedAt?: string | null;
  highlights?: Highlight[];
}

/**
 * Epoch seconds or milliseconds (or an ISO date) to milliseconds. Exports
 * disagree: Pocket writes seconds, some re-exports milliseconds. Any number
 * under 1e11 is read as seconds: as milliseconds it would be March 1973,
 * before any of these services existed; as seconds it is the year 5138.
 */
export function parseTimestamp(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const raw = typeof value === 'number' ? String(value) : value.trim();
  if (raw === '') return null;
  if (/^\d+(\.\d+)?$/.test(raw)) {
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0) return null;
    return Math.round(n < 1e11 ? n * 1000 : n);
  }
  const parsed = Date.parse(raw);
  return Number.isNaN(parsed) ? null : parsed;
}

function isoOrNull(value: string | null | undefined): string | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** Throws KiosqueError('invalid-input') when the URL is not http(s). */
export function makeImportedItem(fields: ItemFields, now: number): ImportedItem {
  const url = dedupeKey(fields.url);
  const html = fields.html ?? '';
  const title = (fields.title ?? '').replace(/\s+/g, ' ').trim();
  const savedAt = fields.savedAt ?? now;
  return {
    id: null,
    url,
    pageUrl: fields.url.trim(),
    kind: html.trim() === '' ? 'link' : 'article',
    title: title === '' ? url : title,
    siteName: fields.siteName ?? hostOf(url),
    byline: fields.byline ?? null,
    authors: fields.byline ? [fields.byline] : [],
    excerpt: fields.excerpt ? fields.excerpt.slice(0, 300) : null,
    leadImage: fields.leadImage ?? null,
    lang: null,
    dir: null,
    section: null,
    keywords: [],
    publishedAt: isoOrNull(fields.publishedAt),
    modifiedAt: null,
    savedAt,
    updatedAt: savedAt,
    status: fields.status ?? 'unread',
    favourite: fields.favourite ?? false,
    edition: null,
    themes: [],
    editionId: '',
    themeIds: [],
    labels: uniqueLabels(fields.labels ?? []),
    notes: fields.notes ?? '',
    progress: Math.min(1, Math.max(0, fields.progress ?? 0)),
    wordCount: fields.wordCount ?? 0,
    readingMinutes: fields.readingMinutes ?? 0,
    html,
    text: fields.text ?? '',
    highlights: fields.highlights ?? [],
  };
}

export function uniqueLabels(labels: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of labels) {
    const label = raw.trim();
    if (label === '' || seen.has(label.toLowerCase())) continue;
    seen.add(label.toLowerCase());
    out.push(label);
  }
  return out;
}

/** Folds a later duplicate from the same file into the first one. */
function foldDuplicate(first: ImportedItem, later: ImportedItem): void {
  first.labels = uniqueLabels([...first.labels, ...later.labels]);
  first.favourite ||= later.favourite;
  if (first.kind === 'link' && later.kind === 'article') {
    first.kind = 'article';
    first.html = later.html;
    first.text = later.text;
    first.wordCount = later.wordCount;
    first.readingMinutes = later.readingMinutes;
  }
  const quotes = new Set(first.highlights.map((h) => h.quote));
  first.highlights.push(...later.highlights.filter((h) => !quotes.has(h.quote)));
}

export class ImportCollector {
  private readonly items = new Map<string, ImportedItem>();
  private readonly collections = new Map<string, Collection>();
  private merged = 0;
  private skipped = 0;
  private readonly failed: ImportFailure[] = [];

  constructor(private readonly now: number) {}

  /** Adds one item; a bad URL becomes a failure at `where`, not an exception. */
  add(fields: ItemFields, where: string, collectionNames: string[] = []): ImportedItem | null {
    let item: ImportedItem;
    try {
      item = makeImportedItem(fields, this.now);
    } catch (error) {
      if (error instanceof KiosqueError && error.code === 'invalid-input') {
        this.fail(where, error.message);
        return null;
      }
      throw error;
    }
    const existing = this.items.get(item.url);
    if (existing) {
      foldDuplicate(existing, item);
      this.merged++;
    } else {
      if (this.items.size >= IMPORT_LIMITS.maxItems) {
        throw new KiosqueError('import-failed', `More than ${IMPORT_LIMITS.maxItems} items in one file`, { where });
      }
      this.items.set(item.url, item);
    }
    for (const name of collectionNames) this.addToCollection(name, item.url);
    return existing ?? item;
  }

  addToCollection(name: string, url: string): void {
    const key = name.trim();
    if (key === '') return;
    let collection = this.collections.get(key);
    if (!collection) {
      collection = { id: null, name: key, articleUrls: [] };
      this.collections.set(key, collection);
    }
    if (!collection.articleUrls.includes(url)) collection.articleUrls.push(url);
  }

  skip(): void {
    this.skipped++;
  }

  fail(where: string, reason: string): void {
    this.failed.push({ where, reason });
  }

  finish(): ImportResult {
    const articles = [...this.items.values()];
    return {
      articles,
      collections: [...this.collections.values()],
      report: { added: articles.length, merged: this.merged, skipped: this.skipped, failed: this.failed },
    };
  }
}
