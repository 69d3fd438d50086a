/**
 * The service functions behind KiosqueApi. The popup and the reader page
 * import `kiosqueApi` and call it directly (same origin, same database); the
 * background answers messages with it and publishes it as globalThis.kiosque.
 * One implementation, so the UI, messages and automation cannot disagree.
 */
import { KiosqueError } from '../core/errors';
import type { ArticleStatus } from '../core/model';
import type { KiosqueApi } from './api-types';
import { applyCorrection, retagStored } from './db/corrections';
import {
  getFullArticle,
  listSummaries,
  putBackArticle,
  removeArticle,
  updateSummary,
  type SaveResult,
} from './db/repository';
import { KiosqueDb } from './db/schema';
import { createFetchServices } from './fetch/services';
import { createSaveTab, type SaveTabDeps } from './save-tab';
import { parseArticle } from './services/article-input';
import { parseTagPatch } from './services/tag-patch';
import { createSearchServices } from './search/services';
import { uiLang } from './i18n';
import { createTransferServices, type TransferServices } from './transfer/services';
import { loadTagging } from './tagging-lazy';

/** KiosqueApi plus what the background's message handler needs beyond it. */
export interface KiosqueServices extends KiosqueApi {
  /** saveTab, also saying whether the page was new. */
  saveTabOutcome(tabId: number): Promise<SaveResult>;
  /** exportData / importData with progress, and several files at once (options page). */
  transfer: TransferServices;
}

const STATUSES: readonly ArticleStatus[] = ['unread', 'read', 'archived'];

function invalid(message: string): KiosqueError {
  return new KiosqueError('invalid-input', message);
}

function checkId(id: unknown): string {
  if (typeof id !== 'string' || id === '' || id.length > 200) throw invalid('An article id must be a non-empty string.');
  return id;
}

export function createServices(deps: SaveTabDeps): KiosqueServices {
  const saveTabOutcome = createSaveTab(deps);
  const db = deps.db;
  const transfer = createTransferServices({ ...deps, locale: uiLang });

  // Each method is async so that a bad argument rejects rather than throws:
  // callers (and the message handler) only have to handle one failure path.
  return {
    saveTabOutcome,
    transfer,
    exportData: (format, selection) => transfer.exportData(format, selection),
    importData: (input, format) => transfer.importData(input, format),
    ...createSearchServices(deps),
    saveTab: async (tabId) => (await saveTabOutcome(tabId)).article,
    listArticles: async () => listSummaries(db()),
    getArticle: async (id) => getFullArticle(db(), checkId(id)),
    deleteArticle: async (id) => removeArticle(db(), checkId(id)),
    restoreArticle: async (article) => putBackArticle(db(), parseArticle(article)),
    setStatus: async (id, status) => {
      if (!STATUSES.includes(status)) throw invalid(`Unknown status: ${String(status).slice(0, 40)}`);
      return updateSummary(db(), checkId(id), () => ({ status }), deps.now());
    },
    setFavourite: async (id, favourite) => {
      if (typeof favourite !== 'boolean') throw invalid('favourite must be true or false.');
      return updateSummary(db(), checkId(id), () => ({ favourite }), deps.now());
    },
    setProgress: async (id, progress) => {
      if (typeof progress !== 'number' || !Number.isFinite(progress) || progress < 0 || progress > 1) {
        throw invalid('Progress must be a number between 0 and 1.');
      }
      await updateSummary(db(), checkId(id), () => ({ progress }), deps.now());
    },
    setTags: async (id, patch) => {
      const articleId = checkId(id);
      const checked = parseTagPatch(patch);
      const { learnFromCorrection } = await loadTagging();
      return applyCorrection(db(), articleId, checked, { now: deps.now(), learn: learnFromCorrection });
    },
    retag: async (id) => {
      const articleId = checkId(id);
      const { tagArticle } = await loadTagging();
      return retagStored(db(), articleId, {
        now: deps.now(),
        tag: (input, existing, model) => tagArticle(input, { model, existing }),
      });
    },
    ...createFetchServices({ db, now: deps.now }),
  };
}

let sharedDb: KiosqueDb | undefined;

/** The extension's database, opened on first use: WXT imports entrypoints in Node at build time. */
export function kiosqueDb(): KiosqueDb {
  sharedDb ??= new KiosqueDb();
  return sharedDb;
}

/** The one service object every page of the extension uses. */
export const kiosqueServices: KiosqueServices = createServices({
  db: kiosqueDb,
  now: () => Date.now(),
  newId: () => crypto.randomUUID(),
});

export const kiosqueApi: KiosqueApi = kiosqueServices;

