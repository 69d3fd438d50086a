/**
 * Test documents: linkedom for speed, and one shared jsdom window for
 * DOMPurify, which cannot run on linkedom's window (it would return its input
 * unsanitised; see sanitize.test.ts).
 */
import { parseHTML } from 'linkedom';
import { JSDOM } from 'jsdom';

let sanitizerWindow: Window | null = null;

export function jsdomWindow(): Window {
  sanitizerWindow ??= new JSDOM('').window as unknown as Window;
  return sanitizerWindow;
}

export function linkedomDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export const NOW = new Date('2026-11-27T00:00:00Z');
