import type { ThemeId } from '../core/model';
import type { UiLang } from '../lib/i18n';
import { t } from '../lib/i18n';
import type { Facets, ListFilter } from './filter-model';
import { NO_EDITION } from './filter-model';
import { editionName, themeName } from './theme-label';

export interface FilterBarProps {
  facets: Facets;
  filter: ListFilter;
  lang: UiLang;
  onChange: (filter: ListFilter) => void;
}

/** Native selects: compact in a 380px popup, and keyboard and screen-reader support come free. */
export function FilterBar({ facets, filter, lang, onChange }: FilterBarProps) {
  const active = filter.edition !== null || filter.theme !== null;
  return (
    <div class="filters" role="group" aria-label={t('filtersLabel')}>
      <label class="filters__field">
        <span class="filters__label">{t('filterEdition')}</span>
        <select
          value={filter.edition ?? ''}
          onChange={(e) => onChange({ ...filter, edition: e.currentTarget.value || null })}
        >
          <option value="">{t('filterAll', String(facets.total))}</option>
          {facets.editions.map(({ edition, count }) => (
            <option key={edition.id} value={edition.id}>
              {t('filterOption', [editionName(edition, lang), String(count)])}
            </option>
          ))}
          {facets.untagged > 0 ? <option value={NO_EDITION}>{t('filterNoEdition', String(facets.untagged))}</option> : null}
        </select>
      </label>
      <label class="filters__field">
        <span class="filters__label">{t('filterTheme')}</span>
        <select
          value={filter.theme ?? ''}
          onChange={(e) => onChange({ ...filter, theme: (e.currentTarget.value || null) as ThemeId | null })}
        >
          <option value="">{t('filterAll', String(facets.total))}</option>
          {facets.themes.map(({ id, count }) => (
            <option key={id} value={id}>
              {t('filterOption', [themeName(id, lang), String(count)])}
            </option>
          ))}
        </select>
      </label>
      {active ? (
        <button type="button" class="link-button" onClick={() => onChange({ edition: null, theme: null })}>
          {t('clearFilters')}
        </button>
      ) : null}
    </div>
  );
}
