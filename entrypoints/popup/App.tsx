import { useCallback, useState } from 'preact/hooks';
import type { Article, ArticleSummary } from '../../core/model';
import type { KiosqueApi, SaveOutcome, TagPatch } from '../../lib/api-types';
import type { UiLang } from '../../lib/i18n';
import { t } from '../../lib/i18n';
import type { EditionOption } from '../../components/edition-option';
import { describeError } from '../../components/error-message';
import type { ListFilter } from '../../components/filter-model';
import { NO_FILTER } from '../../components/filter-model';
import { ReadingList } from '../../components/reading-list';
import type { SaveStatus } from '../../components/save-button';
import { SaveButton } from '../../components/save-button';
import { UndoToast } from '../../components/undo-toast';
import { saveActiveTab } from './save-active-tab';
import type { Subscribe } from './use-article-rows';
import { useArticleRows } from './use-article-rows';

export type PopupApi = Pick<KiosqueApi, 'listArticles' | 'deleteArticle' | 'restoreArticle' | 'setStatus' | 'setTags'>;

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
}

/** The popup: data comes in through props so every behaviour can be driven from a test. */
export function App(props: PopupAppProps) {
  const { api } = props;
  // Called through `api` so a service object keeps its `this`.
  const list = useCallback(() => api.listArticles(), [api]);
  const { rows, error: loadError, upsert, remove, reload } = useArticleRows(list, props.subscribe);
  const [filter, setFilter] = useState<ListFilter>(NO_FILTER);
  const [save, setSave] = useState<SaveStatus>({ kind: 'idle' });
  const [deleted, setDeleted] = useState<Article | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  // Every write reports its own failure in one banner; a failed write never leaves a half-updated row.
  const attempt = useCallback(async (work: () => Promise<void>) => {
    try {
      setFailure(null);
      await work();
    } catch (err) {
      setFailure(describeError(err));
    }
  }, []);

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
      if (outcome.ok) {
        upsert(outcome.article);
        setSave({ kind: 'done', created: outcome.created });
      } else {
        setSave({ kind: 'error', message: describeError(outcome.error) });
      }
    });

  const onOpen = (article: ArticleSummary) =>
    attempt(async () => {
      // Mark first: opening a tab closes the popup, and with it any write still pending.
      if (article.status === 'unread') {
        try {
          upsert(await api.setStatus(article.id, 'read'));
        } finally {
          await props.openReader(article.id);
        }
      } else {
        await props.openReader(article.id);
      }
    });

  const onToggleRead = (article: ArticleSummary) =>
    attempt(async () => upsert(await api.setStatus(article.id, article.status === 'unread' ? 'read' : 'unread')));

  const onDelete = (article: ArticleSummary) =>
    attempt(async () => {
      const removed = await api.deleteArticle(article.id);
      remove(article.id);
      setDeleted(removed);
    });

  const onUndo = () =>
    attempt(async () => {
      const article = deleted;
      setDeleted(null);
      if (!article) return;
      await api.restoreArticle(article);
      await reload();
    });

  const onTagsChange = (article: ArticleSummary, patch: TagPatch) =>
    attempt(async () => upsert(await api.setTags(article.id, patch)));

  const expire = useCallback(() => setDeleted(null), []);

  return (
    <div class="popup">
      <header class="popup__header">
        <h1 class="brand">
          <img src="/icon/32.png" width={20} height={20} alt="" />
          Kiosque
        </h1>
        <SaveButton status={save} onSave={() => void onSave()} />
      </header>
      {failure ? (
        <p class="banner banner--error" role="alert">
          {failure}
        </p>
      ) : null}
      <main class="popup__main">
        {rows === null ? (
          loadError ? (
            <p class="banner banner--error" role="alert">
              {describeError(loadError)}
            </p>
          ) : (
            <p class="empty" aria-busy="true">
              {t('loading')}
            </p>
          )
        ) : (
          <ReadingList
            rows={rows}
            filter={filter}
            onFilterChange={setFilter}
            editions={props.editions}
            lang={props.lang}
            locale={props.locale}
            now={(props.now ?? Date.now)()}
            hrefFor={props.readerHref}
            onOpen={(a) => void onOpen(a)}
            onToggleRead={(a) => void onToggleRead(a)}
            onDelete={(a) => void onDelete(a)}
            onTagsChange={(a, patch) => void onTagsChange(a, patch)}
          />
        )}
      </main>
      {deleted ? (
        <UndoToast key={deleted.id} message={t('deletedToast')} actionLabel={t('undo')} onAction={() => void onUndo()} onExpire={expire} />
      ) : null}
    </div>
  );
}
