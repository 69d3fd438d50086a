/** Site section and keywords, which the tagger reads as strong hints. */
import { allMeta, firstMeta, type MetaIndex } from './meta-tags';
import { namesOf, type JsonLdNode } from './json-ld';

const MAX_KEYWORDS = 30;
const MAX_KEYWORD_LENGTH = 60;
/** Template placeholders that leak into keyword lists. */
const JUNK = new Set(['null', 'undefined', 'none', 'n/a', '[object object]']);

function clean(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

export function section(meta: MetaIndex, article: JsonLdNode | null): string | null {
  const fromLd = article === null ? [] : namesOf(article['articleSection']);
  const value = fromLd[0] ?? firstMeta(meta, ['article:section', 'section', 'parsely-section', 'sailthru.section', 'og:section']);
  return value === null || value === undefined || clean(value) === '' ? null : clean(value);
}

/**
 * `article:tag`, JSON-LD `keywords` (a comma-separated string or an array),
 * `news_keywords` and `keywords`, de-duplicated case-insensitively.
 */
export function keywords(meta: MetaIndex, article: JsonLdNode | null): string[] {
  const raw = [
    ...allMeta(meta, ['article:tag']),
    ...(article === null ? [] : namesOf(article['keywords']).flatMap((k) => k.split(','))),
    ...allMeta(meta, ['news_keywords', 'keywords', 'parsely-tags', 'sailthru.tags']).flatMap((k) => k.split(',')),
  ];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const entry of raw) {
    const word = clean(entry);
    const key = word.toLowerCase();
    if (word === '' || word.length > MAX_KEYWORD_LENGTH || seen.has(key) || JUNK.has(key)) continue;
    seen.add(key);
    out.push(word);
    if (out.length === MAX_KEYWORDS) break;
  }
  return out;
}
