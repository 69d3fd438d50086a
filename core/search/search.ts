/**
 * Querying the index: every query term must match (AND); a term matches a
 * document word it prefixes (as-you-type) or, exactly, one of its stems.
 * A document's score is the sum over query terms of the best
 * weight × BM25 among the words that term matched.
 */
import { idf, tfPart } from './bm25';
import { lowerBound, POSTING_BASE, sortedTerms, type SearchIndex } from './inverted-index';
import { parseQuery, prefixMatchWeight, STEM_MATCH_WEIGHT, type QueryTerm } from './query';
import { STEM_MARK } from './search-doc';

export interface SearchHit {
  id: string;
  score: number;
}

export interface SearchOptions {
  /** At most this many hits, best first (default 50). */
  limit?: number;
  /**
   * Keep only ids this accepts, before the limit is applied: pass
   * `id => matchesFilter(summaries.get(id), filter)` to combine with filters.
   */
  accept?: (id: string) => boolean;
  /**
   * Every hit, in index order, with no limit: for a caller that filters the
   * hits and then ranks only what it shows (rankHits). Sorting every hit of
   * a one-letter prefix at 100,000 articles cost about 15 ms per keystroke.
   */
  unordered?: boolean;
}

export const DEFAULT_LIMIT = 50;

/** The weight with which a query term matches one index term (0: no match). */
export function matchWeight(query: QueryTerm, term: string): number {
  if (term[0] === STEM_MARK) return query.variants.includes(term.slice(1)) ? STEM_MATCH_WEIGHT : 0;
  const prefix = term.startsWith(query.prefix) ? prefixMatchWeight(query.prefix, term) : 0;
  const variant = query.variants.includes(term) ? STEM_MATCH_WEIGHT : 0;
  return Math.max(prefix, variant);
}

export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
  const terms = parseQuery(query);
  if (terms.length === 0 || index.liveCount === 0) return [];
  const slots = index.ids.length;
  const avgLength = index.liveLength / index.liveCount;
  const total = new Float64Array(slots);
  const matched = new Uint8Array(slots);
  const sorted = sortedTerms(index);

  terms.forEach((query, position) => {
    const best = new Float64Array(slots);
    const visit = (term: string) => {
      const weight = matchWeight(query, term);
      const list = index.postings.get(term);
      if (weight === 0 || !list) return;
      const termIdf = idf(list.length, index.liveCount);
      for (const packed of list) {
        const tf = packed % POSTING_BASE;
        const docNum = (packed - tf) / POSTING_BASE;
        const length = index.lengths[docNum] ?? 0;
        const score = weight * (termIdf * tfPart(tf, length, avgLength));
        if (score > (best[docNum] ?? 0)) best[docNum] = score;
      }
    };
    for (let i = lowerBound(sorted, query.prefix); i < sorted.length; i++) {
      const term = sorted[i] as string;
      if (!term.startsWith(query.prefix)) break;
      visit(term);
    }
    for (const variant of query.variants) {
      if (!variant.startsWith(query.prefix)) visit(variant);
      visit(STEM_MARK + variant);
    }
    for (let docNum = 0; docNum < slots; docNum++) {
      const score = best[docNum] ?? 0;
      if (score > 0 && matched[docNum] === position) {
        matched[docNum] = position + 1;
        total[docNum] = (total[docNum] ?? 0) + score;
      }
    }
  });

  const hits: SearchHit[] = [];
  for (let docNum = 0; docNum < slots; docNum++) {
    const id = index.ids[docNum];
    if (matched[docNum] !== terms.length || id == null) continue;
    if (options.accept && !options.accept(id)) continue;
    hits.push({ id, score: total[docNum] ?? 0 });
  }
  return options.unordered ? hits : topHits(hits, options.limit ?? DEFAULT_LIMIT);
}

/** Best first; equal scores by id so results are stable across runs. */
export function compareHits(a: SearchHit, b: SearchHit): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function topHits<T extends SearchHit>(hits: T[], limit: number): T[] {
  if (!(limit > 0)) return [];
  let kept = hits;
  // A one-letter prefix matches most of a large library; sorting bare scores
  // in a typed array to find the cut-off is several times cheaper than
  // sorting every hit object with a comparator.
  if (hits.length > limit * 2) {
    const scores = Float64Array.from(hits, (h) => h.score).sort();
    const threshold = scores[scores.length - limit] ?? Number.NEGATIVE_INFINITY;
    kept = hits.filter((h) => h.score >= threshold);
  }
  return kept.sort(compareHits).slice(0, limit);
}

/**
 * All of `hits`, the first `first` of them best first (compareHits) and the
 * rest after them in the order given. A list that shows one window of the
 * result needs the order only up to the window's end; the rest still count
 * (totals, facets) and are ranked when a later window asks for them. The
 * prefix is the same as a full sort's, so windows asked for one by one agree.
 */
export function rankHits<T extends SearchHit>(hits: readonly T[], first: number): T[] {
  if (hits.length <= Math.max(0, first) * 2) return [...hits].sort(compareHits);
  if (!(first > 0)) return [...hits];
  const head = topHits([...hits], first);
  const inHead = new Set(head);
  return head.concat(hits.filter((h) => !inHead.has(h)));
}
