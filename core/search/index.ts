/** Full-text search over the reading list: the public surface of core/search. */
export { foldText } from './fold';
export { tokenize, MAX_TOKEN_LENGTH } from './tokenize';
export { stem, STEM_LANGS, type StemLang } from './stem';
export { parseQuery, MAX_QUERY_CHARS, MAX_QUERY_TERMS } from './query';
export { toSearchDoc, summaryToSearchDoc, FIELD_WEIGHTS, type SearchDoc } from './search-doc';
export { createIndex, indexDoc, removeDoc, hasDoc, docCount, compact, type SearchIndex } from './inverted-index';
export { IndexBuilder, buildIndex } from './bulk-build';
export { search, rankHits, DEFAULT_LIMIT, type SearchHit, type SearchOptions } from './search';
export { scanSearch } from './scan-search';
export {
  serialise,
  deserialise,
  INDEX_VERSION,
  type SerialisedIndex,
  type SerialisedHeader,
  type SerialisedChunk,
  type LoadResult,
  type StaleReason,
} from './serialise';
export { matchesFilter, compileFilter, validateFilter, siteKey, publishedTime, type ListFilter } from './filter';
