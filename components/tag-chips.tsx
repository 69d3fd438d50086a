import { useCallback, useState } from 'preact/hooks';
import type { EditionTag, ThemeId, ThemeTag } from '../core/model';
import type { TagPatch } from '../lib/api-types';
import type { UiLang } from '../lib/i18n';
import { t } from '../lib/i18n';
import type { EditionOption } from './edition-option';
import { userEdition } from './edition-option';
import { EditionPicker } from './edition-picker';
import { PlusIcon } from './icons';
import { MAX_THEMES, ThemePicker } from './theme-picker';
import { editionName, themeName } from './theme-label';

export interface TagChipsProps {
  edition: EditionTag | null;
  themes: readonly ThemeTag[];
  editions: readonly EditionOption[];
  lang: UiLang;
  onChange: (patch: TagPatch) => void;
}

/**
 * The reader's themes after a change. Every kept theme is marked 'user': the
 * reader has now seen the whole set and confirmed it, so re-tagging must not
 * drop one of them.
 */
export function userThemes(ids: readonly ThemeId[]): ThemeTag[] {
  return ids.slice(0, MAX_THEMES).map((id) => ({ id, source: 'user', confidence: 1 }));
}

/** Names longer than this give way first where chips share a line that is too short (the popup's rows). */
const LONG_CHIP = 12;

/** Edition and theme chips; a click opens the picker, a second click corrects the tag. */
export function TagChips({ edition, themes, editions, lang, onChange }: TagChipsProps) {
  const [open, setOpen] = useState<'edition' | 'themes' | null>(null);
  const close = useCallback(() => setOpen(null), []);
  const toggle = (which: 'edition' | 'themes') => setOpen((cur) => (cur === which ? null : which));
  const themeIds = themes.map((th) => th.id);
  const editionText = edition ? editionName(edition, lang) : t('editionNone');

  return (
    <div class={`chips${open ? ' chips--open' : ''}`} role="group" aria-label={t('tagsLabel')}>
      <button
        type="button"
        class={`chip chip--edition${edition ? '' : ' chip--empty'}${editionText.length > LONG_CHIP ? ' chip--long' : ''}`}
        aria-haspopup="dialog"
        aria-expanded={open === 'edition'}
        aria-label={t('editionChipLabel', editionText)}
        title={editionText}
        onClick={() => toggle('edition')}
      >
        {editionText}
      </button>
      {themes.map((theme) => (
        <button
          key={theme.id}
          type="button"
          class={`chip chip--theme${themeName(theme.id, lang).length > LONG_CHIP ? ' chip--long' : ''}`}
          aria-haspopup="dialog"
          aria-expanded={open === 'themes'}
          aria-label={t('themeChipLabel', themeName(theme.id, lang))}
          title={themeName(theme.id, lang)}
          onClick={() => toggle('themes')}
        >
          {themeName(theme.id, lang)}
        </button>
      ))}
      {themes.length < MAX_THEMES ? (
        <button
          type="button"
          class="chip chip--add"
          aria-haspopup="dialog"
          aria-expanded={open === 'themes'}
          aria-label={t('themeAdd')}
          title={t('themeAdd')}
          onClick={() => toggle('themes')}
        >
          <PlusIcon />
        </button>
      ) : null}
      {open === 'edition' ? (
        <EditionPicker
          editions={editions}
          currentId={edition?.id ?? null}
          lang={lang}
          onClose={close}
          onPick={(choice) => {
            setOpen(null);
            onChange({ edition: choice ? userEdition(choice) : null });
          }}
        />
      ) : null}
      {open === 'themes' ? (
        <ThemePicker selected={themeIds} lang={lang} onClose={close} onChange={(ids) => onChange({ themes: userThemes(ids) })} />
      ) : null}
    </div>
  );
}
