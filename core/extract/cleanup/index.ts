/**
 * Cleanup hooks around Readability. The extractor calls them in this order:
 * cleanupBeforeParse on the cloned document, Readability (through
 * parseWithRecovery when it wants the candidate retry), then
 * cleanupAfterParse on the content element before sanitising.
 */
import { BEFORE_PARSE_RULES, AFTER_PARSE_RULES } from './rules';

export { parseWithRecovery } from './parse-with-recovery';

export function cleanupBeforeParse(doc: Document, url: URL): void {
  const root = doc.body ?? doc.documentElement;
  if (!root) return;
  for (const rule of BEFORE_PARSE_RULES) rule.apply(root, url);
}

export function cleanupAfterParse(content: Element, url: URL): void {
  for (const rule of AFTER_PARSE_RULES) rule.apply(content, url);
}
