/**
 * Parsing what the reader typed into query terms. The query is user text:
 * it is bounded before any work is done and never turned into a RegExp.
 */
import { STEM_LANGS, stem } from './stem';
import { tokenize } from './tokenize';

/** A query longer than this is cut: nobody types it, and work stays bounded. */
export const MAX_QUERY_CHARS = 256;
/** Terms beyond this are ignored; every term must match (AND). */
export const MAX_QUERY_TERMS = 8;

export interface QueryTerm {
  /** Folded term, matched as a prefix of document words (as-you-type). */
  prefix: string;
  /**
   * Stems of the term in each stemmed language (the query's language is
   * unknown), matched exactly against document words and document stems so
   * `elecciones` finds `elección` and `wahlen` finds `Wahl`.
   */
  variants: string[];
}

export function parseQuery(query: string): QueryTerm[] {
  const bounded = query.slice(0, MAX_QUERY_CHARS);
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const term of tokenize(bounded)) {
    if (seen.has(term)) continue;
    seen.add(term);
    const variants = new Set<string>([term]);
    for (const lang of STEM_LANGS) variants.add(stem(term, lang));
    terms.push({ prefix: term, variants: [...variants] });
    if (terms.length === MAX_QUERY_TERMS) break;
  }
  return terms;
}

/** How much a match counts, by kind: a whole word beats a stem beats a prefix. */
export const STEM_MATCH_WEIGHT = 0.8;
export function prefixMatchWeight(prefix: string, word: string): number {
  return word.length === prefix.length ? 1 : 0.5 + (0.4 * prefix.length) / word.length;
}
