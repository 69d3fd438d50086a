/**
 * What the search index sees of an article, and how a document becomes
 * weighted terms. Shared by the index and the fallback scan so that both
 * agree on what a document contains.
 */
import type { Article, ArticleSummary } from '../model';
import { stem, isStemLang } from './stem';
import { tokenizeDetailed } from './tokenize';

export interface SearchDoc {
  id: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  excerpt: string | null;
  /** Plain article text. */
  text: string;
  /** ISO 639-1; picks the stemmer. */
  lang: string | null;
}

/**
 * Field weights, as integers so weighted term frequencies stay small
 * integers in the serialised index. A title word counts as five body words.
 */
export const FIELD_WEIGHTS = { title: 5, byline: 3, siteName: 3, excerpt: 2, text: 1 } as const;
type Field = keyof typeof FIELD_WEIGHTS;
const FIELDS = Object.keys(FIELD_WEIGHTS) as Field[];

/** Stems live beside surface terms in one term space, behind this marker. */
export const STEM_MARK = '\u0001';

/** Weighted term frequencies are capped so a posting packs into one number. */
export const MAX_TF = 255;

export interface AnalysedDoc {
  /** term (surface, or STEM_MARK + stem) → weighted frequency, capped. */
  terms: Map<string, number>;
  /** Number of words over all fields (alternate spellings not counted). */
  length: number;
}

// Stemming every token of 100M words is the bulk of an index build; the
// same few thousand words recur, so their stem keys are cached per language.
const STEM_CACHE_LIMIT = 100_000;
const stemKeys = new Map<string, Map<string, string | null>>();

/** STEM_MARK + stem of a term, or null when the stem is the term itself. */
export function stemKey(term: string, lang: string): string | null {
  let cache = stemKeys.get(lang);
  if (!cache) stemKeys.set(lang, (cache = new Map()));
  let key = cache.get(term);
  if (key === undefined) {
    const s = stem(term, lang);
    key = s === term ? null : STEM_MARK + s;
    if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
    cache.set(term, key);
  }
  return key;
}

export function analyseDoc(doc: SearchDoc): AnalysedDoc {
  const terms = new Map<string, number>();
  const add = (term: string, weight: number) => {
    terms.set(term, Math.min(MAX_TF, (terms.get(term) ?? 0) + weight));
  };
  const lang = isStemLang(doc.lang) ? doc.lang : null;
  let length = 0;
  for (const field of FIELDS) {
    const value = doc[field];
    if (!value) continue;
    const weight = FIELD_WEIGHTS[field];
    for (const { term, alt } of tokenizeDetailed(value)) {
      length++;
      add(term, weight);
      if (alt !== null && alt !== term) add(alt, weight);
      if (lang !== null) {
        const key = stemKey(term, lang);
        if (key !== null) add(key, weight);
      }
    }
  }
  return { terms, length };
}

/** The searchable part of a stored article. */
export function toSearchDoc(article: Pick<Article, 'id' | 'title' | 'byline' | 'siteName' | 'excerpt' | 'text' | 'lang'>): SearchDoc {
  return {
    id: article.id,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    excerpt: article.excerpt,
    text: article.text,
    lang: article.lang,
  };
}

/** A list row without its body (a link item, or while the body loads). */
export function summaryToSearchDoc(summary: ArticleSummary): SearchDoc {
  return toSearchDoc({ ...summary, text: '' });
}
