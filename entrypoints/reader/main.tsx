import { render } from 'preact';
import '../../components/theme.css';
import './reader.css';
import { listEditions } from '../../core/tagging/editions-list';
import { uiLang, uiLocale } from '../../lib/i18n';
import { kiosqueApi, kiosqueDb } from '../../lib/services';
import { subscribeChanges } from '../popup/live-changes';
import { ReaderApp } from './App';
import { fontSizeStore } from './settings';

const root = document.getElementById('app');
if (!root) throw new Error('reader.html has no #app element');
document.documentElement.lang = uiLang();
render(
  <ReaderApp
    id={new URLSearchParams(location.search).get('id')}
    api={kiosqueApi}
    editions={listEditions()}
    lang={uiLang()}
    locale={uiLocale()}
    onTitle={(title) => {
      document.title = `${title} · Kiosque`;
    }}
    fontSizes={fontSizeStore}
    readerHref={(id) => `?id=${encodeURIComponent(id)}`}
    subscribe={(onChange) => subscribeChanges(kiosqueDb(), onChange)}
  />,
  root,
);
