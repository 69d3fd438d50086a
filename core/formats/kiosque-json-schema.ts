/**
 * Field-by-field checks for Kiosque JSON articles. A hand-edited or damaged
 * file must not put a wrongly-typed row into storage, where the UI would
 * trip over it much later and far from the cause.
 */
import { THEME_IDS, type Article, type EditionTag, type TagSource, type ThemeTag } from '../model';
import type { Collection, Highlight } from './types';

export class SchemaError extends Error {}

type Obj = Record<string, unknown>;

const TAG_SOURCES: readonly TagSource[] = ['site', 'metadata', 'text', 'model', 'user'];
const THEMES: ReadonlySet<string> = new Set(THEME_IDS);

function obj(value: unknown, field: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new SchemaError(`${field} must be an object`);
  return value as Obj;
}
function str(o: Obj, key: string): string {
  const v = o[key];
  if (typeof v !== 'string') throw new SchemaError(`${key} must be a string`);
  return v;
}
function strOrNull(o: Obj, key: string): string | null {
  const v = o[key];
  if (v === null || v === undefined) return null;
  if (typeof v !== 'string') throw new SchemaError(`${key} must be a string or null`);
  return v;
}
function num(o: Obj, key: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new SchemaError(`${key} must be a number`);
  return v;
}
function numOrNull(o: Obj, key: string): number | null {
  const v = o[key];
  return v === null || v === undefined ? null : num(o, key);
}
function bool(o: Obj, key: string): boolean {
  const v = o[key];
  if (typeof v !== 'boolean') throw new SchemaError(`${key} must be true or false`);
  return v;
}
function strings(o: Obj, key: string): string[] {
  const v = o[key];
  if (!Array.isArray(v) || !v.every((s) => typeof s === 'string')) throw new SchemaError(`${key} must be a list of strings`);
  return v as string[];
}
function oneOf<T extends string>(o: Obj, key: string, allowed: readonly T[]): T {
  const v = str(o, key);
  if (!(allowed as readonly string[]).includes(v)) throw new SchemaError(`${key} must be one of ${allowed.join(', ')}`);
  return v as T;
}

function edition(value: unknown): EditionTag | null {
  if (value === null || value === undefined) return null;
  const o = obj(value, 'edition');
  const label = obj(o.label, 'edition.label');
  return {
    id: str(o, 'id'),
    label: { en: str(label, 'en'), fr: str(label, 'fr') },
    country: str(o, 'country'),
    kind: oneOf(o, 'kind', ['city', 'country', 'international'] as const),
    source: oneOf(o, 'source', TAG_SOURCES),
    confidence: num(o, 'confidence'),
  };
}

function theme(value: unknown): ThemeTag {
  const o = obj(value, 'theme');
  const id = str(o, 'id');
  if (!THEMES.has(id)) throw new SchemaError(`unknown theme ${JSON.stringify(id)}`);
  return { id: id as ThemeTag['id'], source: oneOf(o, 'source', TAG_SOURCES), confidence: num(o, 'confidence') };
}

export function highlight(value: unknown): Highlight {
  const o = obj(value, 'highlight');
  return {
    id: str(o, 'id'),
    quote: str(o, 'quote'),
    note: strOrNull(o, 'note'),
    createdAt: numOrNull(o, 'createdAt'),
    color: strOrNull(o, 'color'),
    prefix: strOrNull(o, 'prefix'),
    suffix: strOrNull(o, 'suffix'),
  };
}

/** Stored URLs end up in `href` and `src` attributes: only web addresses may come in. */
function httpUrl(o: Obj, key: string): string {
  const value = str(o, key);
  if (!/^https?:\/\/[^\s]/i.test(value)) throw new SchemaError(`${key} must be an http(s) URL`);
  return value;
}
function httpUrlOrNull(o: Obj, key: string): string | null {
  const value = strOrNull(o, key);
  return value === null ? null : httpUrl(o, key);
}

/** Article fields in the order the export writes them (the documented schema). */
export function readArticle(value: unknown): Article & { highlights: Highlight[] } {
  const o = obj(value, 'article');
  const themesRaw = o.themes;
  if (!Array.isArray(themesRaw)) throw new SchemaError('themes must be a list');
  const highlightsRaw = o.highlights ?? [];
  if (!Array.isArray(highlightsRaw)) throw new SchemaError('highlights must be a list');
  const ed = edition(o.edition);
  const themes = themesRaw.map(theme);
  const dir = o.dir ?? null;
  if (dir !== null && dir !== 'ltr' && dir !== 'rtl') throw new SchemaError('dir must be ltr, rtl or null');
  return {
    id: str(o, 'id'),
    url: httpUrl(o, 'url'),
    pageUrl: httpUrl(o, 'pageUrl'),
    kind: oneOf(o, 'kind', ['article', 'link'] as const),
    title: str(o, 'title'),
    siteName: strOrNull(o, 'siteName'),
    byline: strOrNull(o, 'byline'),
    authors: strings(o, 'authors'),
    excerpt: strOrNull(o, 'excerpt'),
    leadImage: httpUrlOrNull(o, 'leadImage'),
    lang: strOrNull(o, 'lang'),
    dir,
    section: strOrNull(o, 'section'),
    keywords: strings(o, 'keywords'),
    publishedAt: strOrNull(o, 'publishedAt'),
    modifiedAt: strOrNull(o, 'modifiedAt'),
    savedAt: num(o, 'savedAt'),
    updatedAt: num(o, 'updatedAt'),
    status: oneOf(o, 'status', ['unread', 'read', 'archived'] as const),
    favourite: bool(o, 'favourite'),
    edition: ed,
    themes,
    // The index mirrors are derived, never trusted from the file.
    editionId: ed?.id ?? '',
    themeIds: themes.map((t) => t.id),
    labels: strings(o, 'labels'),
    notes: str(o, 'notes'),
    progress: Math.min(1, Math.max(0, num(o, 'progress'))),
    wordCount: num(o, 'wordCount'),
    readingMinutes: num(o, 'readingMinutes'),
    html: str(o, 'html'),
    text: str(o, 'text'),
    highlights: highlightsRaw.map(highlight),
  };
}

export function readCollection(value: unknown): Collection {
  const o = obj(value, 'collection');
  // Members are matched by article URL, and every stored article URL is
  // http(s); anything else (a `javascript:` entry) can only be an attack.
  const articleUrls = strings(o, 'articleUrls').filter((url) => /^https?:\/\/[^\s]/i.test(url));
  const out: Collection = { id: strOrNull(o, 'id'), name: str(o, 'name'), articleUrls };
  // Optional: older files and other services' folders carry no times.
  const createdAt = numOrNull(o, 'createdAt');
  const updatedAt = numOrNull(o, 'updatedAt');
  if (createdAt !== null) out.createdAt = createdAt;
  if (updatedAt !== null) out.updatedAt = updatedAt;
  return out;
}
