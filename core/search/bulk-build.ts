/**
 * Building a whole index at once (first run, rebuild after a version bump or
 * a damaged index). indexDoc must check for an existing copy of each document
 * and builds a term map per document before touching the postings; a build
 * from nothing needs neither, and analyses each distinct word once per
 * language instead of once per occurrence.
 */
import { KiosqueError } from '../errors';
import { createIndex, POSTING_BASE, validateDoc, type SearchIndex } from './inverted-index';
import { FIELD_WEIGHTS, MAX_TF, stemKey, type SearchDoc } from './search-doc';
import { isStemLang } from './stem';
import { scanRawWords, wordTokens } from './tokenize';

type Field = keyof typeof FIELD_WEIGHTS;
const FIELDS = Object.keys(FIELD_WEIGHTS) as Field[];

/** What one raw word adds to a document: its terms (alternate spelling and stem included, as term numbers) and word count. */
interface WordEntry {
  terms: number[];
  words: number;
}

const CACHE_LIMIT = 500_000;

export class IndexBuilder {
  private readonly index: SearchIndex = createIndex();
  private readonly cache = new Map<string, Map<string, WordEntry>>();
  /**
   * Terms are numbered as first seen and their postings kept in an array by
   * number: a cached word then reaches its posting lists without hashing a
   * term string per occurrence, the bulk of a build's time otherwise.
   */
  private readonly termNumbers = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly lists: number[][] = [];
  private finished = false;

  get size(): number {
    return this.index.liveCount;
  }

  add(doc: SearchDoc): void {
    if (this.finished) throw new KiosqueError('invalid-input', 'This index build is already finished');
    validateDoc(doc);
    const index = this.index;
    if (index.byId.has(doc.id)) throw new KiosqueError('invalid-input', `Duplicate document id ${doc.id}`, { id: doc.id });
    const docNum = index.ids.length;
    const base = docNum * POSTING_BASE;
    const lang = isStemLang(doc.lang) ? doc.lang : null;
    const entries = this.entriesFor(lang ?? '');
    const lists = this.lists;
    let length = 0;
    for (const field of FIELDS) {
      const value = doc[field];
      if (!value) continue;
      const weight = FIELD_WEIGHTS[field];
      scanRawWords(value, (raw) => {
        let entry = entries.get(raw);
        if (entry === undefined) {
          entry = this.analyseWord(raw, lang);
          if (entries.size >= CACHE_LIMIT) entries.clear();
          entries.set(raw, entry);
        }
        length += entry.words;
        for (const term of entry.terms) {
          const list = lists[term] as number[];
          if (list.length === 0) list.push(base + Math.min(MAX_TF, weight));
          else {
            // The list's last posting is this document's when the term already occurred in it.
            const last = list.length - 1;
            const packed = list[last] as number;
            if (packed >= base) list[last] = base + Math.min(MAX_TF, packed - base + weight);
            else list.push(base + Math.min(MAX_TF, weight));
          }
        }
      });
    }
    index.ids.push(doc.id);
    index.lengths.push(length);
    index.byId.set(doc.id, docNum);
    index.liveCount++;
    index.liveLength += length;
  }

  /** The built index; the builder cannot be used afterwards. */
  finish(): SearchIndex {
    if (!this.finished) {
      const postings = this.index.postings;
      this.terms.forEach((term, n) => postings.set(term, this.lists[n] as number[]));
    }
    this.finished = true;
    // Sorted once on first search rather than kept sorted while building.
    this.index.sortedTerms = null;
    this.index.pendingTerms = [];
    return this.index;
  }

  private termNumber(term: string): number {
    let n = this.termNumbers.get(term);
    if (n === undefined) {
      n = this.terms.length;
      this.terms.push(term);
      this.lists.push([]);
      this.termNumbers.set(term, n);
    }
    return n;
  }

  /** The same terms analyseDoc adds for one raw word, in the same order. */
  private analyseWord(raw: string, lang: string | null): WordEntry {
    const terms: number[] = [];
    const tokens = wordTokens(raw);
    for (const { term, alt } of tokens) {
      terms.push(this.termNumber(term));
      if (alt !== null && alt !== term) terms.push(this.termNumber(alt));
      if (lang !== null) {
        const key = stemKey(term, lang);
        if (key !== null) terms.push(this.termNumber(key));
      }
    }
    return { terms, words: tokens.length };
  }

  private entriesFor(lang: string): Map<string, WordEntry> {
    let entries = this.cache.get(lang);
    if (!entries) this.cache.set(lang, (entries = new Map()));
    return entries;
  }
}

/** Builds an index over `docs` in one pass (ids must be distinct). */
export function buildIndex(docs: Iterable<SearchDoc>): SearchIndex {
  const builder = new IndexBuilder();
  for (const doc of docs) builder.add(doc);
  return builder.finish();
}

