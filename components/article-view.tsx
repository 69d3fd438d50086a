import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Article } from '../core/model';
import type { TagPatch } from '../lib/api-types';
import { formatDateTime, formatLanguage, hostOf } from '../lib/format';
import type { UiLang } from '../lib/i18n';
import { t } from '../lib/i18n';
import type { EditionOption } from './edition-option';
import { sanitizeForReader } from './sanitize-html';
import { TagChips } from './tag-chips';

export interface ArticleViewProps {
  article: Article;
  editions: readonly EditionOption[];
  lang: UiLang;
  locale: string;
  onToggleRead: () => void;
  onTagsChange: (patch: TagPatch) => void;
  /** Body text size in CSS pixels; headings scale with it. */
  fontSize?: number;
  /** Reader settings shown beside the actions (text size). */
  controls?: ComponentChildren;
  /** After the text: the way on to the next article. */
  footer?: ComponentChildren;
}

export function ArticleView({ article, editions, lang, locale, onToggleRead, onTagsChange, fontSize, controls, footer }: ArticleViewProps) {
  const html = useMemo(() => (article.html ? sanitizeForReader(article.html) : ''), [article.html]);
  const site = article.siteName || hostOf(article.pageUrl || article.url);
  const published = formatDateTime(article.publishedAt, locale);
  const language = formatLanguage(article.lang, locale);
  const unread = article.status === 'unread';
  // The article keeps its own language and direction even inside a French or English UI.
  const textLang = article.lang ?? undefined;
  const dir = article.dir ?? 'auto';

  return (
    <article class="reader" style={fontSize ? { '--reader-size': `${fontSize}px` } : undefined}>
      <header class="reader__header">
        <p class="reader__site">{site}</p>
        <h1 class="reader__title" lang={textLang} dir={dir}>
          {article.title}
        </h1>
        {article.byline ? (
          <p class="reader__byline" lang={textLang} dir={dir}>
            {article.byline}
          </p>
        ) : null}
        <p class="reader__meta">
          {published ? <span>{t('readerPublished', published)}</span> : null}
          {article.readingMinutes > 0 ? <span>{t('readerMinutes', String(article.readingMinutes))}</span> : null}
          {language ? <span>{language}</span> : null}
        </p>
        <TagChips edition={article.edition} themes={article.themes} editions={editions} lang={lang} onChange={onTagsChange} />
        <div class="reader__actions">
          <a class="button button--ghost" href={article.pageUrl || article.url} target="_blank" rel="noopener noreferrer">
            {t('readerOriginal')}
          </a>
          <button type="button" class="button" aria-pressed={!unread} onClick={onToggleRead}>
            {unread ? t('markRead') : t('markUnread')}
          </button>
          {controls}
        </div>
      </header>
      {html ? (
        <div class="reader__body" lang={textLang} dir={dir} dangerouslySetInnerHTML={{ __html: html }} />
      ) : (
        <div class="reader__body reader__body--empty">
          {article.excerpt ? (
            <p lang={textLang} dir={dir}>
              {article.excerpt}
            </p>
          ) : null}
          <p class="notice">{t('readerLinkOnly')}</p>
        </div>
      )}
      {footer}
    </article>
  );
}
