import type { Ref } from 'preact';
import type { IndexState, ListPage } from '../lib/api-types';
import { t } from '../lib/i18n';
import { SearchIcon } from './icons';

export interface SearchBoxProps {
  value: string;
  onInput: (value: string) => void;
  index: IndexState | null;
  searchMode: ListPage['searchMode'];
  /** The results come from the newest saves only, while the index loads (ListPage.partial). */
  partial: boolean;
  inputRef: Ref<HTMLInputElement>;
  /** Id of the list the results go to (aria-controls). */
  listId: string;
  locale: string;
}

/** Longest query the box accepts: far above any real search, and a bound on the work a paste can cause. */
export const MAX_QUERY_LENGTH = 500;

/** "Indexing 42 %" in the reader's locale; the fraction is clamped so a bad report never shows 140 %. */
export function indexingText(index: IndexState, locale: string): string {
  const fraction = Math.min(1, Math.max(0, Number.isFinite(index.progress) ? index.progress : 0));
  let percent: string;
  try {
    percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
  } catch {
    percent = `${Math.round(fraction * 100)}%`;
  }
  return t('indexingProgress', percent);
}

/**
 * The search field. Every keystroke queries at once (no debounce): the list
 * drops answers to older keystrokes, so typing fast cannot show stale results.
 */
export function SearchBox({ value, onInput, index, searchMode, partial, inputRef, listId, locale }: SearchBoxProps) {
  const building = index !== null && index.status === 'building';
  const scanning = searchMode === 'scan';
  // A partial answer says what it covers; the slower-scan notice is for a whole-library scan.
  const notice = !scanning ? null : partial ? t('searchPartialNotice') : t('searchScanNotice');
  return (
    <div class="search" role="search">
      <label class="search__field">
        <span class="search__icon" aria-hidden="true">
          <SearchIcon />
        </span>
        <input
          ref={inputRef}
          class="search__input"
          type="search"
          value={value}
          maxLength={MAX_QUERY_LENGTH}
          placeholder={t('searchPlaceholder')}
          aria-label={t('searchLabel')}
          aria-controls={listId}
          aria-keyshortcuts="/"
          autoComplete="off"
          spellcheck={false}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      </label>
      <p class="search__status" role="status" aria-live="polite">
        {building && index ? <span>{indexingText(index, locale)}</span> : null}
        {building && notice ? ' · ' : null}
        {notice ? <span>{notice}</span> : null}
      </p>
    </div>
  );
}
