/** Builders for search documents; tests state only the fields they care about. */
import { createIndex, indexDoc, type SearchDoc, type SearchIndex } from '../../../core/search/index';

let seq = 0;
export function fakeSearchDoc(overrides: Partial<SearchDoc> = {}): SearchDoc {
  seq += 1;
  return {
    id: `doc-${seq}`,
    title: '',
    byline: null,
    siteName: null,
    excerpt: null,
    text: '',
    lang: null,
    ...overrides,
  };
}

export function indexOf(docs: SearchDoc[]): SearchIndex {
  const index = createIndex();
  for (const doc of docs) indexDoc(index, doc);
  return index;
}

export const ids = (hits: Array<{ id: string }>) => hits.map((h) => h.id);
