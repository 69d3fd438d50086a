/**
 * The popup over a stub queryList, for tests that script the list's answers
 * (their order, their timing, their size) rather than run the real services.
 */
import type { ArticleSummary } from '../../core/model';
import { listEditions } from '../../core/tagging/editions-list';
import type { FacetCounts, IndexState, ListPage, ListQuery } from '../../lib/api-types';
import { App, type PopupApi, type PopupAppProps } from '../../entrypoints/popup/App';
import { fakeSummary } from '../factories';
import { mount } from './ui-helpers';

export const emptyCounts = (): FacetCounts => ({
  editions: {},
  themes: {},
  sites: {},
  statuses: { unread: 0, read: 0, archived: 0 },
  favourite: 0,
});

export const READY: IndexState = { status: 'ready', progress: 1, docCount: 0 };

/** `n` rows titled "<prefix> 0", "<prefix> 1"… */
export function summaries(n: number, prefix: string): ArticleSummary[] {
  return Array.from({ length: n }, (_, i) => fakeSummary({ id: `${prefix}-${i}`, title: `${prefix} ${i}` }));
}

/** Stands for a service the test never expects the popup to call. */
export function unused(): never {
  throw new Error('not used by this test');
}

/** A PopupApi answering lists from `queryList`; any other call fails the test unless given in `extra`. */
export function stubApi(queryList: (q: ListQuery) => Promise<ListPage>, extra: Partial<PopupApi> = {}): PopupApi {
  return { queryList, deleteArticle: unused, restoreArticle: unused, setStatus: unused, setFavourite: unused, setTags: unused, ...extra };
}

/** The popup over `api`, in English, with no saving; `props` adds or overrides the rest. */
export function mountStubPopup(api: PopupApi, props: Partial<PopupAppProps> = {}) {
  return mount(
    <App
      api={api}
      saveTab={unused}
      openReader={async () => {}}
      readerHref={(id) => `reader.html?id=${id}`}
      editions={listEditions()}
      lang="en"
      locale="en-GB"
      {...props}
    />,
  );
}
