/**
 * Cleanup hooks around Readability. The extractor calls them in this order:
 * cleanupBeforeParse on the cloned document, Readability's parse, then
 * cleanupAfterParse on the content element before sanitising.
 *
 * A second parse when Readability keeps under half of the body the page
 * declares (JSON-LD `articleBody`) was tried and removed: on the 181
 * benchmark pages it changed no page's text, and it cost a second JSON-LD
 * read on every page.
 */
import type { CleanupRule } from './rule';
import { CLEANUP_RULES } from './rules';
import { withTextCache } from './dom';

export type { CleanupRule } from './rule';
export { CLEANUP_RULES } from './rules';

/**
 * `rules` lets the benchmark measure each rule by leaving it out.
 * `bodyText`: the text of `doc`'s body as it stood when `doc` was cloned
 * from the page, which the extractor has already read for its size guard;
 * the rules' whole-page scans use it instead of reading the page again.
 */
export function cleanupBeforeParse(
  doc: Document,
  url: URL,
  rules: readonly CleanupRule[] = CLEANUP_RULES,
  bodyText?: string,
): void {
  // An empty document has no element at all (some DOMs throw on `body` then).
  if (!doc.documentElement) return;
  const body = doc.body;
  const root = body ?? doc.documentElement;
  withTextCache(
    () => {
      for (const rule of rules) if (rule.stage === 'before') rule.apply(root, url);
    },
    body !== null ? bodyText : undefined,
  );
}

export function cleanupAfterParse(content: Element, url: URL, rules: readonly CleanupRule[] = CLEANUP_RULES): void {
  withTextCache(() => {
    for (const rule of rules) if (rule.stage === 'after') rule.apply(content, url);
  });
}
