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

/** What one raw word adds to a document: its terms (alternate spelling and stem included) and word count. */
interface WordEntry {
  terms: string[];
  words: number;
}

const CACHE_LIMIT = 500_000;

export class IndexBuilder {
  private readonly index: SearchIndex = createIndex();
  private readonly cache = new Map<string, Map<string, WordEntry>>();
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
    const postings = index.postings;
    let length = 0;
    for (const field of FIELDS) {
      const value = doc[field];
      if (!value) continue;
      const weight = FIELD_WEIGHTS[field];
      scanRawWords(value, (raw) => {
        let entry = entries.get(raw);
        if (entry === undefined) {
          entry = analyseWord(raw, lang);
          if (entries.size >= CACHE_LIMIT) entries.clear();
          entries.set(raw, entry);
        }
        length += entry.words;
        for (const term of entry.terms) {
          const list = postings.get(term);
          if (list === undefined) postings.set(term, [base + Math.min(MAX_TF, weight)]);
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
    this.finished = true;
    // Sorted once on first search rather than kept sorted while building.
    this.index.sortedTerms = null;
    this.index.pendingTerms = [];
    return this.index;
  }

  private entriesFor(lang: string): Map<string, WordEntry> {
    let entries = this.cache.get(lang);
    if (!entries) this.cache.set(lang, (entries = new Map()));
    return entries;
  }
}

/** The same terms analyseDoc adds for one raw word, in the same order. */
function analyseWord(raw: string, lang: string | null): WordEntry {
  const terms: string[] = [];
  const tokens = wordTokens(raw);
  for (const { term, alt } of tokens) {
    terms.push(term);
    if (alt !== null && alt !== term) terms.push(alt);
    if (lang !== null) {
      const key = stemKey(term, lang);
      if (key !== null) terms.push(key);
    }
  }
  return { terms, words: tokens.length };
}

/** Builds an index over `docs` in one pass (ids must be distinct). */
export function buildIndex(docs: Iterable<SearchDoc>): SearchIndex {
  const builder = new IndexBuilder();
  for (const doc of docs) builder.add(doc);
  return builder.finish();
}

