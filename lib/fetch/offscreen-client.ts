/**
 * How the background turns fetched HTML into an ExtractionResult. Firefox's
 * event page has DOMParser and runs the extractor itself. Chrome's service
 * worker has no DOM, so it opens an offscreen document (reason DOM_PARSER),
 * hands it the HTML by message, and closes it when the queue runs dry.
 */
import { browser } from 'wxt/browser';
import { messenger } from '../messaging';
import { extractFromHtml } from './extract-html';

export const OFFSCREEN_PATH = '/offscreen.html';
const OFFSCREEN_ATTEMPTS = 3;

let creating: Promise<void> | undefined;
let open = false;
/** Calls under way in the document: closing it then would cut an export or import short. */
let holds = 0;

async function offscreenExists(): Promise<boolean> {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  return contexts.length > 0;
}

async function ensureOffscreen(): Promise<void> {
  // Known open, or the service worker restarted while the document stayed.
  if (open && (await offscreenExists())) return;
  if (await offscreenExists()) {
    open = true;
    return;
  }
  creating ??= browser.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['DOM_PARSER'],
      justification: 'Read the articles the reader imported as links, with the same extractor as a clip.',
    })
    .then(() => {
      open = true;
    })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}

export async function closeOffscreen(): Promise<void> {
  if (holds > 0 || !open || typeof browser.offscreen?.closeDocument !== 'function') return;
  open = false;
  try {
    await browser.offscreen.closeDocument();
  } catch (error) {
    // Already closed by the browser: nothing held any more.
    console.warn('Kiosque: offscreen document was already closed', error);
  }
}

/**
 * Sends one message to the offscreen document, opening it first. The document
 * stays open while the call runs (closeOffscreen waits for the next drain).
 */
export async function callOffscreen<T>(send: () => Promise<T>): Promise<T> {
  holds += 1;
  try {
    for (let attempt = 1; ; attempt += 1) {
      await ensureOffscreen();
      try {
        return await send();
      } catch (error) {
        // "Receiving end does not exist": the document was closing, or its script had not
        // registered yet. Open it afresh and try again before giving up.
        if (attempt >= OFFSCREEN_ATTEMPTS) throw error;
        open = false;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  } finally {
    holds -= 1;
  }
}

export function createHtmlExtractor(): (html: string, url: string) => Promise<unknown> {
  if (typeof DOMParser === 'function' && typeof window === 'object') {
    return async (html, url) => extractFromHtml(html, url, window);
  }
  return (html, url) => callOffscreen(() => messenger.sendMessage('offscreenExtract', { html, url }));
}

/** Whether the reader granted access to this page's site (or to all sites). */
export async function hasHostPermission(url: string): Promise<boolean> {
  const parsed = new URL(url);
  return browser.permissions.contains({ origins: [`${parsed.protocol}//${parsed.hostname}/*`] });
}
