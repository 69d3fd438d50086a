/**
 * Publication and modification dates, most reliable source first: JSON-LD,
 * meta tags, `<time datetime>`, then the visible byline. Each source is
 * validated (ISO output, no year 1744, nothing from the future) before it
 * can win, so a broken JSON-LD date falls through to the next source.
 */
import { parseBylineDates, parseDate, type BylineDates } from './dates';
import { allMeta, type MetaIndex } from './meta-tags';
import { stringOf, type JsonLdNode } from './json-ld';
import { shortBlockText } from './plain-text';

const PUBLISHED_META = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'dcterms.issued',
  'parsely-pub-date',
  'sailthru.date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'citation_publication_date',
  'article.published',
];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified', 'article.updated'];

/** Elements whose text is likely to be the visible byline or date line. */
const BYLINE_SELECTOR = [
  '[class*="date" i]',
  '[class*="byline" i]',
  '[class*="publi" i]',
  '[class*="meta" i]',
  '[class*="posted" i]',
  '[class*="submitted" i]',
  '[class*="time" i]',
  '[id*="date" i]',
  '[itemprop="datePublished"]',
  'time',
].join(',');
const MAX_BYLINE_CANDIDATES = 60;
/** The author's name usually shares a small block with the date ("Carrie Arnold · November 15, 2019"). */
const AUTHOR_SELECTOR = 'a[rel~="author" i], [class*="author" i], [class*="byline" i], [itemprop="author"]';
const NEIGHBOURHOOD_CHARS = 200;
// No `u`: with `i` it would make V8 case-fold under Unicode rules when it
// compiles the pattern, and these words fold the same without it.
const PROSE_MARKER = /(?:publié|mis à jour|écrit|published|updated|posted|publicado|actualizado|veröffentlicht|publiziert|aktualisiert|\ble\s+\d|\bon\s+\w+\s+\d)/i;

function firstValid(values: Array<string | null | undefined>, now: Date): string | null {
  for (const value of values) {
    const iso = parseDate(value, now);
    if (iso !== null) return iso;
  }
  return null;
}

function fromTimeElements(doc: Document, now: Date): string | null {
  const times = Array.from(doc.querySelectorAll('time[datetime]'));
  // `pubdate` and itemprop mark the article's own date among teaser dates.
  const marked = times.filter((t) => t.hasAttribute('pubdate') || /datePublished/i.test(t.getAttribute('itemprop') ?? ''));
  return firstValid([...marked, ...times].map((t) => t.getAttribute('datetime')), now);
}

/**
 * Text with block boundaries kept apart: "Carrie Arnold · November 15, 2019",
 * not "ArnoldNovember"; null when longer than `maxChars` (a wrapper whose
 * class merely contains "meta" can hold the whole article).
 */
function normalised(el: Element, maxChars: number): string | null {
  const text = shortBlockText(el, maxChars)?.replace(/\n/g, ' · ') ?? null;
  return text === null || text.length > maxChars ? null : text;
}

/** The largest block of at most NEIGHBOURHOOD_CHARS around each of the first author elements. */
function authorNeighbourhoods(doc: Document): string[] {
  const out: string[] = [];
  for (const el of Array.from(doc.querySelectorAll(AUTHOR_SELECTOR)).slice(0, 5)) {
    let block: Element = el;
    for (let i = 0; i < 3 && block.parentElement !== null && normalised(block.parentElement, NEIGHBOURHOOD_CHARS) !== null; i++) {
      block = block.parentElement;
    }
    const text = normalised(block, NEIGHBOURHOOD_CHARS);
    if (text !== null && text !== '') out.push(text);
  }
  return out;
}

function fromVisibleText(doc: Document, bylines: readonly string[], leadText: string, now: Date): BylineDates {
  const lines = [...bylines, ...authorNeighbourhoods(doc)];
  for (const el of Array.from(doc.querySelectorAll(BYLINE_SELECTOR)).slice(0, MAX_BYLINE_CANDIDATES)) {
    const text = normalised(el, 300);
    if (text !== null && text !== '') lines.push(text);
  }
  const result: BylineDates = { publishedAt: null, modifiedAt: null };
  for (const line of lines) {
    const found = parseBylineDates(line, now);
    result.publishedAt ??= found.publishedAt;
    result.modifiedAt ??= found.modifiedAt;
    if (result.publishedAt !== null && result.modifiedAt !== null) break;
  }
  if (result.publishedAt === null) {
    // Last resort, the opening of the text, but only next to a word that says
    // the date is the article's ("Publié le…"); a bare date there is often
    // the date of the event the story reports.
    for (const line of leadText.split('\n').slice(0, 12)) {
      if (!PROSE_MARKER.test(line)) continue;
      const found = parseBylineDates(line, now);
      result.publishedAt ??= found.publishedAt;
      result.modifiedAt ??= found.modifiedAt;
      if (result.publishedAt !== null) break;
    }
  }
  return result;
}

export interface DateSources {
  doc: Document;
  meta: MetaIndex;
  article: JsonLdNode | null;
  readabilityPublished: string | null;
  /** Byline strings already found (Readability's, the cleaned clone's). */
  bylines: readonly string[];
  text: string;
  now: Date;
}

export function pageDates(src: DateSources): BylineDates {
  const { article, meta, now } = src;
  let publishedAt = firstValid(
    [stringOf(article?.['datePublished']), stringOf(article?.['dateCreated']), ...allMeta(meta, PUBLISHED_META), src.readabilityPublished],
    now,
  );
  let modifiedAt = firstValid([stringOf(article?.['dateModified']), ...allMeta(meta, MODIFIED_META)], now);
  publishedAt ??= fromTimeElements(src.doc, now);
  if (publishedAt === null || modifiedAt === null) {
    const visible = fromVisibleText(src.doc, src.bylines, src.text, now);
    publishedAt ??= visible.publishedAt;
    modifiedAt ??= visible.modifiedAt;
  }
  return { publishedAt, modifiedAt };
}
