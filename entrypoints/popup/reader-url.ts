import { browser } from 'wxt/browser';

/** The reader page for one article; the id travels in the query string so the page can be reloaded or bookmarked. */
export function readerUrl(id: string): string {
  return `${browser.runtime.getURL('/reader.html')}?id=${encodeURIComponent(id)}`;
}

export async function openReader(id: string): Promise<void> {
  await browser.tabs.create({ url: readerUrl(id) });
}
