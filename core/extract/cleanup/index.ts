/**
 * Cleanup hooks around Readability. The extractor calls them in this order:
 * cleanupBeforeParse on the cloned document, parseWithRecovery in place of
 * `new Readability(doc).parse()`, then cleanupAfterParse on the content
 * element before sanitising.
 */
import type { CleanupRule } from './rule';
import { CLEANUP_RULES } from './rules';
import { withTextCache } from './dom';

export { coverage, declaredBody, parseWithRecovery, type ParsedArticle } from './parse-with-recovery';
export type { CleanupRule } from './rule';
export { CLEANUP_RULES } from './rules';

/** `rules` lets the benchmark measure each rule by leaving it out. */
export function cleanupBeforeParse(doc: Document, url: URL, rules: readonly CleanupRule[] = CLEANUP_RULES): void {
  // An empty document has no element at all (some DOMs throw on `body` then).
  if (!doc.documentElement) return;
  const root = doc.body ?? doc.documentElement;
  withTextCache(() => {
    for (const rule of rules) if (rule.stage === 'before') rule.apply(root, url);
  });
}

export function cleanupAfterParse(content: Element, url: URL, rules: readonly CleanupRule[] = CLEANUP_RULES): void {
  withTextCache(() => {
    for (const rule of rules) if (rule.stage === 'after') rule.apply(content, url);
  });
}
