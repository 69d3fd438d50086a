/**
 * The popup's "Export…" link: it opens the options page with the list's
 * search text, facets and open collection in the address, and that address
 * selects exactly the rows the popup was showing.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { listEditions } from '../../core/tagging/editions-list';
import { selectionFromSearch } from '../../entrypoints/options/current-filter';
import { App } from '../../entrypoints/popup/App';
import { exportHref } from '../../entrypoints/popup/export-link';
import { resolveSelection } from '../../lib/search/selection';
import { testEnv, type TestEnv } from './support/kiosque-env';
import { choose, mount, type, useLocale, waitFor } from './ui-helpers';
import { NOW, rowsOf, sampleArticles, seed, titles } from './ui-list-env';

const OPTIONS = 'chrome-extension://test/options.html';

beforeEach(() => {
  useLocale('en');
});

async function popup(before?: (env: TestEnv) => Promise<void>) {
  const env = testEnv();
  await seed(env, sampleArticles());
  await before?.(env);
  const root = mount(
    <App
      api={env.services}
      saveTab={async () => ({ ok: false, error: { code: 'tab-not-found', message: 'not in this test' } })}
      openReader={async () => {}}
      readerHref={(id) => `chrome-extension://test/reader.html?id=${id}`}
      editions={listEditions()}
      lang="en"
      locale="en-GB"
      now={() => NOW}
      exportHref={(query) => exportHref(OPTIONS, query)}
    />,
  );
  await waitFor(() => expect(rowsOf(root)).toHaveLength(4));
  return { env, root };
}

function exportLink(root: HTMLElement): HTMLAnchorElement {
  const link = root.querySelector('a.list__export');
  if (!(link instanceof HTMLAnchorElement)) throw new Error('no export link');
  return link;
}

const editionSelect = (root: HTMLElement) =>
  [...root.querySelectorAll('label')].find((l) => l.querySelector('.filters__label')?.textContent === 'Edition')?.querySelector('select');

describe('export from the popup', () => {
  it('opens the options page in a tab with the search and facets, which select the rows shown', async () => {
    const { env, root } = await popup();
    await type(root.querySelector('input[type="search"]'), 'story');
    await choose(editionSelect(root), 'madrid');
    await waitFor(() => expect([...titles(root)].sort()).toEqual(['Middle Madrid story', 'Older Madrid story']));
    const link = exportLink(root);
    expect(link.textContent).toBe('Export…');
    expect(link.target).toBe('_blank');
    expect(link.href.startsWith(`${OPTIONS}?`)).toBe(true);
    const url = new URL(link.href);
    expect(url.searchParams.get('query')).toBe('story');
    expect(JSON.parse(url.searchParams.get('filter') ?? 'null')).toMatchObject({ editionIds: ['madrid'] });
    const selection = selectionFromSearch(url.search);
    expect(selection).toMatchObject({ kind: 'query', query: 'story' });
    expect(await resolveSelection(env.db, selection!)).toEqual(['c', 'a']);
  });

  it('carries the open collection, narrowed by the search, and the export holds the same rows', async () => {
    let shelfId = '';
    const { env, root } = await popup(async (setup) => {
      const shelf = await setup.services.saveCollection({ name: 'Shelf', kind: 'manual', query: '', filter: {} });
      for (const id of ['a', 'b', 'd']) await setup.services.setCollectionMembership(id, shelf.id, true);
      shelfId = shelf.id;
    });
    const shelf = { id: shelfId };
    await waitFor(() => expect(root.querySelector(`select[aria-label="Show"] option[value="${shelf.id}"]`)).not.toBeNull());
    await choose(root.querySelector('select[aria-label="Show"]'), shelf.id);
    await waitFor(() => expect(rowsOf(root)).toHaveLength(3));
    await type(root.querySelector('input[type="search"]'), 'story');
    await waitFor(() => expect([...titles(root)].sort()).toEqual(['Newest Lisbon story', 'Older Madrid story']));
    const url = new URL(exportLink(root).href);
    expect(url.searchParams.get('collection')).toBe(shelf.id);
    const selection = selectionFromSearch(url.search);
    expect([...(await resolveSelection(env.db, selection!))].sort()).toEqual(['a', 'b']);
    const csv = await (await env.services.exportData('csv', selection!)).text();
    expect(csv).toContain('Older Madrid story');
    expect(csv).not.toContain('Middle Madrid story');
  });

  it('an address naming a collection that is gone fails the export with a typed error', async () => {
    const { env } = await popup();
    const selection = selectionFromSearch('?query=&filter=%7B%7D&collection=gone');
    expect(selection).toEqual({ kind: 'query', query: '', filter: {}, collectionId: 'gone' });
    await expect(resolveSelection(env.db, selection!)).rejects.toMatchObject({ code: 'not-found' });
    expect(selectionFromSearch('?collection=')).toBeNull();
  });
});
