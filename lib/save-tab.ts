/**
 * Clips one tab: checks the page may be read, runs the extractor in it,
 * checks what came back, tags it and stores it. The background, the popup
 * and the automation API all save through here.
 */
import { browser } from 'wxt/browser';
import { KiosqueError, isKiosqueError } from '../core/errors';
import type { ExtractedArticle } from '../core/model';
import { restrictedMessage, restrictedReason } from '../core/restricted-url';
import { parseExtractionResult } from '../core/validate-extraction';
import { saveExtracted, type SaveResult } from './db/repository';
import type { KiosqueDb } from './db/schema';
import { loadTagging } from './tagging-lazy';

/** The built extractor (entrypoints/extract.ts, an unlisted script injected on demand). */
export const EXTRACTOR_FILE = '/extract.js';

export interface SaveTabDeps {
  db: () => KiosqueDb;
  now: () => number;
  newId: () => string;
}

interface Frame {
  url: string;
  /** Chrome only (106+); Firefox reports no document ids. */
  documentId: string | undefined;
}

/** The address without its fragment: a jump to an anchor is not a navigation. */
function sameDocumentUrl(a: string, b: string): boolean {
  return a.split('#', 1)[0] === b.split('#', 1)[0];
}

function navigatedAway(detail: string): KiosqueError {
  return new KiosqueError('navigated-away', `The tab left the page while it was being saved (${detail}).`);
}

/** Browser messages for injection failures, in Chrome's and Firefox's wording. */
export function mapInjectionError(error: unknown): KiosqueError {
  if (isKiosqueError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/No tab with id|tab was closed|Invalid tab ID/i.test(message)) {
    return new KiosqueError('tab-not-found', 'The tab was closed before it could be saved.');
  }
  if (/Frame with ID \d+ was removed|No document with id|frame was removed|unloaded|navigat|Message manager disconnected/i.test(message)) {
    return navigatedAway(message);
  }
  if (/showing error page/i.test(message)) {
    return new KiosqueError('extraction-failed', 'The page did not load, so there is nothing to save.');
  }
  if (/Cannot access|cannot be scripted|Missing host permission|permission to access|Cannot script|Extension manifest must request/i.test(message)) {
    return new KiosqueError('restricted-page', `The browser does not let extensions read this page: ${message}`);
  }
  return new KiosqueError('extraction-failed', `The page could not be read: ${message}`);
}

async function getTabUrl(tabId: number): Promise<string | undefined> {
  let tab: { url?: string } | undefined;
  try {
    tab = await browser.tabs.get(tabId);
  } catch (error) {
    throw mapInjectionError(error);
  }
  if (!tab) throw new KiosqueError('tab-not-found', `No tab has the id ${tabId}.`);
  return tab.url;
}

async function checkAllowed(url: string | undefined): Promise<void> {
  // Only ask about file access for file pages: the answer costs a round trip.
  const fileSchemeAllowed = url?.startsWith('file:') ? await browser.extension.isAllowedFileSchemeAccess() : false;
  const reason = restrictedReason(url, { fileSchemeAllowed });
  if (reason) throw new KiosqueError('restricted-page', restrictedMessage(reason), { reason });
}

/** Which document the tab shows now; pins the extraction to it where the browser allows. */
async function probeFrame(tabId: number): Promise<Frame> {
  const [probe] = await browser.scripting.executeScript({ target: { tabId }, func: () => location.href });
  const url: unknown = probe?.result;
  if (typeof url !== 'string') throw new KiosqueError('extraction-failed', 'The page did not answer.');
  return { url, documentId: (probe as { documentId?: string } | undefined)?.documentId };
}

async function runExtractor(tabId: number, frame: Frame): Promise<{ result: unknown; documentId: string | undefined }> {
  const target = frame.documentId ? { tabId, documentIds: [frame.documentId] } : { tabId };
  const [injection] = await browser.scripting.executeScript({ target, files: [EXTRACTOR_FILE] });
  const failure = (injection as { error?: unknown } | undefined)?.error;
  if (failure !== undefined) throw new KiosqueError('extraction-failed', `The extractor failed: ${String(failure)}`);
  return { result: injection?.result, documentId: (injection as { documentId?: string } | undefined)?.documentId };
}

/** Runs the extractor and returns a checked article that belongs to the page the tab showed. */
async function extractFromTab(tabId: number): Promise<ExtractedArticle> {
  const before = await getTabUrl(tabId);
  await checkAllowed(before);
  let frame: Frame;
  let extracted: { result: unknown; documentId: string | undefined };
  try {
    frame = await probeFrame(tabId);
    extracted = await runExtractor(tabId, frame);
  } catch (error) {
    throw mapInjectionError(error);
  }
  const after = await getTabUrl(tabId);
  if (before === undefined || after === undefined || !sameDocumentUrl(before, after)) {
    throw navigatedAway(`now at ${after ?? 'an unknown address'}`);
  }
  if (frame.documentId && extracted.documentId && frame.documentId !== extracted.documentId) {
    throw navigatedAway('the document was replaced');
  }
  const article = parseExtractionResult(extracted.result);
  if (!sameDocumentUrl(article.url, frame.url)) throw navigatedAway(`the page moved to ${article.url}`);
  await checkAllowed(article.url);
  return article;
}

/**
 * Returns saveTab. A second save of a tab whose first save is still running
 * gets the same promise: one clip, one row, no error.
 */
export function createSaveTab(deps: SaveTabDeps): (tabId: number) => Promise<SaveResult> {
  const running = new Map<number, Promise<SaveResult>>();

  async function save(tabId: number): Promise<SaveResult> {
    const article = await extractFromTab(tabId);
    const { tagArticle } = await loadTagging();
    return saveExtracted(deps.db(), article, {
      now: deps.now(),
      newId: deps.newId,
      tag: (existing, model) => tagArticle(article, { model, existing }),
    });
  }

  return (tabId: number): Promise<SaveResult> => {
    if (!Number.isInteger(tabId) || tabId < 0) {
      return Promise.reject(new KiosqueError('invalid-input', `Not a tab id: ${String(tabId).slice(0, 40)}`));
    }
    const pending = running.get(tabId);
    if (pending) return pending;
    const started = save(tabId).finally(() => running.delete(tabId));
    running.set(tabId, started);
    return started;
  };
}
