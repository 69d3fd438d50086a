import type { JSX } from 'preact';
import type { ArticleSummary } from '../core/model';
import type { TagPatch } from '../lib/api-types';
import { formatDate, formatSavedAt, hostOf } from '../lib/format';
import type { UiLang } from '../lib/i18n';
import { t } from '../lib/i18n';
import type { EditionOption } from './edition-option';
import { CheckIcon, DotIcon, TrashIcon } from './icons';
import { TagChips } from './tag-chips';

export interface RowActions {
  onOpen: (article: ArticleSummary) => void;
  onToggleRead: (article: ArticleSummary) => void;
  onDelete: (article: ArticleSummary) => void;
  onTagsChange: (article: ArticleSummary, patch: TagPatch) => void;
}

export interface ArticleRowProps extends RowActions {
  article: ArticleSummary;
  editions: readonly EditionOption[];
  lang: UiLang;
  locale: string;
  now: number;
  href: string;
}

/** Clicks on the row's own controls must not also open the article. */
function fromControl(event: JSX.TargetedMouseEvent<HTMLElement>): boolean {
  const target = event.target;
  return target instanceof Element && target.closest('button, a, input, label, [role="dialog"]') !== null;
}

export function ArticleRow(props: ArticleRowProps) {
  const { article, lang, locale, now } = props;
  const unread = article.status === 'unread';
  const site = article.siteName || hostOf(article.pageUrl || article.url);
  // The publication date tells how fresh the news is; the save date is the fallback for undated pages.
  const date = formatDate(article.publishedAt, locale) ?? formatSavedAt(article.savedAt, locale, now);
  const dir = article.dir ?? 'auto';

  return (
    <li
      class={`row${unread ? ' row--unread' : ''}`}
      onClick={(event) => {
        if (!fromControl(event)) props.onOpen(article);
      }}
    >
      <div class="row__body">
        <a
          class="row__title"
          href={props.href}
          lang={article.lang ?? undefined}
          dir={dir}
          aria-label={t('openArticleLabel', article.title)}
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
        </p>
        {article.excerpt ? (
          <p class="row__excerpt" lang={article.lang ?? undefined} dir={dir}>
            {article.excerpt}
          </p>
        ) : null}
        <TagChips
          edition={article.edition}
          themes={article.themes}
          editions={props.editions}
          lang={lang}
          onChange={(patch) => props.onTagsChange(article, patch)}
        />
      </div>
      <div class="row__actions">
        <button
          type="button"
          class="icon-button"
          aria-pressed={!unread}
          aria-label={unread ? t('markRead') : t('markUnread')}
          title={unread ? t('markRead') : t('markUnread')}
          onClick={() => props.onToggleRead(article)}
        >
          {unread ? <CheckIcon /> : <DotIcon />}
        </button>
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
    </li>
  );
}
