/**
 * The extractor: one page in, one sanitised ExtractedArticle out. Pure: the
 * document, its URL and the clock are parameters, so the same code runs in
 * the content script and under Node on a linkedom or jsdom document.
 */
import type { ExtractedArticle } from '../model';
import { KiosqueError } from '../errors';
import { isRtlLanguage, resolveLanguage } from '../language';
import { extractAuthors, isNavigationText, visibleBylines } from './authors';
import { articleNode, readJsonLd } from './json-ld';
import { firstMeta, indexMeta, type MetaIndex } from './meta-tags';
import { baseUrl, canonicalUrl, leadImage } from './page-urls';
import { declaredDir, declaredLanguage, excerpt, hostLabel, pageTitle, siteName } from './page-labels';
import { places } from './places';
import { blockText } from './plain-text';
import { pageDates } from './published-dates';
import { runReadability } from './readability-run';
import { sanitizeArticleHtml } from './sanitize';
import { keywords, section } from './section-keywords';
import { assertPageSize, MAX_ARTICLE_TEXT } from './size-guard';
import { countWords } from './word-count';

export interface ExtractOptions {
  /** The clock, for rejecting dates in the future. Defaults to the current time. */
  now?: Date;
  /**
   * The window DOMPurify runs in; defaults to `doc.defaultView`. Needed under
   * linkedom, whose window DOMPurify cannot use: pass a jsdom window.
   */
  sanitizerWindow?: Window;
}

/** Below this, Readability's "article" is a stray caption or a cookie notice. */
const MIN_ARTICLE_WORDS = 25;

function hasArticleSignals(meta: MetaIndex, hasArticleNode: boolean): boolean {
  const ogType = firstMeta(meta, ['og:type'])?.toLowerCase() ?? '';
  return hasArticleNode || ogType === 'article' || meta.has('article:published_time');
}

function parsePageUrl(url: string): URL {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:' || parsed.protocol === 'file:') return parsed;
  } catch {
    // reported below with the same typed error
  }
  throw new KiosqueError('invalid-input', `Cannot extract from a page whose address is ${url.slice(0, 200)}`);
}

/** A document with no root element (an aborted load): only the address is known. */
function emptyPage(pageUrl: URL): ExtractedArticle {
  return {
    kind: 'link',
    url: pageUrl.href,
    canonicalUrl: pageUrl.href,
    title: hostLabel(pageUrl.href),
    byline: null,
    authors: [],
    siteName: null,
    lang: null,
    dir: null,
    excerpt: null,
    leadImage: null,
    section: null,
    keywords: [],
    places: [],
    publishedAt: null,
    modifiedAt: null,
    html: '',
    text: '',
    wordCount: 0,
    readingMinutes: 0,
  };
}

/**
 * Extracts the article of `doc`, the page at `url`. A page that is not an
 * article comes back as `kind: 'link'` with its metadata and empty html/text.
 * Throws KiosqueError: `invalid-input` for a non-web URL, `page-too-large`
 * past MAX_PAGE_TEXT, `extraction-failed` when no sanitiser can run.
 */
export function extractArticle(doc: Document, url: string, opts: ExtractOptions = {}): ExtractedArticle {
  const now = opts.now ?? new Date();
  const pageUrl = parsePageUrl(url);
  if (doc.documentElement === null) return emptyPage(pageUrl);
  const bodyText = assertPageSize(doc);
  const meta = indexMeta(doc);
  const ldArticle = articleNode(readJsonLd(doc));
  const base = baseUrl(doc, pageUrl.href);

  const read = runReadability(doc, pageUrl, hasArticleSignals(meta, ldArticle !== null), bodyText ?? undefined);
  let html = '';
  let text = '';
  if (read.content !== null) {
    const win = opts.sanitizerWindow ?? doc.defaultView;
    if (win === null) throw new KiosqueError('extraction-failed', 'The document has no window to sanitise in.');
    const body = sanitizeArticleHtml(read.content.innerHTML, win, base);
    // Block line breaks add a little to the text the size guard counted.
    text = blockText(body).slice(0, MAX_ARTICLE_TEXT);
    html = body.innerHTML;
  }
  const { wordCount, readingMinutes } = countWords(text);
  const isArticle = wordCount >= MIN_ARTICLE_WORDS;
  if (!isArticle) {
    html = '';
    text = '';
  }

  const site = siteName(meta, ldArticle, read.siteName);
  // The page scans run only when the sources before them found nobody.
  const authors = extractAuthors({
    article: ldArticle,
    meta,
    relAuthor: () =>
      Array.from(doc.querySelectorAll('a[rel~="author" i]'))
        .slice(0, 5)
        .map((a) => a.textContent ?? ''),
    readabilityByline: () => (read.byline !== null && isNavigationText(doc, read.byline) ? null : read.byline),
    visibleBylines: () => visibleBylines(doc),
    siteName: site,
  });
  const dates = pageDates({
    doc,
    meta,
    article: ldArticle,
    readabilityPublished: read.publishedTime,
    bylines: read.byline === null ? [] : [read.byline],
    text,
    now,
  });
  const declared = declaredLanguage(doc, meta, read.lang);
  const title = pageTitle(doc, meta, read.title, pageUrl.href);
  const summary = excerpt(meta, ldArticle, read.excerpt);
  const lang = resolveLanguage(declared, text !== '' ? text : `${title}\n${summary ?? ''}`);
  const dir = declaredDir(doc, read.dir) ?? (lang === null ? null : isRtlLanguage(lang) ? 'rtl' : 'ltr');

  return {
    kind: isArticle ? 'article' : 'link',
    url: pageUrl.href,
    canonicalUrl: canonicalUrl(doc, pageUrl.href, meta),
    title,
    byline: authors.length > 0 ? authors.join(', ') : null,
    authors,
    siteName: site,
    lang,
    dir,
    excerpt: summary,
    leadImage: leadImage(doc, pageUrl.href, meta, ldArticle),
    section: section(meta, ldArticle),
    keywords: keywords(meta, ldArticle),
    places: places(ldArticle, text, lang),
    publishedAt: dates.publishedAt,
    modifiedAt: dates.modifiedAt,
    html,
    text,
    wordCount: isArticle ? wordCount : 0,
    readingMinutes: isArticle ? readingMinutes : 0,
    ...(read.truncated && isArticle ? { truncated: true } : {}),
  };
}

