import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Article, ArticleSummary } from '../../core/model';
import type { KiosqueApi, TagPatch } from '../../lib/api-types';
import type { UiLang } from '../../lib/i18n';
import { t } from '../../lib/i18n';
import { ArticleView } from '../../components/article-view';
import type { EditionOption } from '../../components/edition-option';
import { describeError } from '../../components/error-message';

export type ReaderApi = Pick<KiosqueApi, 'getArticle' | 'setStatus' | 'setTags'>;

export interface ReaderAppProps {
  /** From `?id=`; null when the page was opened without one. */
  id: string | null;
  api: ReaderApi;
  editions: readonly EditionOption[];
  lang: UiLang;
  locale: string;
  /** Lets the page title follow the article (the browser tab and history show it). */
  onTitle?: (title: string) => void;
}

type State = { kind: 'loading' } | { kind: 'missing'; message: string } | { kind: 'ready'; article: Article };

function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'not-found';
}

export function ReaderApp({ id, api, editions, lang, locale, onTitle }: ReaderAppProps) {
  const [state, setState] = useState<State>(() => (id ? { kind: 'loading' } : { kind: 'missing', message: t('readerNoId') }));
  const [failure, setFailure] = useState<string | null>(null);
  // Held in a ref so a new callback identity does not refetch the article.
  const titleSink = useRef(onTitle);
  titleSink.current = onTitle;

  useEffect(() => {
    if (!id) return;
    let live = true;
    api.getArticle(id).then(
      (article) => {
        if (!live) return;
        setState({ kind: 'ready', article });
        titleSink.current?.(article.title);
      },
      (error: unknown) => {
        if (live) setState({ kind: 'missing', message: isNotFound(error) ? t('readerNotFound') : describeError(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [id, api]);

  // A write returns the new list row; the body is unchanged, so merge the row into the article.
  const merge = useCallback((row: ArticleSummary) => {
    setState((cur) => (cur.kind === 'ready' ? { kind: 'ready', article: { ...cur.article, ...row } } : cur));
  }, []);

  const attempt = async (work: () => Promise<ArticleSummary>) => {
    try {
      setFailure(null);
      merge(await work());
    } catch (error) {
      setFailure(describeError(error));
    }
  };

  if (state.kind === 'loading') {
    return (
      <p class="reader-state" aria-busy="true">
        {t('loading')}
      </p>
    );
  }
  if (state.kind === 'missing') {
    return (
      <div class="reader-state" role="alert">
        <p>{state.message}</p>
      </div>
    );
  }
  const { article } = state;
  return (
    <>
      {failure ? (
        <p class="banner banner--error" role="alert">
          {failure}
        </p>
      ) : null}
      <ArticleView
        article={article}
        editions={editions}
        lang={lang}
        locale={locale}
        onToggleRead={() =>
          void attempt(() => api.setStatus(article.id, article.status === 'unread' ? 'read' : 'unread'))
        }
        onTagsChange={(patch: TagPatch) => void attempt(() => api.setTags(article.id, patch))}
      />
    </>
  );
}
