/**
 * The index as plain data for IndexedDB: a header, the document table and
 * chunks of about CHUNK_BYTES each, so the storage layer can write one row
 * per chunk and never hold one giant value. Everything is structured-clone
 * safe (strings, numbers, typed arrays).
 *
 * Loading never trusts the data: a wrong format or version, a checksum
 * mismatch, a truncated chunk or a document count that disagrees with the
 * library comes back as `{ ok: false, reason }`, the signal to rebuild.
 */
import { ByteReader, ByteWriter, fnv1a, fnv1aNumbers, fnv1aStrings } from './byte-codec';
import { createIndex, POSTING_BASE, type SearchIndex } from './inverted-index';
import { MAX_TF, STEM_MARK } from './search-doc';

/**
 * Bump whenever tokenizing, folding, stemming, field weights or the byte
 * layout change: an index built by older rules gives wrong results, so it
 * must be rebuilt rather than read.
 */
export const INDEX_VERSION = 1;
export const INDEX_FORMAT = 'kiosque-search';
/** About 1 MB per chunk: small enough for one IndexedDB put, large enough to keep row counts low. */
export const CHUNK_BYTES = 1 << 20;

export interface SerialisedHeader {
  format: typeof INDEX_FORMAT;
  version: number;
  docCount: number;
  termCount: number;
  chunkChecksums: number[];
  /** Over the counts, the document table and the chunk checksums. */
  checksum: number;
}

export interface SerialisedChunk {
  /** Sorted; every term of chunk n sorts before every term of chunk n + 1. */
  terms: string[];
  /** Per term: posting count, then (docNum delta, tf) varint pairs. */
  data: Uint8Array;
  checksum: number;
}

export interface SerialisedIndex {
  header: SerialisedHeader;
  ids: string[];
  lengths: Uint32Array;
  chunks: SerialisedChunk[];
}

export type StaleReason = 'format' | 'version' | 'corrupt' | 'doc-count';

export type LoadResult =
  | { ok: true; index: SearchIndex }
  | { ok: false; reason: StaleReason; message: string };

export function serialise(index: SearchIndex, options: { chunkBytes?: number } = {}): SerialisedIndex {
  const chunkBytes = options.chunkBytes ?? CHUNK_BYTES;
  // Removed documents are dropped and the rest renumbered densely on the way out.
  const renumber = new Int32Array(index.ids.length).fill(-1);
  const ids: string[] = [];
  const lengths: number[] = [];
  index.ids.forEach((id, docNum) => {
    if (id === null) return;
    renumber[docNum] = ids.length;
    ids.push(id);
    lengths.push(index.lengths[docNum] ?? 0);
  });

  const chunks: SerialisedChunk[] = [];
  let writer = new ByteWriter();
  let terms: string[] = [];
  const flush = () => {
    const data = writer.bytes();
    chunks.push({ terms, data, checksum: chunkChecksum(terms, data) });
    writer = new ByteWriter();
    terms = [];
  };
  const live: number[] = [];
  for (const term of [...index.postings.keys()].sort()) {
    live.length = 0;
    for (const packed of index.postings.get(term) ?? []) {
      const tf = packed % POSTING_BASE;
      const next = renumber[(packed - tf) / POSTING_BASE] ?? -1;
      if (next >= 0) live.push(next, tf);
    }
    if (live.length === 0) continue;
    terms.push(term);
    writer.varint(live.length / 2);
    let previous = 0;
    for (let i = 0; i < live.length; i += 2) {
      const docNum = live[i] as number;
      writer.varint(docNum - previous);
      writer.varint(live[i + 1] as number);
      previous = docNum;
    }
    if (writer.length >= chunkBytes) flush();
  }
  if (terms.length > 0 || chunks.length === 0) flush();

  const lengthArray = Uint32Array.from(lengths);
  const termCount = chunks.reduce((sum, c) => sum + c.terms.length, 0);
  const chunkChecksums = chunks.map((c) => c.checksum);
  return {
    header: {
      format: INDEX_FORMAT,
      version: INDEX_VERSION,
      docCount: ids.length,
      termCount,
      chunkChecksums,
      checksum: headerChecksum(ids.length, termCount, ids, lengthArray, chunkChecksums),
    },
    ids,
    lengths: lengthArray,
    chunks,
  };
}

/** Exported so tests can forge well-stamped but malformed data. */
export function headerChecksum(
  docCount: number,
  termCount: number,
  ids: readonly string[],
  lengths: ArrayLike<number>,
  chunkChecksums: readonly number[],
): number {
  return fnv1aNumbers(chunkChecksums, fnv1aNumbers(lengths, fnv1aStrings(ids, fnv1aNumbers([docCount, termCount]))));
}

export function chunkChecksum(terms: readonly string[], data: Uint8Array): number {
  return fnv1aStrings(terms, fnv1a(data));
}

class Stale extends Error {
  constructor(readonly reason: StaleReason, message: string) {
    super(message);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Rebuild an index from serialised data. `expectedDocCount` is the number of
 * articles in the library: an index that missed a save or a delete (the app
 * closed between the two writes) disagrees with it and must be rebuilt.
 */
export function deserialise(data: unknown, options: { expectedDocCount?: number } = {}): LoadResult {
  try {
    return { ok: true, index: load(data, options.expectedDocCount) };
  } catch (error) {
    if (error instanceof Stale) return { ok: false, reason: error.reason, message: error.message };
    // Anything else thrown while walking untrusted data is corruption too,
    // but a programming error should still surface: keep its message.
    return { ok: false, reason: 'corrupt', message: `Unreadable index: ${String(error)}` };
  }
}

/**
 * By tag rather than instanceof: data read back from IndexedDB can carry
 * typed arrays from another realm (a test environment, a worker), which are
 * just as valid.
 */
function isTypedArray<K extends 'Uint8Array' | 'Uint32Array'>(
  value: unknown,
  kind: K,
): value is K extends 'Uint8Array' ? Uint8Array : Uint32Array {
  return Object.prototype.toString.call(value) === `[object ${kind}]`;
}

function load(data: unknown, expectedDocCount: number | undefined): SearchIndex {
  if (!isRecord(data) || !isRecord(data.header)) throw new Stale('format', 'Not a serialised search index');
  const header = data.header;
  if (header.format !== INDEX_FORMAT) throw new Stale('format', 'Not a serialised search index');
  if (header.version !== INDEX_VERSION) {
    throw new Stale('version', `Index version ${String(header.version)}, expected ${INDEX_VERSION}`);
  }
  const { ids, lengths, chunks } = data;
  const { docCount, termCount, chunkChecksums, checksum } = header;
  if (
    !Array.isArray(ids) ||
    !ids.every((id): id is string => typeof id === 'string' && id !== '') ||
    !isTypedArray(lengths, 'Uint32Array') ||
    !Array.isArray(chunks) ||
    !Array.isArray(chunkChecksums) ||
    typeof docCount !== 'number' ||
    typeof termCount !== 'number' ||
    typeof checksum !== 'number'
  ) {
    throw new Stale('corrupt', 'Index fields missing or of the wrong type');
  }
  if (ids.length !== docCount || lengths.length !== docCount || chunks.length !== chunkChecksums.length) {
    throw new Stale('corrupt', 'Index counts disagree with its tables');
  }
  if (expectedDocCount !== undefined && expectedDocCount !== docCount) {
    throw new Stale('doc-count', `Index holds ${docCount} documents, library has ${expectedDocCount}`);
  }
  if (headerChecksum(docCount, termCount, ids, lengths, chunkChecksums as number[]) !== checksum) {
    throw new Stale('corrupt', 'Index header checksum mismatch');
  }

  const index = createIndex();
  index.ids = [...ids];
  index.lengths = Array.from(lengths);
  index.byId = new Map(ids.map((id, docNum) => [id, docNum]));
  if (index.byId.size !== docCount) throw new Stale('corrupt', 'Duplicate document ids');
  index.liveCount = docCount;
  index.liveLength = index.lengths.reduce((sum, n) => sum + n, 0);

  const sorted: string[] = [];
  let previousTerm = '';
  let seenTerms = 0;
  chunks.forEach((chunk: unknown, n) => {
    if (!isRecord(chunk) || !Array.isArray(chunk.terms) || !isTypedArray(chunk.data, 'Uint8Array')) {
      throw new Stale('corrupt', `Chunk ${n} malformed`);
    }
    const terms = chunk.terms as unknown[];
    if (!terms.every((t): t is string => typeof t === 'string')) throw new Stale('corrupt', `Chunk ${n} terms malformed`);
    const sum = chunkChecksum(terms, chunk.data);
    if (sum !== chunk.checksum || sum !== chunkChecksums[n]) throw new Stale('corrupt', `Chunk ${n} checksum mismatch`);
    const reader = new ByteReader(chunk.data);
    for (const term of terms) {
      if (term === '' || term <= previousTerm) throw new Stale('corrupt', `Chunk ${n} terms out of order`);
      previousTerm = term;
      index.postings.set(term, readPostings(reader, docCount, n));
      if (term[0] !== STEM_MARK) sorted.push(term);
    }
    if (!reader.done) throw new Stale('corrupt', `Chunk ${n} has trailing bytes`);
    seenTerms += terms.length;
  });
  if (seenTerms !== termCount) throw new Stale('corrupt', 'Term count mismatch');
  index.sortedTerms = sorted;
  return index;
}

function readPostings(reader: ByteReader, docCount: number, chunk: number): number[] {
  const count = reader.varint();
  if (count === null || count < 1 || count > docCount) throw new Stale('corrupt', `Chunk ${chunk} posting count invalid`);
  const list = new Array<number>(count);
  let docNum = 0;
  for (let i = 0; i < count; i++) {
    const delta = reader.varint();
    const tf = reader.varint();
    if (delta === null || tf === null || (i > 0 && delta === 0) || tf < 1 || tf > MAX_TF) {
      throw new Stale('corrupt', `Chunk ${chunk} posting invalid`);
    }
    docNum += delta;
    if (docNum >= docCount) throw new Stale('corrupt', `Chunk ${chunk} posting out of range`);
    list[i] = docNum * POSTING_BASE + tf;
  }
  return list;
}
