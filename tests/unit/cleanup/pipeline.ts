/** Runs the cleanup hooks around Readability the way the extractor does, with a chosen rule set. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { cleanupAfterParse, cleanupBeforeParse, type CleanupRule } from '../../../core/extract/cleanup/index';
import { blockText } from '../../../core/extract/plain-text';

export const PAGES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/pages');

export interface PageSpec {
  url: string;
  textIncludes: string[];
  textExcludes: string[];
}

export function loadPage(slug: string): { html: string; spec: PageSpec } {
  const dir = path.join(PAGES_DIR, slug);
  return {
    html: readFileSync(path.join(dir, 'source.html'), 'utf8'),
    spec: JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as PageSpec,
  };
}

export function documentOf(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function extractText(html: string, url: string, rules: readonly CleanupRule[]): string {
  const doc = documentOf(html).cloneNode(true) as Document;
  const pageUrl = new URL(url);
  cleanupBeforeParse(doc, pageUrl, rules);
  const parsed = new Readability<Element>(doc, { serializer: (n) => n as Element, keepClasses: true }).parse();
  const content = parsed?.content;
  if (!content) throw new Error(`Readability found no article in ${url}`);
  cleanupAfterParse(content, pageUrl, rules);
  return blockText(content);
}

export function occurrences(text: string, passage: string): number {
  return text.split(passage).length - 1;
}
