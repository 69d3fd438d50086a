import { useMemo, useRef, useState, useEffect } from 'preact/hooks';
import type { UiLang } from '../lib/i18n';
import { t } from '../lib/i18n';
import type { EditionOption } from './edition-option';
import { editionName } from './theme-label';
import { useDismiss } from './use-dismiss';

export interface EditionPickerProps {
  editions: readonly EditionOption[];
  currentId: string | null;
  lang: UiLang;
  onPick: (edition: EditionOption | null) => void;
  onClose: () => void;
}

/** Accents and case are ignored: "bucarest" finds "Bucarest" and "malaga" finds "Málaga". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Arrow keys walk the search box and the options, so the list works without a mouse or many Tabs. */
function moveFocus(root: HTMLElement, step: 1 | -1): void {
  const items = [...root.querySelectorAll<HTMLElement>('.picker__search, .picker__option')];
  const current = items.indexOf(root.ownerDocument.activeElement as HTMLElement);
  const next = items[Math.min(items.length - 1, Math.max(0, current + step))];
  next?.focus();
}

export function EditionPicker({ editions, currentId, lang, onPick, onClose }: EditionPickerProps) {
  const [query, setQuery] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  useDismiss(root, onClose);
  useEffect(() => input.current?.focus(), []);

  const matches = useMemo(() => {
    const q = fold(query.trim());
    const sorted = [...editions].sort((a, b) => editionName(a, lang).localeCompare(editionName(b, lang), lang));
    if (!q) return sorted;
    return sorted.filter((e) => [e.label.en, e.label.fr, e.id, e.country].some((s) => fold(s).includes(q)));
  }, [editions, query, lang]);

  return (
    <div
      class="picker"
      role="dialog"
      aria-label={t('pickerEditionTitle')}
      ref={root}
      onKeyDown={(e) => {
        if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && root.current) {
          e.preventDefault();
          moveFocus(root.current, e.key === 'ArrowDown' ? 1 : -1);
        }
      }}
    >
      <input
        ref={input}
        class="picker__search"
        type="search"
        value={query}
        placeholder={t('pickerSearch')}
        aria-label={t('pickerSearch')}
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          // Enter picks the single remaining match: type "mad", Enter, done.
          if (e.key === 'Enter' && matches.length === 1 && matches[0]) onPick(matches[0]);
        }}
      />
      <ul class="picker__list">
        <li>
          <button type="button" class="picker__option picker__option--none" aria-pressed={currentId === null} onClick={() => onPick(null)}>
            {t('editionNone')}
          </button>
        </li>
        {matches.map((edition) => (
          <li key={edition.id}>
            <button type="button" class="picker__option" aria-pressed={currentId === edition.id} onClick={() => onPick(edition)}>
              {editionName(edition, lang)}
              {edition.country ? <span class="picker__hint">{edition.country}</span> : null}
            </button>
          </li>
        ))}
      </ul>
      {matches.length === 0 ? <p class="picker__empty">{t('pickerNoMatch')}</p> : null}
    </div>
  );
}
