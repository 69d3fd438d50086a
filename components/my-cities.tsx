import { useEffect, useState } from 'preact/hooks';
import type { ArticleSummary } from '../core/model';
import type { ListPage, ListQuery } from '../lib/api-types';
import { hostOf } from '../lib/format';
import type { UiLang } from '../lib/i18n';
import { t } from '../lib/i18n';
import type { EditionOption } from './edition-option';
import { describeError } from './error-message';
import { editionName } from './theme-label';

export interface MyCitiesProps {
  queryList: (query: ListQuery) => Promise<ListPage>;
  editions: readonly EditionOption[];
  lang: UiLang;
  /** Bumped after every write, so the groups follow reads and saves. */
  version: number;
  hrefFor: (id: string) => string;
  onOpen: (article: ArticleSummary) => void;
  /** Shows the whole unread list of one edition in the main list. */
  onShowEdition: (editionId: string) => void;
}

/** Rows shown per edition: a glance at what is new, the full list is one click away. */
export const ROWS_PER_CITY = 3;
/** Editions shown: an expat follows a handful; the rest are reached through the edition filter. */
export const MAX_CITIES = 12;

interface Group {
  id: string;
  count: number;
  rows: ArticleSummary[];
}

const UNREAD = { statuses: ['unread' as const] };

/** Unread articles by edition: one count query, then the first rows of each edition. */
async function loadGroups(queryList: MyCitiesProps['queryList']): Promise<Group[]> {
  const head = await queryList({ filter: UNREAD, limit: 0 });
  const editions = Object.entries(head.counts.editions)
    .filter(([id, n]) => id !== '' && n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_CITIES);
  return Promise.all(
    editions.map(async ([id, count]) => {
      const page = await queryList({ filter: { ...UNREAD, editionIds: [id] }, limit: ROWS_PER_CITY });
      return { id, count, rows: page.items };
    }),
  );
}

/** The "My cities" view: what is unread in each followed edition, side by side. */
export function MyCities(props: MyCitiesProps) {
  const [groups, setGroups] = useState<Group[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { queryList, version } = props;

  useEffect(() => {
    let live = true;
    loadGroups(queryList).then(
      (next) => {
        if (live) {
          setGroups(next);
          setError(null);
        }
      },
      (err: unknown) => {
        if (live) setError(err);
      },
    );
    // An answer for an older version must not land after a newer one.
    return () => {
      live = false;
    };
  }, [queryList, version]);

  if (error) {
    return (
      <p class="banner banner--error" role="alert">
        {describeError(error)}
      </p>
    );
  }
  if (groups === null) {
    return (
      <p class="empty" aria-busy="true">
        {t('loading')}
      </p>
    );
  }
  if (groups.length === 0) return <p class="empty">{t('citiesEmpty')}</p>;
  const byId = new Map(props.editions.map((e) => [e.id, e]));
  return (
    <div class="cities">
      {groups.map((group) => {
        const name = editionName(byId.get(group.id) ?? { id: group.id, label: { en: group.id, fr: group.id } }, props.lang);
        const headingId = `city-${group.id}`;
        return (
          <section key={group.id} class="city" aria-labelledby={headingId}>
            <h3 id={headingId} class="city__heading">
              {name} <span class="city__count">{t('unreadCount', String(group.count))}</span>
            </h3>
            <ul class="city__rows">
              {group.rows.map((row) => (
                <li key={row.id}>
                  <a
                    class="city__link"
                    href={props.hrefFor(row.id)}
                    lang={row.lang ?? undefined}
                    dir={row.dir ?? 'auto'}
                    onClick={(event) => {
                      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
                      event.preventDefault();
                      props.onOpen(row);
                    }}
                  >
                    {row.title}
                  </a>
                  <span class="city__site">{row.siteName || hostOf(row.pageUrl || row.url)}</span>
                </li>
              ))}
            </ul>
            {group.count > group.rows.length ? (
              <button type="button" class="link-button" onClick={() => props.onShowEdition(group.id)}>
                {t('citySeeAll', [String(group.count), name])}
              </button>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
