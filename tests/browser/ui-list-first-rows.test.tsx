import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { KiosqueError } from '../../core/errors';
import type { ArticleSummary } from '../../core/model';
import type { ListPage, ListQuery } from '../../lib/api-types';
import { isPlainList, PAGE_SIZE } from '../../entrypoints/popup/use-list-window';
import { type, useLocale, waitFor } from './ui-helpers';
import { rowsOf, titles } from './ui-list-env';
import { emptyCounts, mountStubPopup, READY, stubApi, summaries } from './ui-list-stub';

/** A queryList whose answers the test releases by hand, to order them against the quick read. */
function heldQueryList() {
  const waiting: Array<{ q: ListQuery; resolve: (page: ListPage) => void; reject: (error: unknown) => void }> = [];
  const queryList = vi.fn(
    (q: ListQuery) => new Promise<ListPage>((resolve, reject) => waiting.push({ q, resolve, reject })),
  );
  return { queryList, waiting };
}

const countText = (root: HTMLElement) => root.querySelector('.list__count')?.textContent ?? null;
const flush = () => act(async () => new Promise((resolve) => setTimeout(resolve, 10)));

beforeEach(() => {
  useLocale('en');
});

describe('isPlainList', () => {
  it('is true only for the unsearched, unfiltered list of newest saves', () => {
    expect(isPlainList({})).toBe(true);
    expect(isPlainList({ query: '', filter: { dateField: 'savedAt' }, sort: 'savedAt' })).toBe(true);
    expect(isPlainList({ query: 'madrid' })).toBe(false);
    expect(isPlainList({ filter: { editionIds: ['madrid'] } })).toBe(false);
    expect(isPlainList({ filter: { from: 0 } })).toBe(false);
    expect(isPlainList({ filter: { favourite: false } })).toBe(false);
    expect(isPlainList({ sort: 'publishedAt' })).toBe(false);
    expect(isPlainList({ collectionId: 'c1' })).toBe(false);
  });
});

describe('first rows before the full list answer', () => {
  it('shows the newest rows at once, then the full answer with its count', async () => {
    const held = heldQueryList();
    const newest = vi.fn(async (limit: number) => summaries(limit, 'Quick'));
    const root = mountStubPopup(stubApi(held.queryList), { newestRows: newest });
    await waitFor(() => expect(titles(root)[0]).toBe('Quick 0'));
    expect(newest).toHaveBeenCalledWith(PAGE_SIZE);
    // Only the quick rows are known: no count is claimed for the whole list.
    expect(countText(root)).toBe('');
    const first = held.waiting[0];
    if (!first) throw new Error('queryList was not called');
    await act(async () => first.resolve({ items: summaries(3, 'Full'), total: 3, counts: emptyCounts(), searchMode: 'none', index: READY }));
    await waitFor(() => expect(titles(root)).toEqual(['Full 0', 'Full 1', 'Full 2']));
    expect(countText(root)).toContain('3');
  });

  it('drops the quick rows when the full answer came first', async () => {
    const held = heldQueryList();
    let release: (items: ArticleSummary[]) => void = () => undefined;
    const newest = vi.fn(() => new Promise<ArticleSummary[]>((resolve) => (release = resolve)));
    const root = mountStubPopup(stubApi(held.queryList), { newestRows: newest });
    await waitFor(() => expect(held.waiting.length).toBe(1));
    await act(async () => held.waiting[0]?.resolve({ items: summaries(2, 'Full'), total: 2, counts: emptyCounts(), searchMode: 'none', index: READY }));
    await waitFor(() => expect(rowsOf(root).length).toBe(2));
    await act(async () => release(summaries(5, 'Quick')));
    await flush();
    expect(titles(root)).toEqual(['Full 0', 'Full 1']);
    expect(countText(root)).toContain('2');
  });

  it('drops the quick rows once the reader has typed a search', async () => {
    const held = heldQueryList();
    let release: (items: ArticleSummary[]) => void = () => undefined;
    const newest = vi.fn(() => new Promise<ArticleSummary[]>((resolve) => (release = resolve)));
    const root = mountStubPopup(stubApi(held.queryList), { newestRows: newest });
    await waitFor(() => expect(held.waiting.length).toBe(1));
    await type(root.querySelector('input[type="search"]'), 'madrid');
    await waitFor(() => expect(held.waiting.some((w) => w.q.query === 'madrid')).toBe(true));
    await act(async () => release(summaries(5, 'Quick')));
    await flush();
    expect(rowsOf(root)).toEqual([]);
    expect(newest).toHaveBeenCalledTimes(1);
  });

  it('still reports the full answer\'s error when the quick read fails too', async () => {
    const held = heldQueryList();
    const newest = vi.fn(async () => {
      throw new KiosqueError('storage-failed', 'disk gone');
    });
    const root = mountStubPopup(stubApi(held.queryList), { newestRows: newest });
    await waitFor(() => expect(held.waiting.length).toBe(1));
    await act(async () => held.waiting[0]?.reject(new KiosqueError('storage-failed', 'disk gone')));
    await waitFor(() => expect(root.querySelector('[role="alert"]')).not.toBeNull());
    expect(rowsOf(root)).toEqual([]);
  });

  it('keeps waiting for the full answer when the quick read finds nothing', async () => {
    const held = heldQueryList();
    const newest = vi.fn(async (): Promise<ArticleSummary[]> => []);
    const root = mountStubPopup(stubApi(held.queryList), { newestRows: newest });
    await waitFor(() => expect(newest).toHaveBeenCalled());
    await flush();
    // Not "no articles yet": an empty quick read proves nothing while the full answer is on its way.
    expect(root.querySelector('.empty[aria-busy="true"]')).not.toBeNull();
    expect(countText(root)).toBe('');
    await act(async () => held.waiting[0]?.resolve({ items: summaries(1, 'Full'), total: 1, counts: emptyCounts(), searchMode: 'none', index: READY }));
    await waitFor(() => expect(titles(root)).toEqual(['Full 0']));
  });
});
