import type { JSX } from 'preact';
import { Component } from 'preact';
import type { ArticleSummary, StoredCollection } from '../core/model';
import type { TagPatch } from '../lib/api-types';
import { formatDate, formatSavedAt, hostOf } from '../lib/format';
import type { UiLang } from '../lib/i18n';
import { t } from '../lib/i18n';
import { CollectionMenu } from './collection-menu';
import type { EditionOption } from './edition-option';
import { ArchiveIcon, CheckIcon, DotIcon, StarIcon, TrashIcon } from './icons';
import { TagChips } from './tag-chips';

export interface RowActions {
  onOpen: (article: ArticleSummary) => void;
  onToggleRead: (article: ArticleSummary) => void;
  onToggleArchive: (article: ArticleSummary) => void;
  onToggleFavourite: (article: ArticleSummary) => void;
  onDelete: (article: ArticleSummary) => void;
  onTagsChange: (article: ArticleSummary, patch: TagPatch) => void;
  onMembership: (article: ArticleSummary, collectionId: string, member: boolean) => void;
  onCreateCollection: (article: ArticleSummary, name: string) => void;
}

export interface ArticleRowProps extends RowActions {
  article: ArticleSummary;
  /** Position in the whole result (0-based) and its size, for aria-posinset / aria-setsize. */
  index: number;
  total: number;
  active: boolean;
  onFocusRow: (index: number) => void;
  collections: readonly StoredCollection[];
  editions: readonly EditionOption[];
  lang: UiLang;
  locale: string;
  now: number;
  href: string;
  style: Record<string, string>;
}

/** Clicks on the row's own controls must not also open the article. */
function fromControl(event: JSX.TargetedMouseEvent<HTMLElement>): boolean {
  const target = event.target;
  return target instanceof Element && target.closest('button, a, input, label, [role="dialog"]') !== null;
}

export function rowDomId(index: number): string {
  return `row-${index}`;
}

/**
 * One article of the feed. The row itself takes focus (roving tabindex: only
 * the active row is in the tab order), so j/k and the action keys work on it,
 * and Tab then walks its own buttons.
 */
function ArticleRowView(props: ArticleRowProps) {
  const { article, lang, locale, now, index } = props;
  const unread = article.status === 'unread';
  const archived = article.status === 'archived';
  const site = article.siteName || hostOf(article.pageUrl || article.url);
  // The publication date tells how fresh the news is; the save date is the fallback for undated pages.
  const date = formatDate(article.publishedAt, locale) ?? formatSavedAt(article.savedAt, locale, now);
  const dir = article.dir ?? 'auto';
  const titleId = `${rowDomId(index)}-title`;

  return (
    <article
      id={rowDomId(index)}
      class={`row${unread ? ' row--unread' : ''}${props.active ? ' row--active' : ''}`}
      style={props.style}
      tabIndex={props.active ? 0 : -1}
      aria-posinset={index + 1}
      aria-setsize={props.total}
      aria-labelledby={titleId}
      data-id={article.id}
      onFocus={() => props.onFocusRow(index)}
      onClick={(event) => {
        if (!fromControl(event)) props.onOpen(article);
      }}
    >
      <div class="row__body">
        <a
          id={titleId}
          class="row__title"
          href={props.href}
          tabIndex={-1}
          lang={article.lang ?? undefined}
          dir={dir}
          title={article.excerpt ?? undefined}
          onClick={(event) => {
            // Plain click opens in a tab and marks read; modified clicks keep the browser's behaviour.
            if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
            event.preventDefault();
            props.onOpen(article);
          }}
        >
          {unread ? (
            <span class="row__unread" title={t('unread')}>
              <DotIcon />
              <span class="visually-hidden">{t('unread')}</span>
            </span>
          ) : null}
          {article.title}
        </a>
        <p class="row__meta">
          <span>{site}</span>
          {date ? <span>{date}</span> : null}
          {article.readingMinutes > 0 ? <span>{t('readerMinutes', String(article.readingMinutes))}</span> : null}
          {archived ? <span>{t('statusArchived')}</span> : null}
        </p>
        <TagChips
          edition={article.edition}
          themes={article.themes}
          editions={props.editions}
          lang={lang}
          onChange={(patch) => props.onTagsChange(article, patch)}
        />
      </div>
      <div class="row__actions" role="group" aria-label={t('rowActionsLabel', article.title)}>
        <button
          type="button"
          class="icon-button"
          aria-pressed={!unread}
          aria-label={unread ? t('markRead') : t('markUnread')}
          title={`${unread ? t('markRead') : t('markUnread')} (r)`}
          onClick={() => props.onToggleRead(article)}
        >
          {unread ? <CheckIcon /> : <DotIcon />}
        </button>
        <button
          type="button"
          class={`icon-button${article.favourite ? ' icon-button--on' : ''}`}
          aria-pressed={article.favourite}
          aria-label={t('favouriteLabel')}
          title={`${t('favouriteLabel')} (f)`}
          onClick={() => props.onToggleFavourite(article)}
        >
          <StarIcon filled={article.favourite} />
        </button>
        <button
          type="button"
          class={`icon-button${archived ? ' icon-button--on' : ''}`}
          aria-pressed={archived}
          aria-label={t('archiveLabel')}
          title={`${t('archiveLabel')} (e)`}
          onClick={() => props.onToggleArchive(article)}
        >
          <ArchiveIcon />
        </button>
        <CollectionMenu
          article={article}
          collections={props.collections}
          onMembership={(id, member) => props.onMembership(article, id, member)}
          onCreate={(name) => props.onCreateCollection(article, name)}
        />
        <button
          type="button"
          class="icon-button icon-button--danger"
          aria-label={t('deleteArticleLabel', article.title)}
          title={t('deleteArticle')}
          onClick={() => props.onDelete(article)}
        >
          <TrashIcon />
        </button>
      </div>
    </article>
  );
}

const ACTION_KEYS = [
  'onOpen',
  'onToggleRead',
  'onToggleArchive',
  'onToggleFavourite',
  'onDelete',
  'onTagsChange',
  'onMembership',
  'onCreateCollection',
  'onFocusRow',
] as const;

/**
 * Whether a row would draw the same thing. The list keeps an unchanged row as
 * the same object across answers, so identity stands for content; `style` is
 * a fresh object on every list render but only its offset and height vary.
 * Without this every filter change redraws every visible row twice (once as
 * the controls change, once as the answer lands), which is most of its cost.
 */
export function sameRow(a: ArticleRowProps, b: ArticleRowProps): boolean {
  return (
    a.article === b.article &&
    a.index === b.index &&
    a.total === b.total &&
    a.active === b.active &&
    a.style.top === b.style.top &&
    a.style.height === b.style.height &&
    a.lang === b.lang &&
    a.locale === b.locale &&
    a.now === b.now &&
    a.href === b.href &&
    a.collections === b.collections &&
    a.editions === b.editions &&
    ACTION_KEYS.every((key) => a[key] === b[key])
  );
}

/**
 * The row as the list uses it: skips drawing when `sameRow` holds. A class
 * with shouldComponentUpdate rather than compat's memo, which would install
 * React-compatibility hooks on every element of the extension's pages.
 */
export class ArticleRow extends Component<ArticleRowProps> {
  override shouldComponentUpdate(next: ArticleRowProps): boolean {
    return !sameRow(this.props, next);
  }

  override render(props: ArticleRowProps) {
    return <ArticleRowView {...props} />;
  }
}

/** A row whose page has not arrived yet: same height and position, announced as loading. */
export function PlaceholderRow({ index, total, style }: { index: number; total: number; style: Record<string, string> }) {
  return (
    <article id={rowDomId(index)} class="row row--placeholder" style={style} aria-posinset={index + 1} aria-setsize={total} aria-busy="true">
      <span class="visually-hidden">{t('loading')}</span>
      <span class="row__skeleton" aria-hidden="true" />
      <span class="row__skeleton row__skeleton--short" aria-hidden="true" />
    </article>
  );
}
