/**
 * Everything the popup needs that pulls in Dexie and the service layer. The
 * popup's first script loads this module with import() so that its first
 * screen does not wait for these ~200 kB of scripts to load and compile.
 */
import type { ArticleSummary } from '../../core/model';
import { requestSaveTab } from '../../lib/messaging';
import { kiosqueApi, kiosqueDb } from '../../lib/services';
import type { PopupApi, Subscribe } from './popup-api';
import type { SaveOutcome } from '../../lib/api-types';
import { subscribeChanges } from './live-changes';

export interface PopupServices {
  api: PopupApi;
  saveTab: (tabId: number) => Promise<SaveOutcome>;
  subscribe: Subscribe;
  /** The newest saves through Dexie's savedAt index: no list table, no counts. */
  readNewest: (limit: number) => Promise<ArticleSummary[]>;
}

export const popupServices: PopupServices = {
  api: kiosqueApi,
  saveTab: requestSaveTab,
  subscribe: (onChange) => subscribeChanges(kiosqueDb(), onChange),
  readNewest: (limit) => kiosqueDb().articles.orderBy('savedAt').reverse().limit(limit).toArray(),
};
