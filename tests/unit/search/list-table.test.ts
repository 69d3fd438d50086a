import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../lib/search/list-eval';
import { ListTable, type TableSnapshot } from '../../../lib/search/list-table';
import { variedArticles } from './library-seed';

function tableOf(count: number): ListTable {
  const table = new ListTable();
  for (const article of variedArticles(count)) table.put(article);
  return table;
}

describe('list table', () => {
  it('answers the same from a snapshot as from rows, removed rows included', () => {
    const table = tableOf(150);
    table.remove('a000003');
    table.remove('a000100');
    const copy = ListTable.fromSnapshot(structuredClone(table.toSnapshot()));
    if (!copy) throw new Error('snapshot rejected');
    expect(copy.size).toBe(148);
    for (const sort of ['savedAt', 'publishedAt', 'site'] as const) {
      const opts = { filter: { editionIds: ['madrid', ''], statuses: ['unread' as const] }, hits: null, ranked: false, sort };
      const a = evaluate(table, opts);
      const b = evaluate(copy, opts);
      expect(b.counts).toEqual(a.counts);
      expect(b.slots.map((slot) => copy.ids[slot])).toEqual(a.slots.map((slot) => table.ids[slot]));
    }
    // The copy keeps working: rows added and changed after loading.
    const [extra] = variedArticles(1, 'z');
    if (!extra) throw new Error('no article');
    copy.put(extra);
    expect(copy.size).toBe(149);
  });

  it('rejects snapshots that are not well formed', () => {
    const good = tableOf(5).toSnapshot();
    const broken: Array<(s: TableSnapshot) => unknown> = [
      () => null,
      () => 'table',
      (s) => ({ ...s, ids: [...s.ids, 'one-too-many'] }),
      (s) => ({ ...s, ids: [s.ids[0], s.ids[0], ...s.ids.slice(2)] }),
      (s) => ({ ...s, savedAt: Array.from(s.savedAt) }),
      (s) => ({ ...s, status: new Uint8Array([0, 1, 2, 7, 0]) }),
      (s) => ({ ...s, edition: new Int32Array([0, 0, 0, 0, 99]) }),
      (s) => ({ ...s, sites: [...s.sites, s.sites[0]] }),
      (s) => ({ ...s, collections: [['x']] }),
      (s) => ({ ...s, editions: undefined }),
    ];
    for (const breakIt of broken) expect(ListTable.fromSnapshot(breakIt(structuredClone(good)))).toBeNull();
    expect(ListTable.fromSnapshot(structuredClone(good))).not.toBeNull();
  });
});
