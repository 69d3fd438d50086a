import { render } from 'preact';
import '../../components/theme.css';
import './popup.css';
import { listEditions } from '../../core/tagging/editions-list';
import { t, uiLang, uiLocale } from '../../lib/i18n';
import { requestSaveTab } from '../../lib/messaging';
import { kiosqueApi, kiosqueDb } from '../../lib/services';
import { App } from './App';
import { subscribeChanges } from './live-changes';
import { browser } from 'wxt/browser';
import { exportHref } from './export-link';
import { openReader, readerUrl } from './reader-url';
import { PAGE_SIZE } from './use-list-window';
import type { ArticleSummary } from '../../core/model';

const readNewest = (limit: number): Promise<ArticleSummary[]> =>
  kiosqueDb().articles.orderBy('savedAt').reverse().limit(limit).toArray();

// Started before the first render: Preact runs effects only after the first
// frame, so the database would otherwise start opening only then. The list's
// first request takes this read; any later one reads afresh.
let prefetched: Promise<ArticleSummary[]> | null = readNewest(PAGE_SIZE);
// The list reports storage errors through its full query; this head start only must not raise an unhandled rejection.
prefetched.catch(() => undefined);
function newestRows(limit: number): Promise<ArticleSummary[]> {
  const early = prefetched;
  prefetched = null;
  return early && limit === PAGE_SIZE ? early : readNewest(limit);
}

// Wiring only: the popup reads the same IndexedDB as the background, and asks
// the background to save because only it holds the activeTab grant.
const root = document.getElementById('app');
if (!root) throw new Error('popup.html has no #app element');
document.documentElement.lang = uiLang();
document.title = t('actionTitle');
render(
  <App
    api={kiosqueApi}
    saveTab={requestSaveTab}
    openReader={openReader}
    readerHref={readerUrl}
    exportHref={(query) => exportHref(browser.runtime.getURL('/options.html'), query)}
    editions={listEditions()}
    lang={uiLang()}
    locale={uiLocale()}
    subscribe={(onChange) => subscribeChanges(kiosqueDb(), onChange)}
    newestRows={newestRows}
  />,
  root,
);
