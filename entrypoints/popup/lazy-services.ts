/**
 * Stand-ins for the popup's services that forward each call once the
 * services module has loaded. The popup renders with these at once; a call
 * made before the load finishes simply waits for it, and a failed load
 * rejects each call, which the popup reports like any storage error.
 */
import type { ArticleSummary } from '../../core/model';
import type { SaveOutcome } from '../../lib/api-types';
import type { PopupApi, Subscribe } from './popup-api';
import type { PopupServices } from './popup-services';
import type { NewestRows } from './use-list-window';

export function lazyApi(load: Promise<PopupServices>): PopupApi {
  const api = () => load.then((services) => services.api);
  return {
    queryList: async (query) => (await api()).queryList(query),
    deleteArticle: async (id) => (await api()).deleteArticle(id),
    restoreArticle: async (article) => (await api()).restoreArticle(article),
    setStatus: async (id, status) => (await api()).setStatus(id, status),
    setFavourite: async (id, favourite) => (await api()).setFavourite(id, favourite),
    setTags: async (id, patch) => (await api()).setTags(id, patch),
    // The service layer always has collections; the popup shows their bar from the first frame.
    listCollections: async () => (await api()).listCollections?.() ?? [],
    saveCollection: async (input) => {
      const target = await api();
      if (!target.saveCollection) throw new Error('The service layer cannot save collections');
      return target.saveCollection(input);
    },
    deleteCollection: async (id) => (await api()).deleteCollection?.(id),
    setCollectionMembership: async (articleId, collectionId, member) =>
      (await api()).setCollectionMembership?.(articleId, collectionId, member),
  };
}

export function lazySaveTab(load: Promise<PopupServices>): (tabId: number) => Promise<SaveOutcome> {
  return async (tabId) => (await load).saveTab(tabId);
}

/** Subscribes once the services are there; unsubscribing first cancels the subscription that was on its way. */
export function lazySubscribe(load: Promise<PopupServices>): Subscribe {
  return (onChange) => {
    let stop: (() => void) | null = null;
    let cancelled = false;
    load.then(
      (services) => {
        if (!cancelled) stop = services.subscribe(onChange);
      },
      // The list's own queries report a failed load; live updates just stay off.
      () => undefined,
    );
    return () => {
      cancelled = true;
      stop?.();
    };
  };
}

/**
 * The list's first request for the newest saves takes the quick read started
 * before the first render (null when it could not answer, then Dexie reads
 * them); any later request reads through Dexie.
 */
export function firstThenDexie(quick: Promise<ArticleSummary[] | null>, load: Promise<PopupServices>, pageSize: number): NewestRows {
  let early: Promise<ArticleSummary[] | null> | null = quick;
  const viaDexie = async (limit: number) => (await load).readNewest(limit);
  return async (limit) => {
    const first = early;
    early = null;
    if (first && limit === pageSize) {
      const rows = await first;
      if (rows) return rows;
    }
    return viaDexie(limit);
  };
}
