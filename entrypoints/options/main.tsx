import { render } from 'preact';
import '../../components/theme.css';
import './options.css';
import { t, uiLang } from '../../lib/i18n';
import { kiosqueServices } from '../../lib/services';
import { OptionsApp } from './App';
import { selectionFromSearch } from './current-filter';

const root = document.getElementById('app');
if (!root) throw new Error('options.html has no #app element');
document.documentElement.lang = uiLang();
document.title = t('optionsTitle');
render(
  <OptionsApp transfer={kiosqueServices.transfer} now={() => Date.now()} currentFilter={selectionFromSearch(location.search)} />,
  root,
);
