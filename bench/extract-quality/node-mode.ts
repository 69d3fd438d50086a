/**
 * Fast mode: every page parsed with linkedom in this process. Plain
 * Readability 0.6 (`textContent`, as the benchmark's published row) is the
 * baseline; Kiosque is the cloned document run through the cleanup hooks and
 * Readability with candidate recovery.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import {
  CLEANUP_RULES,
  cleanupAfterParse,
  cleanupBeforeParse,
  parseWithRecovery,
} from '../../core/extract/cleanup/index';
import { blockText } from '../../core/extract/plain-text';

export function buildDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Plain @mozilla/readability 0.6 on a clone, the documented way. */
export function plainReadabilityText(doc: Document): string {
  const article = new Readability(doc.cloneNode(true) as Document).parse();
  return article?.textContent ?? '';
}

/** Kiosque's extraction path, run under Node. */
export function kiosqueText(doc: Document, url: URL, skip: ReadonlySet<string> = new Set()): string {
  const rules = CLEANUP_RULES.filter((r) => !skip.has(r.id));
  const clone = doc.cloneNode(true) as Document;
  cleanupBeforeParse(clone, url, rules);
  const content = parseWithRecovery(clone);
  if (!content) return '';
  cleanupAfterParse(content, url, rules);
  return blockText(content);
}
