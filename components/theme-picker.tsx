import { useEffect, useRef } from 'preact/hooks';
import type { ThemeId } from '../core/model';
import { THEME_IDS } from '../core/model';
import type { UiLang } from '../lib/i18n';
import { t } from '../lib/i18n';
import { themeName } from './theme-label';
import { useDismiss } from './use-dismiss';

/** The model keeps at most three themes per article (Tags.themes). */
export const MAX_THEMES = 3;

export interface ThemePickerProps {
  selected: readonly ThemeId[];
  lang: UiLang;
  onChange: (themes: ThemeId[]) => void;
  onClose: () => void;
}

export function ThemePicker({ selected, lang, onChange, onClose }: ThemePickerProps) {
  const root = useRef<HTMLDivElement>(null);
  useDismiss(root, onClose);
  useEffect(() => root.current?.querySelector('input')?.focus(), []);
  const full = selected.length >= MAX_THEMES;

  const toggle = (id: ThemeId) => {
    if (selected.includes(id)) onChange(selected.filter((s) => s !== id));
    else if (!full) onChange([...selected, id]);
  };

  return (
    <div class="picker picker--themes" role="dialog" aria-label={t('pickerThemesTitle')} ref={root}>
      <fieldset class="picker__fieldset">
        <legend class="picker__legend">{t('pickerThemesTitle')}</legend>
        {THEME_IDS.map((id) => {
          const checked = selected.includes(id);
          return (
            <label key={id} class={`picker__check${!checked && full ? ' is-disabled' : ''}`}>
              <input type="checkbox" checked={checked} disabled={!checked && full} onChange={() => toggle(id)} />
              {themeName(id, lang)}
            </label>
          );
        })}
      </fieldset>
      {full ? <p class="picker__empty">{t('pickerThemeMax')}</p> : null}
    </div>
  );
}
