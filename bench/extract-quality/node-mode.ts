/**
 * Fast mode: every page parsed with linkedom in this process. Plain
 * Readability 0.6 (`textContent`, as the benchmark's published row) is the
 * baseline; Kiosque is extractArticle, or for an ablation the cloned document
 * run through the cleanup hooks and Readability.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { CLEANUP_RULES, cleanupAfterParse, cleanupBeforeParse } from '../../core/extract/cleanup/index';
import { createRequire } from 'node:module';
import { blockText } from '../../core/extract/plain-text';
import { extractArticle } from '../../core/extract/index';
import { isKiosqueError } from '../../core/errors';

// DOMPurify cannot run on linkedom's window; the extractor takes another one for it.
// jsdom ships no types here; this is the one constructor we use.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: Window } };
const sanitizerWindow = new JSDOM('').window;

export function buildDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Plain @mozilla/readability 0.6 on a clone, the documented way. */
export function plainReadabilityText(doc: Document): string {
  const article = new Readability(doc.cloneNode(true) as Document).parse();
  return article?.textContent ?? '';
}

/** Kiosque's metadata for one page, from extractArticle itself. */
export function kiosqueArticle(doc: Document, url: string): ReturnType<typeof extractArticle> {
  return extractArticle(doc, url, { sanitizerWindow });
}

/**
 * Kiosque's extraction under Node: extractArticle itself, or, when rules are
 * left out for an ablation, the hooks around Readability alone.
 */
export function kiosqueText(doc: Document, url: URL, skip: ReadonlySet<string> = new Set(), hooksOnly = false): string {
  if (skip.size === 0 && !hooksOnly) {
    try {
      return extractArticle(doc, url.href, { sanitizerWindow }).text;
    } catch (error) {
      if (!isKiosqueError(error)) throw error;
      console.error(`${url.href}: ${error.code}: ${error.message}`);
      return '';
    }
  }
  const rules = CLEANUP_RULES.filter((r) => !skip.has(r.id));
  const copy = doc.cloneNode(true) as Document;
  cleanupBeforeParse(copy, url, rules);
  const content = new Readability<Element>(copy, { serializer: (n) => n as Element, keepClasses: true }).parse()?.content ?? null;
  if (!content) return '';
  cleanupAfterParse(content, url, rules);
  return blockText(content);
}
