import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { KiosqueError } from '../../core/errors';
import type { Article } from '../../core/model';
import { listEditions } from '../../core/tagging/editions-list';
import { progressOf, windowViewport, type ScrollViewport } from '../../components/reader-progress';
import { snapFontSize } from '../../components/reader-font-size';
import { ReaderApp, type ReaderApi } from '../../entrypoints/reader/App';
import { fontSizeStore, type FontSizeStore } from '../../entrypoints/reader/settings';
import { fakeArticle, fakeEdition } from '../factories';
import { memoryFontSizes } from './support/reader-doubles';
import { testEnv, type TestEnv } from './support/kiosque-env';
import { byText, click, mount, useLocale, waitFor } from './ui-helpers';

/** A scroll surface the test moves by hand. */
function scriptedViewport(max: number) {
  let top = 0;
  const scrollListeners = new Set<() => void>();
  const hideListeners = new Set<() => void>();
  const scrolledTo: number[] = [];
  const viewport: ScrollViewport = {
    measure: () => ({ top, max }),
    scrollTo: (next) => {
      top = next;
      scrolledTo.push(next);
    },
    onScroll: (listener) => {
      scrollListeners.add(listener);
      return () => scrollListeners.delete(listener);
    },
    onHide: (listener) => {
      hideListeners.add(listener);
      return () => hideListeners.delete(listener);
    },
  };
  return {
    viewport,
    scrolledTo,
    scroll(next: number) {
      top = next;
      for (const listener of scrollListeners) listener();
    },
    hide() {
      for (const listener of hideListeners) listener();
    },
  };
}

let env: TestEnv;

beforeEach(() => {
  useLocale('en');
  env = testEnv();
});

function mountReader(
  id: string,
  opts: { api?: ReaderApi; fontSizes?: FontSizeStore; viewport?: ScrollViewport; lang?: 'en' | 'fr'; throttleMs?: number } = {},
) {
  const lang = opts.lang ?? 'en';
  return mount(
    <ReaderApp
      id={id}
      api={opts.api ?? env.services}
      editions={listEditions()}
      lang={lang}
      locale={lang === 'fr' ? 'fr-FR' : 'en-GB'}
      fontSizes={opts.fontSizes ?? memoryFontSizes()}
      readerHref={(next) => `reader.html?id=${next}`}
      viewport={opts.viewport ?? scriptedViewport(0).viewport}
      progressThrottleMs={opts.throttleMs ?? 40}
    />,
  );
}

async function seed(...articles: Article[]): Promise<void> {
  for (const article of articles) await env.services.restoreArticle(article);
}

const rendered = (root: HTMLElement) =>
  waitFor(() => {
    const el = root.querySelector('article.reader');
    if (!(el instanceof HTMLElement)) throw new Error('not rendered');
    return el;
  });

describe('reader text size', () => {
  it('opens at the stored size, steps up and down, and stores each choice', async () => {
    await seed(fakeArticle({ id: 'a' }));
    const sizes = memoryFontSizes(21);
    const root = mountReader('a', { fontSizes: sizes });
    const article = await rendered(root);
    await waitFor(() => expect(article.style.getPropertyValue('--reader-size')).toBe('21px'));
    await click(root.querySelector('[aria-label="Larger text"]'));
    expect(article.style.getPropertyValue('--reader-size')).toBe('24px');
    await click(root.querySelector('[aria-label="Smaller text"]'));
    await click(root.querySelector('[aria-label="Smaller text"]'));
    expect(sizes.stored).toEqual([24, 21, 19]);
    expect(root.querySelector('[role="group"][aria-label="Text size"] output')?.textContent).toBe('100 %');
  });

  it('disables the step that would leave the scale', async () => {
    await seed(fakeArticle({ id: 'a' }));
    const root = mountReader('a', { fontSizes: memoryFontSizes(28) });
    await waitFor(() => expect(root.querySelector<HTMLButtonElement>('[aria-label="Larger text"]')?.disabled).toBe(true));
    expect(root.querySelector<HTMLButtonElement>('[aria-label="Smaller text"]')?.disabled).toBe(false);
  });

  it('persists in storage.local and snaps odd stored values to the scale', async () => {
    expect(await fontSizeStore.get()).toBe(19);
    await fontSizeStore.set(24);
    expect(await fakeBrowser.storage.local.get('readerFontSize')).toEqual({ readerFontSize: 24 });
    await fakeBrowser.storage.local.set({ readerFontSize: 'huge' });
    expect(await fontSizeStore.get()).toBe(19);
    await fakeBrowser.storage.local.set({ readerFontSize: 400 });
    expect(await fontSizeStore.get()).toBe(28);
    expect([snapFontSize(Number.NaN), snapFontSize(-3), snapFontSize(22)]).toEqual([19, 15, 21]);
  });
});

describe('reading progress', () => {
  it('maps the scroll offset to 0..1, the last stretch counting as the end', () => {
    expect([progressOf(0, 1000), progressOf(250, 1000), progressOf(985, 1000), progressOf(40, 0)]).toEqual([0, 0.25, 1, 0]);
  });

  it('restores the stored position once the article is on screen', async () => {
    await seed(fakeArticle({ id: 'p', progress: 0.4 }));
    const screen = scriptedViewport(2000);
    mountReader('p', { viewport: screen.viewport });
    await waitFor(() => expect(screen.scrolledTo).toEqual([800]));
  });

  it('starts a finished article from the top', async () => {
    await seed(fakeArticle({ id: 'f', progress: 1 }));
    const screen = scriptedViewport(2000);
    const root = mountReader('f', { viewport: screen.viewport });
    await rendered(root);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.scrolledTo).toEqual([]);
  });

  it('saves while scrolling at most once per interval, and the last position when the page hides', async () => {
    await seed(fakeArticle({ id: 's' }));
    const setProgress = vi.spyOn(env.services, 'setProgress');
    const screen = scriptedViewport(1000);
    const root = mountReader('s', { viewport: screen.viewport, throttleMs: 200 });
    await rendered(root);
    for (let top = 10; top <= 300; top += 10) screen.scroll(top);
    await waitFor(() => expect(setProgress).toHaveBeenCalledTimes(1));
    expect(setProgress).toHaveBeenLastCalledWith('s', 0.3);
    expect(root.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('30');
    screen.scroll(620);
    screen.hide();
    expect(setProgress).toHaveBeenCalledTimes(2);
    await waitFor(async () => expect((await env.services.getArticle('s')).progress).toBe(0.62));
  });

  it('shows an error when the position cannot be saved (article deleted meanwhile)', async () => {
    await seed(fakeArticle({ id: 'gone' }));
    const screen = scriptedViewport(1000);
    const root = mountReader('gone', { viewport: screen.viewport, throttleMs: 0 });
    await rendered(root);
    await env.services.deleteArticle('gone');
    screen.scroll(500);
    await waitFor(() => expect(root.querySelector('[role="alert"]')).not.toBeNull());
  });

  it('measures the window with the real viewport', () => {
    const root = document.scrollingElement ?? document.documentElement;
    Object.defineProperty(root, 'scrollHeight', { configurable: true, value: 3000 });
    Object.defineProperty(window, 'innerHeight', { configurable: true, value: 800 });
    root.scrollTop = 0;
    expect(windowViewport(window).measure()).toEqual({ top: 0, max: 2200 });
  });
});

describe('next unread in this edition', () => {
  const lisbon = fakeEdition({ id: 'lisbonne', label: { en: 'Lisbon', fr: 'Lisbonne' } });
  const at = (minutes: number) => Date.UTC(2026, 10, 20, 9, minutes);

  it('links to the next older unread article of the same edition, skipping read ones and other cities', async () => {
    await seed(
      fakeArticle({ id: 'new', title: 'Newest', savedAt: at(40) }),
      fakeArticle({ id: 'cur', title: 'Current', savedAt: at(30) }),
      fakeArticle({ id: 'lis', title: 'Lisbon story', savedAt: at(25), edition: lisbon }),
      fakeArticle({ id: 'done', title: 'Already read', savedAt: at(20), status: 'read' }),
      fakeArticle({ id: 'old', title: 'Older unread', savedAt: at(10) }),
    );
    const root = mountReader('cur');
    const link = await waitFor(() => {
      const el = root.querySelector('nav.reader-next a');
      if (!el) throw new Error('no link yet');
      return el;
    });
    expect(link.textContent).toBe('Older unread');
    expect(link.getAttribute('href')).toBe('reader.html?id=old');
    expect(root.querySelector('nav.reader-next')?.textContent).toContain('Next unread in Madrid');
  });

  it('goes back to the newest unread after the oldest, and says when the edition is done', async () => {
    await seed(fakeArticle({ id: 'new', title: 'Newest', savedAt: at(40) }), fakeArticle({ id: 'old', savedAt: at(10) }));
    const root = mountReader('old');
    await waitFor(() => expect(root.querySelector('nav.reader-next a')?.textContent).toBe('Newest'));

    await env.services.setStatus('new', 'read');
    useLocale('fr');
    const again = mountReader('old', { lang: 'fr' });
    await waitFor(() => expect(again.querySelector('nav.reader-next--done')?.textContent).toBe('Plus rien à lire pour Madrid.'));
  });

  it('offers nothing for an article without an edition, and does not query', async () => {
    await seed(fakeArticle({ id: 'none', edition: null }));
    const queryList = vi.spyOn(env.services, 'queryList');
    const root = mountReader('none');
    await rendered(root);
    expect(root.querySelector('nav.reader-next')).toBeNull();
    expect(queryList).not.toHaveBeenCalled();
  });

  it('reports a failed lookup instead of hiding it', async () => {
    await seed(fakeArticle({ id: 'x' }));
    const api: ReaderApi = { ...env.services, queryList: async () => Promise.reject(new KiosqueError('storage-failed', 'disk')) };
    const root = mountReader('x', { api });
    await waitFor(() => expect(root.querySelector('[role="alert"]')).not.toBeNull());
  });
});

describe('offline text, images from the site, dates in the reader’s locale', () => {
  it('keeps image alt text and the original address, loading lazily; the text is in the page', async () => {
    await seed(
      fakeArticle({
        id: 'img',
        html: '<p>Texte lisible hors ligne.</p><figure><img src="https://lepetitjournal.com/img/metro.jpg" alt="Station de métro"></figure>',
      }),
    );
    const root = mountReader('img');
    const img = await waitFor(() => {
      const el = root.querySelector('.reader__body img');
      if (!el) throw new Error('no image');
      return el;
    });
    expect(img.getAttribute('src')).toBe('https://lepetitjournal.com/img/metro.jpg');
    expect(img.getAttribute('alt')).toBe('Station de métro');
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(root.querySelector('.reader__body p')?.textContent).toBe('Texte lisible hors ligne.');
  });

  it('formats the date and the reading time in French for a French reader', async () => {
    useLocale('fr');
    await seed(fakeArticle({ id: 'fr', publishedAt: '2026-11-26T09:30:00Z', readingMinutes: 6 }));
    const root = mountReader('fr', { lang: 'fr' });
    await waitFor(() => expect(root.querySelector('.reader__meta')?.textContent).toContain('26 novembre 2026'));
    expect(root.querySelector('.reader__meta')?.textContent).toMatch(/6 min/);
    expect(byText(root, 'button', 'Marquer comme lu')).toHaveLength(1);
  });
});
