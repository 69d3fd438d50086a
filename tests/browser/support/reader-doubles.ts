/** Stand-ins for the reader page's settings store and list queries. */
import type { ListPage } from '../../../lib/api-types';
import type { FontSizeStore } from '../../../entrypoints/reader/settings';

export function emptyPage(): ListPage {
  return {
    items: [],
    total: 0,
    counts: { editions: {}, themes: {}, sites: {}, statuses: { unread: 0, read: 0, archived: 0 }, favourite: 0 },
    searchMode: 'none',
    index: { status: 'ready', progress: 1, docCount: 0 },
  };
}

export function memoryFontSizes(initial = 19): FontSizeStore & { stored: number[] } {
  let size = initial;
  const stored: number[] = [];
  return {
    stored,
    get: async () => size,
    set: async (next) => {
      size = next;
      stored.push(next);
    },
  };
}
