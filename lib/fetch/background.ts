/**
 * Starts the fetch queue in the background: the worker with its browser
 * dependencies, the wake-up message from pages, and the resume of whatever a
 * closed browser left unfinished. Called on every background start, since a
 * stopped service worker is a restart too.
 */
import { browser } from 'wxt/browser';
import type { KiosqueDb } from '../db/schema';
import { messenger } from '../messaging';
import { isOwnPage } from '../sender-check';
import { kiosqueDb } from '../services';
import { loadTagging } from '../tagging-lazy';
import { closeOffscreen, createHtmlExtractor, hasHostPermission } from './offscreen-client';
import { setLocalFetchWake } from './wake';
import { createFetchWorker, type FetchWorker } from './worker';

export function startFetchQueue(db: () => KiosqueDb = kiosqueDb): FetchWorker {
  const worker = createFetchWorker({
    db,
    now: () => Date.now(),
    // Called unbound: some browsers reject fetch invoked as a method of another object.
    fetch: (input, init) => fetch(input, init),
    extract: createHtmlExtractor(),
    hasHostPermission,
    loadTagger: loadTagging,
    onIdle: () => void closeOffscreen(),
  });
  setLocalFetchWake(() => worker.wake());
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  messenger.onMessage('fetchWake', ({ sender }) => {
    if (isOwnPage(sender, self)) worker.wake();
  });
  worker.resume().catch((error: unknown) => console.warn('Kiosque: could not resume the fetch queue', error));
  return worker;
}
