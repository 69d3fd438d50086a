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
    newestRows={(limit) => kiosqueDb().articles.orderBy('savedAt').reverse().limit(limit).toArray()}
  />,
  root,
);
