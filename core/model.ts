/**
 * The data model shared by every layer. Pure types and constants only, so that
 * core/, lib/ and the UI agree on one shape without importing each other.
 */

/** The fixed theme vocabulary: IPTC Media Topics top level plus two expat themes. */
export const THEME_IDS = [
  'arts-culture',
  'crime-justice',
  'disaster-accident',
  'economy-business',
  'education',
  'environment',
  'health',
  'human-interest',
  'labour',
  'lifestyle-leisure',
  'politics',
  'religion',
  'science-technology',
  'society',
  'sport',
  'conflict-war-peace',
  'weather',
  'expat-life',
  'travel-transport',
] as const;
export type ThemeId = (typeof THEME_IDS)[number];

export type LocalisedLabel = { en: string; fr: string };

/** Where a tag came from. `user` tags are never overwritten by re-tagging. */
export type TagSource = 'site' | 'metadata' | 'text' | 'model' | 'user';

export interface EditionTag {
  /** Stable slug: `madrid`, `bucarest`, `heidelberg-mannheim`, `international`. */
  id: string;
  label: LocalisedLabel;
  /** ISO 3166-1 alpha-2, or '' for international. */
  country: string;
  kind: 'city' | 'country' | 'international';
  source: TagSource;
  /** 0..1 */
  confidence: number;
}

export interface ThemeTag {
  id: ThemeId;
  source: TagSource;
  confidence: number;
}

export interface Tags {
  edition: EditionTag | null;
  /** At most 3, most relevant first. */
  themes: ThemeTag[];
}

export type ArticleKind = 'article' | 'link';

/** What the extractor returns for one page. Everything here is already sanitised. */
export interface ExtractedArticle {
  kind: ArticleKind;
  /** The address the page was clipped from (location.href). */
  url: string;
  /** `link[rel=canonical]`, else `og:url`, else `url`; absolute. */
  canonicalUrl: string;
  title: string;
  /** Display byline, prefixes such as "By" / "Par" removed. */
  byline: string | null;
  authors: string[];
  siteName: string | null;
  /** ISO 639-1 (primary subtag, lower-case), or null when unknown. */
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  /** Description / excerpt, plain text. */
  excerpt: string | null;
  /** Absolute URL of the lead image. */
  leadImage: string | null;
  /** Site section (`article:section`, JSON-LD `articleSection`). */
  section: string | null;
  /** Keywords and `article:tag`, de-duplicated. */
  keywords: string[];
  /** Place names the page's metadata gives (JSON-LD contentLocation, locationCreated, dateline). */
  places: string[];
  /** ISO 8601, or null. */
  publishedAt: string | null;
  modifiedAt: string | null;
  /** Sanitised article HTML; '' for a link item. */
  html: string;
  /** Plain text with a line break between blocks. */
  text: string;
  wordCount: number;
  /** Whole minutes, at least 1 for a non-empty article. */
  readingMinutes: number;
  /** Set when the article was longer than the extractor keeps and its end was cut. */
  truncated?: boolean;
}

/** Reading state: `archived` is done-with; favourite is a separate flag. */
export type ArticleStatus = 'unread' | 'read' | 'archived';

/** A list row: small, indexed, enough to draw the popup without loading bodies. */
export interface ArticleSummary {
  id: string;
  /** Dedupe key: the normalised canonical URL (see core/url.ts). Unique. */
  url: string;
  /** The address the page was clipped from. */
  pageUrl: string;
  kind: ArticleKind;
  title: string;
  siteName: string | null;
  byline: string | null;
  authors: string[];
  /** Short excerpt for the list (at most ~300 characters). */
  excerpt: string | null;
  leadImage: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  section: string | null;
  keywords: string[];
  publishedAt: string | null;
  modifiedAt: string | null;
  /** Epoch milliseconds. */
  savedAt: number;
  updatedAt: number;
  status: ArticleStatus;
  favourite: boolean;
  edition: EditionTag | null;
  themes: ThemeTag[];
  /** Index mirrors of edition.id and themes[].id (Dexie indexes scalar / multi-entry fields). */
  editionId: string;
  themeIds: ThemeId[];
  /** The reader's own free-form labels, kept apart from the fixed taxonomy. */
  labels: string[];
  notes: string;
  /** Reading progress 0..1. */
  progress: number;
  wordCount: number;
  readingMinutes: number;
  /** Manual collections this article belongs to (StoredCollection.id). Absent on rows saved before version 3. */
  collectionIds?: string[];
  /** Set when the extractor cut the article's end (see ExtractedArticle.truncated). */
  truncated?: boolean;
}

/** A full article: the list row plus its body. */
export interface Article extends ArticleSummary {
  html: string;
  text: string;
  /**
   * The places the page stated about itself (ExtractedArticle.places), which
   * storage keeps with the body for re-tagging. Only on an article handed
   * back by a delete, so that undo stores them again.
   */
  places?: string[];
}

/** Per-article state the reader owns; kept when the same page is saved again. */
export const READER_STATE_FIELDS = ['status', 'favourite', 'labels', 'notes', 'progress'] as const;

/**
 * What the injected extractor hands back to the background. The extractor runs
 * in the page, so a failure is returned as data rather than thrown: an exception
 * thrown there would reach the background as an untyped string.
 */
export type ExtractionResult =
  | { ok: true; article: ExtractedArticle; /** time in the page from the script's first statement to this result, ms */ ms: number }
  | { ok: false; error: { code: 'extraction-failed' | 'page-too-large'; message: string } };

/**
 * A collection the reader keeps in Kiosque. A saved search is a query plus
 * filters, re-run each time it is opened; a manual collection lists its
 * members through ArticleSummary.collectionIds, so adding an article is one
 * row write and deleting the article needs no clean-up elsewhere.
 */
export interface StoredCollection {
  id: string;
  name: string;
  kind: 'search' | 'manual';
  /** Search text of a saved search ('' for none, and for manual collections). */
  query: string;
  /** Facets of a saved search ({} for manual collections). */
  filter: import('./search/filter').ListFilter;
  /** Epoch milliseconds. */
  createdAt: number;
  updatedAt: number;
}
