/**
 * Asks the reader for access to every site, for bulk fetching. Must run
 * straight from a click: the browser shows its prompt only inside a user
 * gesture, so nothing may be awaited before this call.
 */
import { browser } from 'wxt/browser';

export const FETCH_ORIGINS = ['<all_urls>'];

export function requestHostAccess(): Promise<boolean> {
  return browser.permissions.request({ origins: FETCH_ORIGINS });
}
