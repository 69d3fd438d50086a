import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Article, ArticleSummary, StoredCollection } from '../../core/model';
import type { ListQuery, SaveOutcome } from '../../lib/api-types';
import type { UiLang } from '../../lib/i18n';
import { formatCount } from '../../lib/format';
import { t } from '../../lib/i18n';
import { ArticleRow, PlaceholderRow, rowDomId } from '../../components/article-row';
import { CollectionsBar } from '../../components/collections-bar';
import type { EditionOption } from '../../components/edition-option';
import { describeError } from '../../components/error-message';
import { FilterBar } from '../../components/filter-bar';
import type { ListControls } from '../../components/list-controls';
import { DEFAULT_CONTROLS, hasFacets, queryOf } from '../../components/list-controls';
import { MyCities } from '../../components/my-cities';
import type { SaveStatus } from '../../components/save-button';
import { SaveButton } from '../../components/save-button';
import { SearchBox } from '../../components/search-box';
import { UndoToast } from '../../components/undo-toast';
import { VirtualList } from '../../components/virtual-list';
import { saveActiveTab } from './save-active-tab';
import type { ShortcutAction } from './use-shortcuts';
import { useShortcuts } from './use-shortcuts';
import { useListWindow, type NewestRows } from './use-list-window';
import type { PopupApi, Subscribe } from './popup-api';
import { rowActions } from './row-actions';

export type { PopupApi, Subscribe } from './popup-api';

export interface PopupAppProps {
  api: PopupApi;
  saveTab: (tabId: number) => Promise<SaveOutcome>;
  openReader: (id: string) => Promise<void>;
  readerHref: (id: string) => string;
  editions: readonly EditionOption[];
  lang: UiLang;
  locale: string;
  subscribe?: Subscribe;
  now?: () => number;
  /** The options page exporting the list as it is filtered; without it the popup offers no export. */
  exportHref?: (query: ListQuery) => string;
  /** The newest saves read directly, to paint the first screen before the full list query answers. */
  newestRows?: NewestRows;
  /** The newest saves, already read when the popup first renders: they show in that very render. */
  initialRows?: readonly ArticleSummary[];
}

/** Every row is this tall (CSS `.row` agrees), so the list maps a scroll offset to a row without measuring. */
export const ROW_HEIGHT = 104;
const LIST_ID = 'reading-list';
const MINUTE_MS = 60_000;
/** One empty list for every render, so rows without collection menus still compare equal. */
const NO_COLLECTIONS: readonly StoredCollection[] = [];

/** Relative dates change by the day; a clock read to the minute keeps rows equal between renders. */
function minuteOf(clock: () => number): number {
  return Math.floor(clock() / MINUTE_MS) * MINUTE_MS;
}

type View = 'list' | 'cities';

/** The popup: data comes in through props so every behaviour can be driven from a test. */
export function App(props: PopupAppProps) {
  const { api } = props;
  const [controls, setControls] = useState<ListControls>(DEFAULT_CONTROLS);
  const [view, setView] = useState<View>('list');
  const [active, setActive] = useState<number | null>(null);
  const [version, setVersion] = useState(0);
  const [collections, setCollections] = useState<StoredCollection[]>([]);
  const [save, setSave] = useState<SaveStatus>({ kind: 'idle' });
  const [deleted, setDeleted] = useState<Article | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const wantFocus = useRef(false);

  // Called through `api` so a service object keeps its `this`.
  // A first search answers from the newest saves while this page loads its index; the list asks again meanwhile.
  const queryList = useCallback((q: ListQuery) => api.queryList({ ...q, partialFirst: true }), [api]);
  const query = useMemo(() => queryOf(controls), [controls]);
  const list = useListWindow(queryList, query, props.newestRows, props.initialRows);
  const total = list.total ?? 0;

  const loadCollections = useCallback(async () => {
    if (!api.listCollections) return;
    try {
      setCollections(await api.listCollections());
    } catch (err) {
      setFailure(describeError(err));
    }
  }, [api]);

  const clock = props.now ?? Date.now;
  // Read once, and again after each write or live change: a new Date per render would redraw every row.
  const [now, setNow] = useState(() => minuteOf(clock));
  const clockRef = useRef(clock);
  clockRef.current = clock;

  const { refresh } = list;
  const changed = useCallback(() => {
    refresh();
    setVersion((n) => n + 1);
    setNow(minuteOf(clockRef.current));
  }, [refresh]);

  useEffect(() => {
    void loadCollections();
  }, [loadCollections]);

  // Writes from other contexts (another popup, the reader, the save shortcut) show up live.
  useEffect(() => {
    if (!props.subscribe) return;
    return props.subscribe(() => {
      changed();
      void loadCollections();
    });
  }, [props.subscribe, changed, loadCollections]);

  // A new query starts at the top; a shorter result keeps the focus on a row that still exists.
  useEffect(() => setActive(null), [query]);
  useEffect(() => {
    if (active !== null && list.total !== null && active >= list.total) setActive(list.total > 0 ? list.total - 1 : null);
  }, [active, list.total]);

  useLayoutEffect(() => {
    if (!wantFocus.current || active === null) return;
    const row = document.getElementById(rowDomId(active));
    if (row) {
      wantFocus.current = false;
      row.focus({ preventScroll: true });
    }
  });

  // Every write reports its own failure in one banner, and re-reads the list so no row shows a state it lost.
  const attempt = useCallback(
    async (work: () => Promise<void>) => {
      try {
        setFailure(null);
        await work();
      } catch (err) {
        setFailure(describeError(err));
      } finally {
        changed();
      }
    },
    [changed],
  );

  const onSave = () =>
    attempt(async () => {
      setSave({ kind: 'saving' });
      let outcome: SaveOutcome;
      try {
        outcome = await saveActiveTab(props.saveTab);
      } catch (err) {
        setSave({ kind: 'error', message: describeError(err) });
        return;
      }
      if (outcome.ok) setSave({ kind: 'done', created: outcome.created });
      else setSave({ kind: 'error', message: describeError(outcome.error) });
    });

  // The same handlers on every render, or no row could skip a redraw.
  const { patch } = list;
  const { openReader } = props;
  const actions = useMemo(
    () => rowActions({ api, attempt, patch, openReader, onDeleted: setDeleted, reloadCollections: loadCollections }),
    [api, attempt, patch, openReader, loadCollections],
  );

  const onUndo = () =>
    attempt(async () => {
      const article = deleted;
      setDeleted(null);
      if (article) await api.restoreArticle(article);
    });

  const onShortcut = (action: ShortcutAction, event: KeyboardEvent) => {
    if (action === 'search') {
      setView('list');
      searchRef.current?.focus();
      searchRef.current?.select();
      return;
    }
    if (action === 'leave') {
      if (event.target instanceof HTMLElement) event.target.blur();
      focusRow(active ?? 0);
      return;
    }
    if (view !== 'list' || total === 0) return;
    const current = active ?? -1;
    if (action === 'next') return focusRow(Math.min(total - 1, current + 1));
    if (action === 'previous') return focusRow(Math.max(0, current - 1));
    if (action === 'first') return focusRow(0);
    if (action === 'last') return focusRow(total - 1);
    if (active === null) return;
    const article = list.rowAt(active);
    // The row's page is still loading: nothing to act on yet.
    if (!article) return;
    if (action === 'open') actions.onOpen(article);
    else if (action === 'read') actions.onToggleRead(article);
    else if (action === 'archive') actions.onToggleArchive(article);
    else if (action === 'favourite') actions.onToggleFavourite(article);
  };
  useShortcuts(typeof document === 'undefined' ? undefined : document, onShortcut);

  function focusRow(index: number) {
    if (total === 0) return;
    wantFocus.current = true;
    setActive(Math.max(0, Math.min(total - 1, index)));
  }

  const onControls = (next: ListControls) => setControls(next);
  const expire = useCallback(() => setDeleted(null), []);
  const onRange = list.ensure;

  const renderRow = (index: number, style: Record<string, string>) => {
    const article = list.rowAt(index);
    if (!article) return <PlaceholderRow key={index} index={index} total={total} style={style} />;
    return (
      <ArticleRow
        key={index}
        {...actions}
        article={article}
        index={index}
        total={total}
        active={active === index || (active === null && index === 0)}
        onFocusRow={setActive}
        collections={api.setCollectionMembership ? collections : NO_COLLECTIONS}
        editions={props.editions}
        lang={props.lang}
        locale={props.locale}
        now={now}
        href={props.readerHref(article.id)}
        style={style}
      />
    );
  };

  return (
    <div class="popup">
      <header class="popup__header">
        <h1 class="brand">
          <img src="/icon/32.png" width={20} height={20} alt="" />
          Kiosque
        </h1>
        <SaveButton status={save} onSave={() => void onSave()} />
      </header>
      <nav class="views" aria-label={t('viewsLabel')}>
        <button type="button" class="views__tab" aria-pressed={view === 'list'} onClick={() => setView('list')}>
          {t('viewList')}
        </button>
        <button type="button" class="views__tab" aria-pressed={view === 'cities'} onClick={() => setView('cities')}>
          {t('viewCities')}
        </button>
      </nav>
      {failure ? (
        <p class="banner banner--error" role="alert">
          {failure}
        </p>
      ) : null}
      {view === 'cities' ? (
        <main class="popup__main popup__main--cities">
          <MyCities
            queryList={queryList}
            editions={props.editions}
            lang={props.lang}
            version={version}
            hrefFor={props.readerHref}
            onOpen={actions.onOpen}
            onShowEdition={(editionId) => {
              setControls({ ...DEFAULT_CONTROLS, edition: editionId, status: 'unread' });
              setView('list');
            }}
          />
        </main>
      ) : (
        <main class="popup__main">
          <SearchBox
            value={controls.query}
            onInput={(value) => onControls({ ...controls, query: value })}
            index={list.index}
            searchMode={list.searchMode}
            partial={list.partial}
            inputRef={searchRef}
            listId={LIST_ID}
            locale={props.locale}
          />
          {api.listCollections ? (
            <CollectionsBar
              collections={collections}
              sourceId={controls.collectionId}
              controls={controls}
              editions={props.editions}
              lang={props.lang}
              onOpen={(c) => onControls({ ...controls, collectionId: c?.id ?? null })}
              onSaveSearch={(name) =>
                void attempt(async () => {
                  if (!api.saveCollection) return;
                  const { collectionId: _source, ...rest } = query;
                  const created = await api.saveCollection({ name, kind: 'search', query: rest.query ?? '', filter: rest.filter ?? {} });
                  await loadCollections();
                  // The saved search becomes the list's source, so what was saved is what is shown.
                  setControls({ ...DEFAULT_CONTROLS, sort: controls.sort, collectionId: created.id });
                })
              }
              onDelete={(c) =>
                void attempt(async () => {
                  await api.deleteCollection?.(c.id);
                  setControls({ ...controls, collectionId: null });
                  await loadCollections();
                })
              }
            />
          ) : null}
          <FilterBar controls={controls} counts={list.counts} editions={props.editions} lang={props.lang} locale={props.locale} onChange={onControls} />
          <div class="list__head">
            <h2 id="list-heading" class="list__heading">
              {t('listHeading')}
            </h2>
            <span class="list__count" role="status">
              {list.total === null || list.partial ? '' : t('resultCount', formatCount(list.total, props.locale))}
            </span>
            {props.exportHref ? (
              <a class="list__export" href={props.exportHref(query)} target="_blank" rel="noopener">
                {t('listExport')}
              </a>
            ) : null}
          </div>
          {list.error ? (
            <p class="banner banner--error" role="alert">
              {describeError(list.error)}
            </p>
          ) : null}
          {list.total === null ? (
            list.error ? null : (
            <p class="empty" aria-busy="true">
              {t('loading')}
            </p>
            )
          ) : total === 0 ? (
            <p class="empty">{controls.query.trim() || controls.collectionId || hasFacets(controls) ? t('emptyFiltered') : t('emptyList')}</p>
          ) : (
            <VirtualList
              id={LIST_ID}
              role="feed"
              label={t('listHeading')}
              total={total}
              rowHeight={ROW_HEIGHT}
              activeIndex={active}
              onRange={onRange}
              renderRow={renderRow}
            />
          )}
        </main>
      )}
      {deleted ? (
        <UndoToast key={deleted.id} message={t('deletedToast')} actionLabel={t('undo')} onAction={() => void onUndo()} onExpire={expire} />
      ) : null}
    </div>
  );
}
