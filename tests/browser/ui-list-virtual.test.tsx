import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { KiosqueError } from '../../core/errors';
import type { ArticleSummary } from '../../core/model';
import type { ListPage, ListQuery } from '../../lib/api-types';
import { ROW_HEIGHT } from '../../entrypoints/popup/App';
import { PAGE_SIZE } from '../../entrypoints/popup/use-list-window';
import { render } from 'preact';
import { VirtualList, visibleSpan } from '../../components/virtual-list';
import { fakeSummary } from '../factories';
import { key, type, useLocale, waitFor } from './ui-helpers';
import { rowsOf, titles } from './ui-list-env';
import { emptyCounts, mountStubPopup, READY, stubApi } from './ui-list-stub';

/** Row i of a synthetic library, built on demand: the popup must never ask for all of them. */
function rowAt(i: number, prefix = 'Article'): ArticleSummary {
  return fakeSummary({ id: `n-${i}`, title: `${prefix} ${i}` });
}

function page(q: ListQuery, total: number, extra: Partial<ListPage> = {}, prefix?: string): ListPage {
  const offset = q.offset ?? 0;
  const end = Math.min(total, offset + (q.limit ?? 50));
  const items: ArticleSummary[] = [];
  for (let i = offset; i < end; i++) items.push(rowAt(i, prefix));
  return { items, total, counts: emptyCounts(), searchMode: 'none', index: READY, ...extra };
}

/** jsdom has no layout: the list assumes a 400px viewport, so at most this many rows exist at once. */
const MAX_ROWS = Math.ceil(400 / ROW_HEIGHT) + 1 + 2 * 4;

beforeEach(() => {
  useLocale('en');
});

describe('visibleSpan', () => {
  it('covers the viewport plus the overscan, clamped to the list', () => {
    expect(visibleSpan(0, 400, 100, 1000, 4)).toEqual({ start: 0, end: 9 });
    expect(visibleSpan(5000, 400, 100, 1000, 4)).toEqual({ start: 46, end: 59 });
    expect(visibleSpan(99_950, 400, 100, 1000, 4)).toEqual({ start: 995, end: 1000 });
    expect(visibleSpan(0, 400, 100, 0, 4)).toEqual({ start: 0, end: 0 });
    expect(visibleSpan(-50, 400, 100, 3, 4)).toEqual({ start: 0, end: 3 });
  });
});

describe('VirtualList', () => {
  it('draws the visible rows alone in its first frame, and the overscan right after', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    const props = {
      total: 1000,
      rowHeight: 100,
      overscan: 4,
      fallbackHeight: 400,
      activeIndex: null,
      onRange: () => undefined,
      renderRow: (i: number, style: Record<string, string>) => <div class="r" style={style}>{i}</div>,
      label: 'rows',
    };
    render(<VirtualList {...props} />, host);
    // The render is synchronous and effects wait for the frame: this is what the first frame paints.
    expect(host.querySelectorAll('.r')).toHaveLength(5);
    await waitFor(() => expect(host.querySelectorAll('.r')).toHaveLength(9));
    render(null, host);
    host.remove();
  });
});

describe('virtualised popup list', () => {
  it('shows the first rows of 100,000 from one small window, with a bounded DOM', async () => {
    const queryList = vi.fn(async (q: ListQuery) => page(q, 100_000));
    const root = mountStubPopup(stubApi(queryList));
    await waitFor(() => expect(rowsOf(root).length).toBeGreaterThan(0));
    expect(queryList.mock.calls[0]?.[0]).toMatchObject({ offset: 0, limit: PAGE_SIZE });
    expect(queryList).toHaveBeenCalledTimes(1);
    expect(root.querySelectorAll('.row').length).toBeLessThanOrEqual(MAX_ROWS);
    expect(titles(root)[0]).toBe('Article 0');
    expect(root.querySelector('.vlist__spacer')?.getAttribute('style')).toContain(`height: ${100_000 * ROW_HEIGHT}px`);
    expect(rowsOf(root)[0]?.getAttribute('aria-setsize')).toBe('100000');
    expect(root.querySelector('.list__count')?.textContent).toBe('100,000 articles');
  });

  it('fetches the window scrolled to, and only that window', async () => {
    const queryList = vi.fn(async (q: ListQuery) => page(q, 100_000));
    const root = mountStubPopup(stubApi(queryList));
    await waitFor(() => expect(rowsOf(root).length).toBeGreaterThan(0));
    const scroller = root.querySelector<HTMLElement>('.vlist')!;
    await act(async () => {
      scroller.scrollTop = 50_000 * ROW_HEIGHT;
      scroller.dispatchEvent(new Event('scroll'));
    });
    await waitFor(() => expect(titles(root)).toContain('Article 50000'));
    expect(root.querySelectorAll('.row').length).toBeLessThanOrEqual(MAX_ROWS);
    const offsets = queryList.mock.calls.map((c) => c[0].offset);
    expect(offsets).toContain(Math.floor(50_000 / PAGE_SIZE) * PAGE_SIZE);
    expect(queryList.mock.calls.length).toBeLessThanOrEqual(4);
    expect(rowsOf(root).find((r) => r.textContent?.includes('Article 50000'))?.getAttribute('aria-posinset')).toBe('50001');
  });

  it('End on a row jumps to the last of 100,000 rows and loads it', async () => {
    const queryList = vi.fn(async (q: ListQuery) => page(q, 100_000));
    const root = mountStubPopup(stubApi(queryList));
    await waitFor(() => expect(rowsOf(root).length).toBeGreaterThan(0));
    await key(document.body, 'j');
    await waitFor(() => expect(document.activeElement?.classList.contains('row')).toBe(true));
    await key(document.activeElement!, 'End');
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Article 99999'));
    expect(root.querySelectorAll('.row').length).toBeLessThanOrEqual(MAX_ROWS);
  });

  it('drops an answer to an older keystroke that arrives after the newer one', async () => {
    const pending = new Map<string, (page: ListPage) => void>();
    const queryList = vi.fn(
      (q: ListQuery) =>
        new Promise<ListPage>((resolve) => {
          pending.set(q.query ?? '', resolve);
        }),
    );
    const root = mountStubPopup(stubApi(queryList));
    pending.get('')?.(page({ offset: 0, limit: PAGE_SIZE }, 3));
    await waitFor(() => expect(titles(root)).toHaveLength(3));
    const search = root.querySelector<HTMLInputElement>('input[type="search"]');
    await type(search, 'mad');
    await type(search, 'madrid');
    await act(async () => {
      pending.get('madrid')?.(page({ offset: 0, limit: PAGE_SIZE }, 1, { searchMode: 'index' }, 'Madrid'));
    });
    await waitFor(() => expect(titles(root)).toEqual(['Madrid 0']));
    await act(async () => {
      pending.get('mad')?.(page({ offset: 0, limit: PAGE_SIZE }, 2, { searchMode: 'index' }, 'Mad'));
    });
    await new Promise((r) => setTimeout(r, 30));
    expect(titles(root)).toEqual(['Madrid 0']);
  });

  it('says the index is rebuilding and that search scans meanwhile, then clears the notice', async () => {
    let building = true;
    const queryList = vi.fn(async (q: ListQuery) =>
      page(q, 5, building ? { searchMode: 'scan', index: { status: 'building', progress: 0.42, docCount: 2 } } : {}),
    );
    const root = mountStubPopup(stubApi(queryList));
    await type(root.querySelector('input[type="search"]'), 'bus');
    await waitFor(() => expect(root.querySelector('.search__status')?.textContent).toBe('Indexing 42% · slower search until the index is ready'));
    building = false;
    // The list asks again while the index builds, so the notice goes without a keystroke.
    await waitFor(() => expect(root.querySelector('.search__status')?.textContent).toBe(''), 3000);
  });

  it('says a search covers the newest saves while the index loads, without an indexing percentage or a count, then gives way to the whole answer', async () => {
    let loading = true;
    const queryList = vi.fn(async (q: ListQuery) =>
      page(
        q,
        loading ? 2 : 9,
        loading ? { searchMode: 'scan', partial: true, index: { status: 'loading', progress: 0, docCount: 700 } } : { searchMode: 'index' },
      ),
    );
    const root = mountStubPopup(stubApi(queryList));
    await type(root.querySelector('input[type="search"]'), 'musee');
    await waitFor(() =>
      expect(root.querySelector('.search__status')?.textContent).toBe('matches among your newest saves; the full search is loading'),
    );
    expect(root.querySelector('.list__count')?.textContent).toBe('');
    expect(titles(root)).toHaveLength(2);
    loading = false;
    // Asked again without a keystroke: the partial answer is replaced and the notice goes.
    await waitFor(() => expect(titles(root)).toHaveLength(9), 3000);
    expect(root.querySelector('.search__status')?.textContent).toBe('');
    expect(root.querySelector('.list__count')?.textContent).toContain('9');
  });

  it('shows a failed list read as an alert, not as an empty library', async () => {
    const queryList = vi.fn(async () => Promise.reject(new KiosqueError('storage-failed', 'boom')));
    const root = mountStubPopup(stubApi(queryList));
    await waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toBeTruthy());
    expect(root.querySelector('.empty')?.textContent ?? '').not.toContain('Nothing saved yet');
  });
});
