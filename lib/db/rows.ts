/**
 * How a clipped page becomes a list row, and how a row plus its body
 * becomes the input the tagger reads. Pure functions, no database.
 */
import type { Article, ArticleSummary, ExtractedArticle, Tags } from '../../core/model';
import type { TaggingInput } from '../../core/tagging';
import type { BodyRow } from './schema';

/** List rows carry a short excerpt only; the full text is in the body. */
export const LIST_EXCERPT_CHARS = 300;

function shortExcerpt(excerpt: string | null): string | null {
  if (excerpt === null || excerpt.length <= LIST_EXCERPT_CHARS) return excerpt;
  const cut = excerpt.slice(0, LIST_EXCERPT_CHARS - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > LIST_EXCERPT_CHARS / 2 ? cut.slice(0, space) : cut}…`;
}

export function tagsOf(row: Pick<ArticleSummary, 'edition' | 'themes'>): Tags {
  return { edition: row.edition, themes: row.themes };
}

/** The tag fields plus their index mirrors, which must never disagree. */
export function tagFields(tags: Tags): Pick<ArticleSummary, 'edition' | 'themes' | 'editionId' | 'themeIds'> {
  return {
    edition: tags.edition,
    themes: tags.themes,
    editionId: tags.edition?.id ?? '',
    themeIds: tags.themes.map((theme) => theme.id),
  };
}

/**
 * A row for a fresh clip. When the page was saved before, the reader's own
 * state (status, favourite, labels, notes, progress) and id carry over, and
 * the row moves to the top of the list as a new save would.
 */
export function buildSummary(args: {
  id: string;
  key: string;
  article: ExtractedArticle;
  tags: Tags;
  previous: ArticleSummary | undefined;
  now: number;
}): ArticleSummary {
  const { id, key, article, tags, previous, now } = args;
  return {
    id,
    url: key,
    pageUrl: article.url,
    kind: article.kind,
    title: article.title,
    siteName: article.siteName,
    byline: article.byline,
    authors: article.authors,
    excerpt: shortExcerpt(article.excerpt),
    leadImage: article.leadImage,
    lang: article.lang,
    dir: article.dir,
    section: article.section,
    keywords: article.keywords,
    publishedAt: article.publishedAt,
    modifiedAt: article.modifiedAt,
    savedAt: now,
    updatedAt: now,
    status: previous?.status ?? 'unread',
    favourite: previous?.favourite ?? false,
    labels: previous?.labels ?? [],
    notes: previous?.notes ?? '',
    progress: previous?.progress ?? 0,
    wordCount: article.wordCount,
    readingMinutes: article.readingMinutes,
    // The list marks a clip whose end was cut, so the reader knows to open the page.
    ...(article.truncated === true ? { truncated: true } : {}),
    ...tagFields(tags),
  };
}

export function taggingInputOf(row: ArticleSummary, body: BodyRow | undefined): TaggingInput {
  return {
    url: row.pageUrl,
    canonicalUrl: row.url,
    title: row.title,
    excerpt: row.excerpt,
    text: body?.text ?? '',
    lang: row.lang,
    siteName: row.siteName,
    section: row.section,
    keywords: row.keywords,
    places: body?.places ?? [],
  };
}

export function joinArticle(row: ArticleSummary, body: BodyRow | undefined): Article {
  return { ...row, html: body?.html ?? '', text: body?.text ?? '' };
}
