/**
 * globalThis.kiosque: the service functions, published for end-to-end tests
 * and for readers who script their browser from the service worker console.
 * It is the very object the pages use, not a second implementation.
 */
import type { KiosqueApi } from '../api-types';

declare global {
  var kiosque: KiosqueApi | undefined;
}

export function exposeAutomationApi(api: KiosqueApi): void {
  globalThis.kiosque = api;
}
