import type { ThemeId } from '../core/model';
import { THEME_IDS } from '../core/model';
import type { FacetCounts } from '../lib/api-types';
import type { MessageKey, UiLang } from '../lib/i18n';
import { formatCompactCount } from '../lib/format';
import { t } from '../lib/i18n';
import type { EditionOption } from './edition-option';
import type { ListControls, SortChoice, StatusChoice } from './list-controls';
import { DEFAULT_CONTROLS, hasFacets, SORTS, STATUS_CHOICES } from './list-controls';
import { editionName, themeName } from './theme-label';

export interface FilterBarProps {
  controls: ListControls;
  /** Counts of the current result, each facet counted with the other facets applied; null before the first answer. */
  counts: FacetCounts | null;
  editions: readonly EditionOption[];
  lang: UiLang;
  /** The reader's locale, for the counts. */
  locale: string;
  onChange: (controls: ListControls) => void;
}

const STATUS_LABEL: Record<StatusChoice, MessageKey> = {
  unread: 'statusUnread',
  read: 'statusRead',
  archived: 'statusArchived',
  favourite: 'statusFavourite',
};

const SORT_LABEL: Record<SortChoice, MessageKey> = {
  relevance: 'sortRelevance',
  savedAt: 'sortSaved',
  publishedAt: 'sortPublished',
  site: 'sortSite',
};

/** Facet values by count, the selected one kept even at zero so the select can show it. */
function ranked(record: Record<string, number>, selected: string | null): [string, number][] {
  const entries = Object.entries(record).filter(([, n]) => n > 0);
  if (selected !== null && !(selected in record)) entries.push([selected, 0]);
  // Untagged ('') comes last whatever its count: it is the odd one out, not an edition.
  return entries.sort((a, b) => Number(a[0] === '') - Number(b[0] === '') || b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** A select's options as value and label, so that the select can also carry its chosen label as a tooltip. */
type Choice = [value: string, label: string];

/**
 * A native select shows its chosen label cut to its width; the title shows it
 * whole on hover. Screen readers read the option itself.
 */
function ChoiceSelect({ value, choices, onChange }: { value: string; choices: Choice[]; onChange: (value: string) => void }) {
  const chosen = choices.find(([v]) => v === value)?.[1];
  return (
    <select value={value} title={chosen} onChange={(e) => onChange(e.currentTarget.value)}>
      {choices.map(([v, label]) => (
        <option key={v} value={v}>
          {label}
        </option>
      ))}
    </select>
  );
}

/**
 * Native selects and date fields: compact in a 380px popup, and keyboard and
 * screen-reader support come free. Site and dates sit in a disclosure, being
 * the facets reached for least.
 */
export function FilterBar({ controls, counts, editions, lang, locale, onChange }: FilterBarProps) {
  const set = (patch: Partial<ListControls>) => onChange({ ...controls, ...patch });
  const count = (n: number) => formatCompactCount(n, locale);
  const opt = (label: string, n: number) => t('filterOption', [label, count(n)]);
  const byId = new Map(editions.map((e) => [e.id, e]));
  const editionCounts = counts?.editions ?? {};
  const themeCounts = counts?.themes ?? {};
  const siteCounts = counts?.sites ?? {};
  const statusCount = (s: StatusChoice) => (counts ? (s === 'favourite' ? counts.favourite : counts.statuses[s]) : 0);
  const themes = THEME_IDS.filter((id) => (themeCounts[id] ?? 0) > 0 || id === controls.theme);
  const searching = controls.query.trim() !== '';
  // Two "saved date" entries would be one too many: without search text, relevance stands for it.
  const sorts = searching ? SORTS : SORTS.filter((s) => s !== 'savedAt');
  const sortValue = !searching && controls.sort === 'savedAt' ? 'relevance' : controls.sort;
  const moreActive = controls.site !== null || controls.from !== '' || controls.to !== '';

  return (
    <div class="filters" role="group" aria-label={t('filtersLabel')}>
      <label class="filters__field">
        <span class="filters__label">{t('filterEdition')}</span>
        <ChoiceSelect
          value={controls.edition ?? '*'}
          choices={[
            // The total is the list heading's; "All" alone leaves the select room to show it. French
            // agrees it with each facet: "Toutes" (éditions), "Tous" (états, sites).
            ['*', t('filterAll')],
            ...ranked(editionCounts, controls.edition).map(([id, n]): Choice => [
              id,
              id === '' ? t('filterNoEdition', count(n)) : opt(editionName(byId.get(id) ?? { id, label: { en: id, fr: id } }, lang), n),
            ]),
          ]}
          onChange={(value) => set({ edition: value === '*' ? null : value })}
        />
      </label>
      <label class="filters__field">
        <span class="filters__label">{t('filterTheme')}</span>
        {/* A row can carry several themes, so no single "all" count exists here. */}
        <ChoiceSelect
          value={controls.theme ?? ''}
          choices={[['', t('filterAny')], ...themes.map((id): Choice => [id, opt(themeName(id, lang), themeCounts[id] ?? 0)])]}
          onChange={(value) => set({ theme: (value || null) as ThemeId | null })}
        />
      </label>
      <label class="filters__field">
        <span class="filters__label">{t('filterStatus')}</span>
        <ChoiceSelect
          value={controls.status ?? ''}
          choices={[['', t('filterAllStatuses')], ...STATUS_CHOICES.map((st): Choice => [st, opt(t(STATUS_LABEL[st]), statusCount(st))])]}
          onChange={(value) => set({ status: (value || null) as StatusChoice | null })}
        />
      </label>
      <label class="filters__field">
        <span class="filters__label">{t('sortLabel')}</span>
        <ChoiceSelect
          value={sortValue}
          // Without search text, relevance is the newest saves first: it carries that name.
          choices={sorts.map((so): Choice => [so, t(so === 'relevance' && !searching ? 'sortSaved' : SORT_LABEL[so])])}
          onChange={(value) => set({ sort: value as SortChoice })}
        />
      </label>
      <div class="filters__line">
        <details class="filters__more" open={moreActive}>
          <summary>{t('filterMore')}</summary>
          <div class="filters__more-body">
            <label class="filters__field">
              <span class="filters__label">{t('filterSite')}</span>
              <ChoiceSelect
                value={controls.site ?? ''}
                choices={[['', t('filterAllSites')], ...ranked(siteCounts, controls.site).map(([site, n]): Choice => [site, opt(site, n)])]}
                onChange={(value) => set({ site: value || null })}
              />
            </label>
            <label class="filters__field">
              <span class="filters__label">{t('filterDateField')}</span>
              <select value={controls.dateField} onChange={(e) => set({ dateField: e.currentTarget.value === 'publishedAt' ? 'publishedAt' : 'savedAt' })}>
                <option value="savedAt">{t('dateSaved')}</option>
                <option value="publishedAt">{t('datePublished')}</option>
              </select>
            </label>
            <label class="filters__field">
              <span class="filters__label">{t('filterFrom')}</span>
              <input type="date" value={controls.from} onChange={(e) => set({ from: e.currentTarget.value })} />
            </label>
            <label class="filters__field">
              <span class="filters__label">{t('filterTo')}</span>
              <input type="date" value={controls.to} onChange={(e) => set({ to: e.currentTarget.value })} />
            </label>
          </div>
        </details>
        {/* Always laid out, hidden while nothing is filtered: its line appearing
            would push the list down on the first filter change, and the list
            would lay out and render twice. Hidden, it is out of the tab order
            and the accessibility tree. */}
        <button
          type="button"
          class={`link-button filters__clear${hasFacets(controls) ? '' : ' filters__clear--idle'}`}
          onClick={() => onChange({ ...DEFAULT_CONTROLS, query: controls.query, sort: controls.sort, collectionId: controls.collectionId })}
        >
          {t('clearFilters')}
        </button>
      </div>
    </div>
  );
}
