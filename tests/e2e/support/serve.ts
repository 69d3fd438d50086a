import type { BrowserContext, Route } from 'playwright-core';

export interface ServedPage {
  /** The page's real address; the fragment is ignored when matching. */
  url: string;
  html: string;
}

export interface PageServer {
  /** Adds or replaces pages while the context runs (the benchmark serves one page at a time). */
  add(pages: ServedPage[]): void;
  remove(url: string): void;
  stop(): Promise<void>;
}

function key(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

/**
 * Serves pages at their real URLs from memory, so a clipped page has the same
 * location.href, canonical links and edition path as on the web. Unknown
 * addresses fall through to launchKiosque's offline handler.
 */
export async function serveFixtures(context: BrowserContext, pages: ServedPage[]): Promise<PageServer> {
  const byUrl = new Map<string, string>();
  const add = (more: ServedPage[]) => {
    for (const page of more) byUrl.set(key(page.url), page.html);
  };
  add(pages);
  const handler = async (route: Route) => {
    const request = route.request();
    let html: string | undefined;
    try {
      html = request.resourceType() === 'document' ? byUrl.get(key(request.url())) : undefined;
    } catch {
      html = undefined; // not a URL we could have served
    }
    if (html === undefined) await route.fallback();
    else await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  };
  await context.route('**/*', handler);
  return {
    add,
    remove: (url) => byUrl.delete(key(url)),
    stop: () => context.unroute('**/*', handler),
  };
}
