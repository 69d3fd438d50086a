import { useMemo } from 'preact/hooks';
import type { ArticleSummary } from '../core/model';
import type { UiLang } from '../lib/i18n';
import { t } from '../lib/i18n';
import type { RowActions } from './article-row';
import { ArticleRow } from './article-row';
import type { EditionOption } from './edition-option';
import { FilterBar } from './filter-bar';
import type { ListFilter } from './filter-model';
import { applyFilter, facetsOf, newestFirst } from './filter-model';

export interface ReadingListProps extends RowActions {
  rows: readonly ArticleSummary[];
  filter: ListFilter;
  onFilterChange: (filter: ListFilter) => void;
  editions: readonly EditionOption[];
  lang: UiLang;
  locale: string;
  now: number;
  hrefFor: (id: string) => string;
}

export function ReadingList(props: ReadingListProps) {
  const { rows, filter } = props;
  const facets = useMemo(() => facetsOf(rows), [rows]);
  const visible = useMemo(() => newestFirst(applyFilter(rows, filter)), [rows, filter]);

  if (rows.length === 0) {
    return <p class="empty">{t('emptyList')}</p>;
  }
  return (
    <section class="list" aria-labelledby="list-heading">
      <div class="list__head">
        <h2 id="list-heading" class="list__heading">
          {t('listHeading')}
        </h2>
        <span class="list__count">{t('listCount', [String(visible.length), String(rows.length)])}</span>
      </div>
      <FilterBar facets={facets} filter={filter} lang={props.lang} onChange={props.onFilterChange} />
      {visible.length === 0 ? (
        <p class="empty">{t('emptyFiltered')}</p>
      ) : (
        <ul class="list__rows">
          {visible.map((article) => (
            <ArticleRow
              key={article.id}
              article={article}
              editions={props.editions}
              lang={props.lang}
              locale={props.locale}
              now={props.now}
              href={props.hrefFor(article.id)}
              onOpen={props.onOpen}
              onToggleRead={props.onToggleRead}
              onDelete={props.onDelete}
              onTagsChange={props.onTagsChange}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
