/**
 * Readability the documented way: `isProbablyReaderable` on the live page,
 * `parse()` on a clone, so the page the reader is looking at is never
 * mutated. The cleanup hooks run on the clone before and on the content
 * element after the parse.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { cleanupAfterParse, cleanupBeforeParse, CLEANUP_RULES } from './cleanup';
import { truncateContent } from './size-guard';

export interface ReadabilityOutput {
  title: string | null;
  byline: string | null;
  excerpt: string | null;
  siteName: string | null;
  lang: string | null;
  dir: string | null;
  publishedTime: string | null;
  /** Readability's content element (in the clone's document), or null. */
  content: Element | null;
  /** Whether the content was cut to MAX_ARTICLE_TEXT. */
  truncated: boolean;
}

function orNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value.trim() === '' ? null : value;
}

/**
 * `attemptWhenNotReaderable`: the gate misses some short genuine articles
 * (6 of 181 benchmark pages), so a page whose metadata says it is an article
 * is parsed anyway.
 */
export function runReadability(doc: Document, url: URL, attemptWhenNotReaderable: boolean, bodyText?: string): ReadabilityOutput {
  const empty: ReadabilityOutput = {
    title: null,
    byline: null,
    excerpt: null,
    siteName: null,
    lang: null,
    dir: null,
    publishedTime: null,
    content: null,
    truncated: false,
  };
  // The gate reads every paragraph of the live page: asked only when its answer decides.
  if (!attemptWhenNotReaderable && !isProbablyReaderable(doc)) return empty;
  const clone = doc.cloneNode(true) as Document;
  // The clone is taken in the same task, so its body holds exactly bodyText.
  cleanupBeforeParse(clone, url, CLEANUP_RULES, bodyText);
  const parsed = new Readability<Element>(clone, {
    serializer: (node) => node as Element,
    // The after-parse cleanup rules find boilerplate by class name; the
    // sanitiser drops every class afterwards.
    keepClasses: true,
  }).parse();
  if (parsed === null) return empty;
  const content = parsed.content ?? null;
  // Cut before the after-parse cleanup, whose rules cost time per block.
  const truncated = content !== null && truncateContent(content);
  if (content !== null) cleanupAfterParse(content, url);
  return {
    title: orNull(parsed.title),
    byline: orNull(parsed.byline),
    excerpt: orNull(parsed.excerpt),
    siteName: orNull(parsed.siteName),
    lang: orNull(parsed.lang),
    dir: orNull(parsed.dir),
    publishedTime: orNull(parsed.publishedTime),
    content,
    truncated,
  };
}
