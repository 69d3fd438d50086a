import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Article, ArticleSummary } from '../../core/model';
import type { KiosqueApi, TagPatch } from '../../lib/api-types';
import type { UiLang } from '../../lib/i18n';
import { t } from '../../lib/i18n';
import { ArticleView } from '../../components/article-view';
import type { EditionOption } from '../../components/edition-option';
import { describeError } from '../../components/error-message';
import { DEFAULT_FONT_SIZE, FontSizeControl } from '../../components/reader-font-size';
import { NextUnread } from '../../components/reader-next';
import { ReadingProgressBar, useReadingProgress, windowViewport, type ScrollViewport } from '../../components/reader-progress';
import { editionName } from '../../components/theme-label';
import { findNextUnread } from './next-unread';
import type { FontSizeStore } from './settings';

export type ReaderApi = Pick<KiosqueApi, 'getArticle' | 'setStatus' | 'setTags' | 'setProgress' | 'queryList'>;

export interface ReaderAppProps {
  /** From `?id=`; null when the page was opened without one. */
  id: string | null;
  api: ReaderApi;
  editions: readonly EditionOption[];
  lang: UiLang;
  locale: string;
  /** Lets the page title follow the article (the browser tab and history show it). */
  onTitle?: (title: string) => void;
  fontSizes: FontSizeStore;
  /** The reader page's address for another article. */
  readerHref: (id: string) => string;
  /** The window by default; tests pass a scripted one. */
  viewport?: ScrollViewport;
  progressThrottleMs?: number;
  /** Calls back after any write to the library from any context; returns the unsubscribe. */
  subscribe?: (onChange: () => void) => () => void;
}

type State = { kind: 'loading' } | { kind: 'missing'; message: string } | { kind: 'ready'; article: Article };

function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'not-found';
}

export function ReaderApp({ id, api, editions, lang, locale, onTitle, fontSizes, readerHref, viewport, progressThrottleMs, subscribe }: ReaderAppProps) {
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

  // The popup (or another reader tab, or the background) may change or delete
  // this article while it is open: re-read it after every write, so the
  // read/unread button and tags never contradict the list.
  useEffect(() => {
    if (!id || !subscribe) return;
    let live = true;
    const unsubscribe = subscribe(() => {
      api.getArticle(id).then(
        (article) => {
          if (live) setState({ kind: 'ready', article });
        },
        (error: unknown) => {
          if (live) setState({ kind: 'missing', message: isNotFound(error) ? t('readerNotFound') : describeError(error) });
        },
      );
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [id, api, subscribe]);

  // A write returns the new list row; the body is unchanged, so merge the row into the article.
  const merge = useCallback((row: ArticleSummary) => {
    setState((cur) => (cur.kind === 'ready' ? { kind: 'ready', article: { ...cur.article, ...row } } : cur));
  }, []);

  const [fontSize, setFontSize] = useState(DEFAULT_FONT_SIZE);
  useEffect(() => {
    let live = true;
    fontSizes.get().then(
      (size) => {
        if (live) setFontSize(size);
      },
      (error: unknown) => {
        if (live) setFailure(describeError(error));
      },
    );
    return () => {
      live = false;
    };
  }, [fontSizes]);
  const changeFontSize = (size: number) => {
    setFontSize(size);
    fontSizes.set(size).catch((error: unknown) => setFailure(describeError(error)));
  };

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
    <ReaderReady
      key={article.id}
      article={article}
      api={api}
      editions={editions}
      lang={lang}
      locale={locale}
      failure={failure}
      onFailure={(error) => setFailure(describeError(error))}
      fontSize={fontSize}
      onFontSize={changeFontSize}
      readerHref={readerHref}
      viewport={viewport}
      progressThrottleMs={progressThrottleMs}
      onToggleRead={() => void attempt(() => api.setStatus(article.id, article.status === 'unread' ? 'read' : 'unread'))}
      onTagsChange={(patch: TagPatch) => void attempt(() => api.setTags(article.id, patch))}
    />
  );
}

interface ReaderReadyProps extends Pick<ReaderAppProps, 'api' | 'editions' | 'lang' | 'locale' | 'readerHref' | 'viewport' | 'progressThrottleMs'> {
  article: Article;
  failure: string | null;
  onFailure: (error: unknown) => void;
  fontSize: number;
  onFontSize: (size: number) => void;
  onToggleRead: () => void;
  onTagsChange: (patch: TagPatch) => void;
}

/** One article on screen: its reading position and the way on to the next one. */
function ReaderReady(props: ReaderReadyProps) {
  const { article, api, onFailure } = props;
  const viewport = useMemo(() => props.viewport ?? windowViewport(), [props.viewport]);
  const progress = useReadingProgress({
    articleId: article.id,
    initial: article.progress,
    save: (value) => api.setProgress(article.id, value),
    onError: onFailure,
    viewport,
    throttleMs: props.progressThrottleMs,
  });

  // Looked up again when the edition is corrected, since the next story depends on it.
  const [next, setNext] = useState<ArticleSummary | null | undefined>(undefined);
  const editionId = article.edition?.id ?? null;
  useEffect(() => {
    let live = true;
    setNext(undefined);
    if (!editionId) return;
    findNextUnread(api, article).then(
      (found) => {
        if (live) setNext(found);
      },
      (error: unknown) => {
        if (live) onFailure(error);
      },
    );
    return () => {
      live = false;
    };
    // The article object changes on every status or tag write; only its edition matters here.
  }, [api, article.id, editionId]);

  return (
    <>
      <ReadingProgressBar progress={progress} />
      {props.failure ? (
        <p class="banner banner--error" role="alert">
          {props.failure}
        </p>
      ) : null}
      <ArticleView
        article={article}
        editions={props.editions}
        lang={props.lang}
        locale={props.locale}
        fontSize={props.fontSize}
        controls={<FontSizeControl size={props.fontSize} onChange={props.onFontSize} />}
        footer={
          article.edition ? (
            <NextUnread next={next} editionLabel={editionName(article.edition, props.lang)} href={props.readerHref} />
          ) : null
        }
        onToggleRead={props.onToggleRead}
        onTagsChange={props.onTagsChange}
      />
    </>
  );
}
