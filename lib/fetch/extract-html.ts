/**
 * Runs the clipper's own pipeline (core/extract) on fetched HTML. The page is
 * parsed with DOMParser, which yields an inert document: its scripts never
 * run and its images never load. Returns an ExtractionResult, plain data, so
 * the same function serves the offscreen document (Chrome, whose service
 * worker has no DOMParser) and the Firefox event page.
 */
import { extractArticle } from '../../core/extract';
import { isKiosqueError } from '../../core/errors';
import type { ExtractionResult } from '../../core/model';

export function extractFromHtml(html: string, url: string, win: Window & typeof globalThis, now: Date = new Date()): ExtractionResult {
  const start = performance.now();
  try {
    const doc = new win.DOMParser().parseFromString(html, 'text/html');
    // A parsed document has no window of its own; DOMPurify runs in the page's.
    const article = extractArticle(doc, url, { now, sanitizerWindow: win });
    return { ok: true, article, ms: performance.now() - start };
  } catch (error) {
    const code = isKiosqueError(error) && error.code === 'page-too-large' ? 'page-too-large' : 'extraction-failed';
    return { ok: false, error: { code, message: error instanceof Error ? error.message : String(error) } };
  }
}
