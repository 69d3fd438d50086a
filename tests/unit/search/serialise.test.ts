import { describe, expect, it } from 'vitest';
import {
  deserialise,
  INDEX_VERSION,
  indexDoc,
  removeDoc,
  search,
  serialise,
  type LoadResult,
  type SearchIndex,
  type SerialisedIndex,
} from '../../../core/search/index';
import { chunkChecksum, headerChecksum } from '../../../core/search/serialise';
import { fakeSearchDoc, indexOf } from './search-factories';

const words = 'marché grève métro élection école mairie quartier vivienda alquiler Bürgermeister Straßenbahn council housing'.split(' ');
function library(n: number) {
  return Array.from({ length: n }, (_, i) =>
    fakeSearchDoc({
      id: `art-${i}`,
      title: `${words[i % words.length]} ${i}`,
      text: Array.from({ length: 30 }, (_, j) => `${words[(i * 7 + j) % words.length]}${j % 5}`).join(' '),
      lang: ['fr', 'es', 'de', 'en'][i % 4] ?? null,
    }),
  );
}
const QUERIES = ['m', 'gre', 'ecole', 'burger', 'strassenbahn', 'election 4', 'housing1', 'alquile', 'zzz'];

function loaded(result: LoadResult): SearchIndex {
  if (!result.ok) throw new Error(`expected a loaded index, got ${result.reason}: ${result.message}`);
  return result.index;
}
function reason(result: LoadResult): string {
  return result.ok ? 'ok' : result.reason;
}
/** A deep copy through structured clone, as IndexedDB stores it. */
const stored = (data: SerialisedIndex): SerialisedIndex => structuredClone(data);

describe('serialise / deserialise', () => {
  const docs = library(120);
  const index = indexOf(docs);

  it('round-trips to an index that answers every query identically', () => {
    const data = stored(serialise(index));
    const again = loaded(deserialise(data, { expectedDocCount: 120 }));
    for (const query of QUERIES) expect(search(again, query, { limit: 500 })).toEqual(search(index, query, { limit: 500 }));
  });

  it('splits into chunks whose terms sort across chunk boundaries', () => {
    const data = serialise(index, { chunkBytes: 256 });
    expect(data.chunks.length).toBeGreaterThan(3);
    const all = data.chunks.flatMap((c) => c.terms);
    expect(all).toEqual([...all].sort());
    expect(new Set(all).size).toBe(all.length);
    const again = loaded(deserialise(stored(data)));
    expect(search(again, 'ecole', { limit: 500 })).toEqual(search(index, 'ecole', { limit: 500 }));
  });

  it('drops removed documents and keeps the loaded index updatable', () => {
    const idx = indexOf(library(40));
    removeDoc(idx, 'art-3');
    const data = serialise(idx);
    expect(data.header.docCount).toBe(39);
    expect(data.ids).not.toContain('art-3');
    const again = loaded(deserialise(stored(data)));
    expect(search(again, '3').map((h) => h.id)).not.toContain('art-3');
    indexDoc(again, fakeSearchDoc({ id: 'new', title: 'Tranvía nocturno' }));
    removeDoc(again, 'art-5');
    expect(search(again, 'tranvia').map((h) => h.id)).toEqual(['new']);
    expect(search(again, 'marche', { limit: 500 }).map((h) => h.id)).not.toContain('art-5');
  });

  it('round-trips an empty index', () => {
    const again = loaded(deserialise(stored(serialise(indexOf([])))));
    expect(search(again, 'madrid')).toEqual([]);
  });

  it('signals an older or newer version for a rebuild', () => {
    const data = stored(serialise(index));
    expect(reason(deserialise({ ...data, header: { ...data.header, version: INDEX_VERSION - 1 } }))).toBe('version');
    expect(reason(deserialise({ ...data, header: { ...data.header, version: INDEX_VERSION + 1 } }))).toBe('version');
  });

  it('signals a library whose size disagrees with the index', () => {
    expect(reason(deserialise(serialise(index), { expectedDocCount: 121 }))).toBe('doc-count');
  });

  it('signals data that is not an index at all', () => {
    for (const junk of [null, undefined, 42, 'index', [], {}, { header: null }, { header: { format: 'other' } }]) {
      expect(reason(deserialise(junk))).toBe('format');
    }
  });

  it('detects a flipped byte in any chunk', () => {
    const data = stored(serialise(index, { chunkBytes: 512 }));
    data.chunks.forEach((chunk, n) => {
      const copy = stored(data);
      const target = copy.chunks[n];
      if (!target) throw new Error('missing chunk');
      const at = Math.floor(target.data.length / 2);
      target.data[at] = (target.data[at] ?? 0) ^ 0x10;
      expect(reason(deserialise(copy)), `chunk ${chunk.terms[0]}`).toBe('corrupt');
    });
  });

  it('detects a changed term, id, length, missing chunk or truncated data', () => {
    const base = serialise(index, { chunkBytes: 512 });
    const cases: Array<(d: SerialisedIndex) => void> = [
      (d) => void (d.chunks[0]?.terms.splice(0, 1, 'zzzz')),
      (d) => void (d.ids[0] = 'someone-else'),
      (d) => void (d.lengths[0] = 9999),
      (d) => void d.chunks.pop(),
      (d) => {
        const chunk = d.chunks[1];
        if (chunk) chunk.data = chunk.data.slice(0, -3);
      },
      (d) => void (d.header.docCount = 119),
      (d) => void (d.header.termCount += 1),
      (d) => void d.ids.push('extra'),
    ];
    for (const corrupt of cases) {
      const copy = stored(base);
      corrupt(copy);
      expect(reason(deserialise(copy))).toBe('corrupt');
    }
  });

  it('detects a chunk swapped in from another index even with its own checksum', () => {
    const other = serialise(indexOf(library(121).slice(1)), { chunkBytes: 512 });
    const copy = stored(serialise(index, { chunkBytes: 512 }));
    const foreign = other.chunks[0];
    if (!foreign) throw new Error('missing chunk');
    copy.chunks[0] = foreign;
    expect(reason(deserialise(copy))).toBe('corrupt');
  });

  it('detects an index that went through JSON (typed arrays lost)', () => {
    const viaJson: unknown = JSON.parse(JSON.stringify(serialise(index)));
    expect(reason(deserialise(viaJson))).toBe('corrupt');
  });

  it('rejects structurally bad postings even when the checksums were re-stamped', () => {
    const base = serialise(index, { chunkBytes: 2048 });
    let rejected = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const copy = stored(base);
      const chunk = copy.chunks[seed % copy.chunks.length];
      if (!chunk) throw new Error('missing chunk');
      const at = (seed * 7919) % chunk.data.length;
      chunk.data[at] = (seed * 31) & 0xff;
      // Re-stamp every checksum so the structural checks, not the hash, are exercised.
      chunk.checksum = chunkChecksum(chunk.terms, chunk.data);
      copy.header.chunkChecksums = copy.chunks.map((c) => c.checksum);
      const { docCount, termCount, chunkChecksums } = copy.header;
      copy.header.checksum = headerChecksum(docCount, termCount, copy.ids, copy.lengths, chunkChecksums);
      const result = deserialise(copy);
      if (!result.ok) {
        expect(result.reason).toBe('corrupt');
        rejected++;
        continue;
      }
      // A mutation that still decodes must only ever yield ids of the library.
      for (const query of QUERIES) {
        for (const hit of search(result.index, query, { limit: 500 })) expect(copy.ids).toContain(hit.id);
      }
    }
    expect(rejected).toBeGreaterThan(50);
  });
});
