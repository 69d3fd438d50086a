/**
 * Bounds on what one page may cost. Readability handles 5 MB of text in well
 * under a second on linkedom, so big pages are kept, cut to a size the
 * reading list can store and render; only absurd pages are refused.
 */
import { KiosqueError } from '../errors';

/** Beyond this much text in the page, extraction is refused as `page-too-large`. */
export const MAX_PAGE_TEXT = 12_000_000;
/** Article text kept; about a 150,000-word book. The rest is cut at a block boundary. */
export const MAX_ARTICLE_TEXT = 1_000_000;

/** Returns the body's text it measured (null without a body), for the cleanup rules' page scans. */
export function assertPageSize(doc: Document): string | null {
  const text = doc.body?.textContent ?? null;
  const length = text?.length ?? 0;
  if (length > MAX_PAGE_TEXT) {
    throw new KiosqueError('page-too-large', `The page holds ${length} characters of text.`, { length, limit: MAX_PAGE_TEXT });
  }
  return text;
}

/**
 * Keeps the first `budget` characters of text under `node`, removing whatever
 * follows; a block straddling the limit is cut inside, down to its text node.
 * Returns whether anything was cut.
 */
export function truncateContent(node: Node, budget = MAX_ARTICLE_TEXT): boolean {
  if ((node.textContent?.length ?? 0) <= budget) return false;
  let left = budget;
  for (const child of Array.from(node.childNodes)) {
    const length = child.textContent?.length ?? 0;
    if (left <= 0) {
      node.removeChild(child);
    } else if (length <= left) {
      left -= length;
    } else {
      if (child.nodeType === 3) child.nodeValue = (child.nodeValue ?? '').slice(0, left);
      else truncateContent(child, left);
      left = 0;
    }
  }
  return true;
}
