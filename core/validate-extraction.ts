/**
 * Checks what the injected extractor handed back before anything is stored.
 * The extractor runs inside the page, whose scripts can replace built-ins
 * (JSON, Array.prototype.map, String) and so bend what comes back; only a
 * value with exactly ExtractedArticle's shape, types and size limits passes.
 * The result is a fresh object holding only the known fields.
 */
import { KiosqueError } from './errors';
import type { ArticleKind, ExtractedArticle } from './model';
import { MAX_PAGE_TEXT } from './extract/size-guard';

export const EXTRACTION_LIMITS = {
  url: 8_192,
  title: 2_000,
  shortText: 1_000,
  excerpt: 5_000,
  listItems: 200,
  listItem: 300,
  date: 64,
  /** The extractor refuses pages with more text than this, so no article can hold more. */
  text: MAX_PAGE_TEXT,
  /** Markup around the text: generous, but bounded so one page cannot fill the disk. */
  html: MAX_PAGE_TEXT * 4,
  readingMinutes: 1_000_000,
} as const;

type Fields = Record<string, unknown>;

function fail(field: string, why: string): never {
  throw new KiosqueError('invalid-extraction', `The extractor returned an invalid ${field}: ${why}.`, { field });
}

function isPlainObject(value: unknown): value is Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function str(obj: Fields, field: string, max: number): string {
  const value = obj[field];
  if (typeof value !== 'string') fail(field, `expected a string, got ${typeof value}`);
  if (value.length > max) fail(field, `longer than ${max} characters`);
  return value;
}

function nullableStr(obj: Fields, field: string, max: number): string | null {
  return obj[field] === null ? null : str(obj, field, max);
}

function webUrl(obj: Fields, field: string, schemes: readonly string[]): string {
  const value = str(obj, field, EXTRACTION_LIMITS.url);
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    fail(field, 'not an absolute URL');
  }
  if (!schemes.includes(parsed.protocol)) fail(field, `scheme ${parsed.protocol} is not allowed`);
  return value;
}

function strList(obj: Fields, field: string): string[] {
  const value = obj[field];
  if (!Array.isArray(value)) fail(field, 'expected an array');
  if (value.length > EXTRACTION_LIMITS.listItems) fail(field, `more than ${EXTRACTION_LIMITS.listItems} items`);
  const out: string[] = [];
  // A for loop, not .map: the list came from the page and may be an exotic array.
  for (let i = 0; i < value.length; i += 1) {
    const item: unknown = value[i];
    if (typeof item !== 'string') fail(field, `item ${i} is not a string`);
    if (item.length > EXTRACTION_LIMITS.listItem) fail(field, `item ${i} is too long`);
    out.push(item);
  }
  return out;
}

function count(obj: Fields, field: string, max: number): number {
  const value = obj[field];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    fail(field, `expected an integer between 0 and ${max}`);
  }
  return value;
}

function isoDate(obj: Fields, field: string): string | null {
  const value = nullableStr(obj, field, EXTRACTION_LIMITS.date);
  if (value !== null && Number.isNaN(Date.parse(value))) fail(field, 'not a date');
  return value;
}

const PAGE_SCHEMES = ['http:', 'https:', 'file:'] as const;
const IMAGE_SCHEMES = ['http:', 'https:'] as const;

export function validateExtractedArticle(value: unknown): ExtractedArticle {
  if (!isPlainObject(value)) fail('article', 'not a plain object');
  const kind = value.kind;
  if (kind !== 'article' && kind !== 'link') fail('kind', 'expected "article" or "link"');
  const lang = nullableStr(value, 'lang', 8);
  if (lang !== null && !/^[a-z]{2,3}$/.test(lang)) fail('lang', 'not an ISO 639 code');
  const dir = value.dir;
  if (dir !== 'ltr' && dir !== 'rtl' && dir !== null) fail('dir', 'expected "ltr", "rtl" or null');
  const truncated = value.truncated;
  if (truncated !== undefined && typeof truncated !== 'boolean') fail('truncated', 'expected a boolean');
  const text = str(value, 'text', EXTRACTION_LIMITS.text);
  const title = str(value, 'title', EXTRACTION_LIMITS.title);
  if (title.trim() === '') fail('title', 'empty');
  const article: ExtractedArticle = {
    kind: kind satisfies ArticleKind,
    url: webUrl(value, 'url', PAGE_SCHEMES),
    canonicalUrl: webUrl(value, 'canonicalUrl', PAGE_SCHEMES),
    title,
    byline: nullableStr(value, 'byline', EXTRACTION_LIMITS.shortText),
    authors: strList(value, 'authors'),
    siteName: nullableStr(value, 'siteName', EXTRACTION_LIMITS.shortText),
    lang,
    dir,
    excerpt: nullableStr(value, 'excerpt', EXTRACTION_LIMITS.excerpt),
    leadImage: value.leadImage === null ? null : webUrl(value, 'leadImage', IMAGE_SCHEMES),
    section: nullableStr(value, 'section', EXTRACTION_LIMITS.shortText),
    keywords: strList(value, 'keywords'),
    places: strList(value, 'places'),
    publishedAt: isoDate(value, 'publishedAt'),
    modifiedAt: isoDate(value, 'modifiedAt'),
    html: str(value, 'html', EXTRACTION_LIMITS.html),
    text,
    wordCount: count(value, 'wordCount', text.length),
    readingMinutes: count(value, 'readingMinutes', EXTRACTION_LIMITS.readingMinutes),
  };
  if (truncated !== undefined) article.truncated = truncated;
  return article;
}

/**
 * Unwraps the extractor's result: the article when it succeeded, the
 * extractor's own typed error when it reported one, `invalid-extraction`
 * for anything else.
 */
export function parseExtractionResult(value: unknown): ExtractedArticle {
  if (!isPlainObject(value)) fail('result', 'not a plain object');
  if (value.ok === true) return validateExtractedArticle(value.article);
  if (value.ok !== false) fail('result', 'missing ok flag');
  const error = value.error;
  if (!isPlainObject(error)) fail('error', 'not a plain object');
  const code = error.code;
  if (code !== 'extraction-failed' && code !== 'page-too-large') fail('error code', String(code).slice(0, 60));
  const message = str(error, 'message', EXTRACTION_LIMITS.excerpt);
  throw new KiosqueError(code, message);
}
