import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex, createIndex, indexDoc, IndexBuilder, search, serialise, type SearchDoc } from '../../../core/search';
import { fakeSearchDoc } from './search-factories';

function incremental(docs: SearchDoc[]) {
  const index = createIndex();
  for (const doc of docs) indexDoc(index, doc);
  return index;
}

const words = ['München', 'début', 'élections', 'fútbol', 'straße', 'running', 'ciudades', '東京', 'שלום', 'café'];
const text = fc.array(fc.constantFrom(...words, 'the', 'de', '½', '🎉', "l'été"), { maxLength: 40 }).map((w) => w.join(' '));

describe('bulk index build', () => {
  it('builds exactly the index indexDoc builds, document by document', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ title: text, text, excerpt: text, lang: fc.constantFrom('fr', 'en', 'es', 'de', 'ja', null) }),
          { maxLength: 12 },
        ),
        (parts) => {
          const docs = parts.map((p, i) => fakeSearchDoc({ id: `d${i}`, ...p }));
          expect(serialise(buildIndex(docs))).toEqual(serialise(incremental(docs)));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('answers searches like the incremental index, and caps term frequencies the same way', () => {
    const loud = fakeSearchDoc({ id: 'loud', title: 'Madrid '.repeat(80), text: 'madrid '.repeat(400), lang: 'fr' });
    const docs = [loud, fakeSearchDoc({ id: 'calm', title: 'Une journée à Madrid', lang: 'fr' })];
    const bulk = buildIndex(docs);
    expect(search(bulk, 'madri')).toEqual(search(incremental(docs), 'madri'));
    expect(serialise(bulk)).toEqual(serialise(incremental(docs)));
  });

  it('rejects a duplicate id, a document without text and use after finish', () => {
    const builder = new IndexBuilder();
    builder.add(fakeSearchDoc({ id: 'x' }));
    expect(() => builder.add(fakeSearchDoc({ id: 'x' }))).toThrow(expect.objectContaining({ code: 'invalid-input' }));
    expect(() => builder.add({ ...fakeSearchDoc({ id: 'y' }), text: 5 } as unknown as SearchDoc)).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
    builder.finish();
    expect(() => builder.add(fakeSearchDoc({ id: 'z' }))).toThrow(expect.objectContaining({ code: 'invalid-input' }));
  });
});
