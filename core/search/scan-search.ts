/**
 * The slow but index-free search, for while the index is (re)built: it
 * analyses every document on the fly with the same tokenizer, stemmers and
 * scoring as the index, so it returns the same hits in the same order.
 */
import { KiosqueError } from '../errors';
import { bm25 } from './bm25';
import { validateDoc } from './inverted-index';
import { parseQuery } from './query';
import { analyseDoc, type SearchDoc } from './search-doc';
import { matchWeight, topHits, DEFAULT_LIMIT, type SearchHit, type SearchOptions } from './search';

interface Match {
  position: number;
  term: string;
  tf: number;
  weight: number;
}

export function scanSearch(docs: Iterable<SearchDoc>, query: string, options: SearchOptions = {}): SearchHit[] {
  const terms = parseQuery(query);
  if (terms.length === 0) return [];
  const seen = new Set<string>();
  const candidates: Array<{ id: string; length: number; matches: Match[] }> = [];
  const df = new Map<string, number>();
  let docCount = 0;
  let totalLength = 0;

  for (const doc of docs) {
    validateDoc(doc);
    if (seen.has(doc.id)) throw new KiosqueError('invalid-input', `Duplicate document id ${doc.id}`, { id: doc.id });
    seen.add(doc.id);
    const analysed = analyseDoc(doc);
    docCount++;
    totalLength += analysed.length;
    const matches: Match[] = [];
    for (const [term, tf] of analysed.terms) {
      let counted = false;
      terms.forEach((query, position) => {
        const weight = matchWeight(query, term);
        if (weight === 0) return;
        matches.push({ position, term, tf, weight });
        counted = true;
      });
      if (counted) df.set(term, (df.get(term) ?? 0) + 1);
    }
    const positions = new Set(matches.map((m) => m.position));
    if (positions.size === terms.length) candidates.push({ id: doc.id, length: analysed.length, matches });
  }

  const avgLength = docCount > 0 ? totalLength / docCount : 0;
  const hits: SearchHit[] = [];
  for (const candidate of candidates) {
    if (options.accept && !options.accept(candidate.id)) continue;
    const best = new Array<number>(terms.length).fill(0);
    for (const m of candidate.matches) {
      const score = m.weight * bm25(m.tf, df.get(m.term) ?? 1, docCount, candidate.length, avgLength);
      if (score > (best[m.position] ?? 0)) best[m.position] = score;
    }
    let total = 0;
    for (const score of best) total += score;
    hits.push({ id: candidate.id, score: total });
  }
  return topHits(hits, options.limit ?? DEFAULT_LIMIT);
}
