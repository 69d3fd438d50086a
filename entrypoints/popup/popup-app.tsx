import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ArticleSummary } from '../../core/model';
import { listEditions } from '../../core/tagging/editions-list';
import { t, uiLang, uiLocale } from '../../lib/i18n';
import { App } from './App';
import { exportHref } from './export-link';
import { PAGE_SIZE } from './first-rows';
import { firstThenDexie, lazyApi, lazySaveTab, lazySubscribe } from './lazy-services';
import { openReader, readerUrl } from './reader-url';

/** How long the first render waits for the quick read before showing the list without it. */
const FIRST_ROWS_WAIT_MS = 150;

function within<T>(work: Promise<T>, ms: number): Promise<T | null> {
  return Promise.race([work, new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))]);
}

/** Resolves once the frame after the current render has had its chance to paint (or soon after, in a hidden page). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => setTimeout(resolve, 0);
    requestAnimationFrame(done);
    setTimeout(resolve, 100);
  });
}

/**
 * Renders the popup. The first render waits briefly for the newest rows so
 * they are in it; the services (Dexie, search, collections) load once those
 * rows are painted, so compiling them does not hold up that frame, and the
 * popup calls them through stand-ins that wait for the load.
 */
export async function startPopup(firstRows: Promise<ArticleSummary[] | null>): Promise<void> {
  const root = document.getElementById('app');
  if (!root) throw new Error('popup.html has no #app element');
  document.documentElement.lang = uiLang();
  document.title = t('actionTitle');
  const initialRows = await within(firstRows, FIRST_ROWS_WAIT_MS);

  let painted: () => void = () => undefined;
  const paintedOnce = new Promise<void>((resolve) => (painted = resolve));
  const services = paintedOnce.then(() => import('./popup-services')).then((module) => module.popupServices);
  // Each call through the stand-ins reports a failed load itself; this copy must not raise an unhandled rejection.
  services.catch(() => undefined);

  render(
    <App
      api={lazyApi(services)}
      saveTab={lazySaveTab(services)}
      openReader={openReader}
      readerHref={readerUrl}
      exportHref={(query) => exportHref(browser.runtime.getURL('/options.html'), query)}
      editions={listEditions()}
      lang={uiLang()}
      locale={uiLocale()}
      subscribe={lazySubscribe(services)}
      initialRows={initialRows ?? undefined}
      newestRows={firstThenDexie(initialRows ? Promise.resolve(null) : firstRows, services, PAGE_SIZE)}
    />,
    root,
  );
  // Without quick rows there is nothing to let paint first.
  if (initialRows && initialRows.length > 0) void afterPaint().then(painted);
  else painted();
}
