/**
 * The popup's first screen: rows read before the first render are in that
 * render, the full answer then takes over the same list (keyboard and
 * count included), and the services reach the popup through stand-ins that
 * wait for their module to load.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import type { ArticleSummary } from '../../core/model';
import type { ListPage, ListQuery } from '../../lib/api-types';
import type { PopupApi } from '../../entrypoints/popup/App';
import { firstThenDexie, lazyApi, lazySaveTab, lazySubscribe } from '../../entrypoints/popup/lazy-services';
import type { PopupServices } from '../../entrypoints/popup/popup-services';
import { PAGE_SIZE } from '../../entrypoints/popup/use-list-window';
import { fakeSummary } from '../factories';
import { mount, useLocale, waitFor } from './ui-helpers';
import { rowsOf, titles } from './ui-list-env';
import { emptyCounts, mountStubPopup, READY, stubApi, summaries, unused } from './ui-list-stub';

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function services(api: PopupApi, extra: Partial<PopupServices> = {}): PopupServices {
  return { api, saveTab: unused, subscribe: () => () => undefined, readNewest: async () => [], ...extra };
}

beforeEach(() => {
  useLocale('en');
});

describe('rows read before the first render', () => {
  it('are on screen in the first render, then the full answer takes over the same list', async () => {
    const answer = deferred<ListPage>();
    const queryList = vi.fn((_q: ListQuery) => answer.promise);
    const newest = vi.fn(async () => summaries(PAGE_SIZE, 'Never'));
    const root = mountStubPopup(stubApi(queryList), { initialRows: summaries(3, 'Quick'), newestRows: newest });
    // mount() flushes effects, but the rows were already in the render itself: no loading state, no count yet.
    expect(titles(root)).toEqual(['Quick 0', 'Quick 1', 'Quick 2']);
    expect(root.querySelector('.empty')).toBeNull();
    expect(root.querySelector('.list__count')?.textContent).toBe('');
    // The rows already on screen are not read a second time.
    expect(newest).not.toHaveBeenCalled();
    const list = root.querySelector('[role="feed"]');
    await act(async () => answer.resolve({ items: summaries(5, 'Full'), total: 5, counts: emptyCounts(), searchMode: 'none', index: READY }));
    await waitFor(() => expect(titles(root)).toEqual(['Full 0', 'Full 1', 'Full 2', 'Full 3', 'Full 4']));
    // The same list element: handed over, not replaced under the reader's eyes.
    expect(root.querySelector('[role="feed"]')).toBe(list);
    expect(root.querySelector('.list__count')?.textContent).toContain('5');
    // The keyboard drives the handed-over list.
    await act(async () => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
    });
    await waitFor(() => expect(document.activeElement?.getAttribute('data-id')).toBe('Full-0'));
    await act(async () => {
      document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
    });
    await waitFor(() => expect(document.activeElement?.getAttribute('data-id')).toBe('Full-1'));
    expect(rowsOf(root).length).toBe(5);
  });

  it('are ignored for a list that is not the plain newest-first one', async () => {
    const { useListWindow } = await import('../../entrypoints/popup/use-list-window');
    let seen: ArticleSummary | undefined;
    function Probe() {
      const list = useListWindow(async () => new Promise<ListPage>(() => undefined), { query: 'madrid' }, undefined, summaries(2, 'Quick'));
      seen = list.rowAt(0);
      return null;
    }
    mount(<Probe />);
    expect(seen).toBeUndefined();
  });
});

describe('service stand-ins', () => {
  it('forward calls made before the services load, once they have', async () => {
    const load = deferred<PopupServices>();
    const page: ListPage = { items: summaries(1, 'A'), total: 1, counts: emptyCounts(), searchMode: 'none', index: READY };
    const queryList = vi.fn(async () => page);
    const setStatus = vi.fn(async (id: string) => fakeSummary({ id, status: 'read' }));
    const api = lazyApi(load.promise);
    const answer = api.queryList({});
    const status = api.setStatus('x', 'read');
    expect(queryList).not.toHaveBeenCalled();
    load.resolve(services(stubApi(queryList, { setStatus })));
    await expect(answer).resolves.toBe(page);
    await expect(status).resolves.toMatchObject({ id: 'x', status: 'read' });
    expect(setStatus).toHaveBeenCalledWith('x', 'read');
  });

  it('reject each call when the services fail to load', async () => {
    const load = Promise.reject(new Error('chunk failed'));
    load.catch(() => undefined);
    await expect(lazyApi(load).queryList({})).rejects.toThrow('chunk failed');
    await expect(lazySaveTab(load)(3)).rejects.toThrow('chunk failed');
  });

  it('reject saving a search where the services have no collections', async () => {
    const load = Promise.resolve(services(stubApi(unused)));
    await expect(lazyApi(load).saveCollection?.({ name: 'x', kind: 'search', query: '', filter: {} })).rejects.toThrow(/collections/);
    await expect(lazyApi(load).listCollections?.()).resolves.toEqual([]);
  });

  it('subscribe once loaded, and not at all when unsubscribed first', async () => {
    const load = deferred<PopupServices>();
    const stop = vi.fn();
    const subscribe = vi.fn((_onChange: () => void) => stop);
    const early = lazySubscribe(load.promise)(() => undefined);
    const kept = lazySubscribe(load.promise)(() => undefined);
    early();
    load.resolve(services(stubApi(unused), { subscribe }));
    await load.promise;
    await Promise.resolve();
    expect(subscribe).toHaveBeenCalledTimes(1);
    kept();
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('give the quick read to the first page request only, and read through Dexie otherwise', async () => {
    const readNewest = vi.fn(async (limit: number) => summaries(limit, 'Dexie'));
    const load = Promise.resolve(services(stubApi(unused), { readNewest }));
    const newest = firstThenDexie(Promise.resolve(summaries(2, 'Quick')), load, PAGE_SIZE);
    expect((await newest(PAGE_SIZE)).map((r) => r.title)).toEqual(['Quick 0', 'Quick 1']);
    expect(await newest(PAGE_SIZE)).toHaveLength(PAGE_SIZE);
    expect(readNewest).toHaveBeenCalledTimes(1);
    // A quick read that could not answer (null) falls back to Dexie.
    const fallback = firstThenDexie(Promise.resolve(null), load, PAGE_SIZE);
    expect((await fallback(PAGE_SIZE))[0]?.title).toBe('Dexie 0');
  });
});
