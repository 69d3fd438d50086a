/**
 * The offscreen document's only job: run the extractor on HTML the
 * background fetched. It answers the background alone, and checks the
 * payload's shape because a message is data from outside this page.
 */
import { browser } from 'wxt/browser';
import type { ExtractionResult } from '../../core/model';
import { messenger } from '../messaging';
import { isOwnPage } from '../sender-check';
import { extractFromHtml } from './extract-html';

function refuse(message: string): ExtractionResult {
  return { ok: false, error: { code: 'extraction-failed', message } };
}

export function handleOffscreenExtract(data: unknown, sender: { id?: string; url?: string } | undefined): ExtractionResult {
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  if (!isOwnPage(sender, self)) return refuse('Only Kiosque may use its extractor.');
  const { html, url } = (typeof data === 'object' && data !== null ? data : {}) as { html?: unknown; url?: unknown };
  if (typeof html !== 'string' || typeof url !== 'string') return refuse('offscreenExtract needs html and url strings.');
  return extractFromHtml(html, url, window);
}

export function startOffscreenExtractor(): () => void {
  return messenger.onMessage('offscreenExtract', ({ data, sender }) => handleOffscreenExtract(data, sender));
}
