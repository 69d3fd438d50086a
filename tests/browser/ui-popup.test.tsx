import { beforeEach, describe, expect, it, vi } from 'vitest';
import { KiosqueError } from '../../core/errors';
import type { SaveOutcome } from '../../lib/api-types';
import { UndoToast } from '../../components/undo-toast';
import { fakeSummary } from '../factories';
import { byLabel, byText, choose, click, mount, openActiveTab, type, useLocale, waitFor } from './ui-helpers';
import { NOW, rowsOf, setupPopup, titles } from './ui-list-env';

const count = (root: HTMLElement) => root.querySelector('.list__count')?.textContent;
const selectNamed = (root: HTMLElement, label: string) =>
  [...root.querySelectorAll('label')].find((l) => l.querySelector('.filters__label')?.textContent === label)?.querySelector('select');
const options = (s: Element | null | undefined) => [...(s?.querySelectorAll('option') ?? [])].map((o) => o.textContent);

beforeEach(() => {
  useLocale('en');
});

describe('popup reading list', () => {
  it('renders rows newest first with site, date, chips and read state, as a feed', async () => {
    const { root } = await setupPopup();
    expect(titles(root)).toEqual(['Newest Lisbon story', 'Middle Madrid story', 'Untagged link', 'Older Madrid story']);
    const older = rowsOf(root)[3]!;
    expect(older.querySelector('.row__meta')?.textContent).toContain('Le Petit Journal');
    // Published date, formatted for the locale.
    expect(older.querySelector('.row__meta')?.textContent).toContain('20 Nov 2026');
    expect(older.querySelector('.chip--edition')?.textContent).toBe('Madrid');
    expect(byText(older, '.chip--theme', 'Politics')).toHaveLength(1);
    expect(older.className).not.toContain('row--unread');
    const newest = rowsOf(root)[0]!;
    expect(newest.className).toContain('row--unread');
    // An undated page shows its save date; a page without a site name shows its host.
    expect(newest.querySelector('.row__meta')?.textContent).toContain('today');
    expect(rowsOf(root)[2]?.querySelector('.row__meta')?.textContent).toContain('example.org');
    expect(count(root)).toBe('4 articles');
    const feed = root.querySelector('[role="feed"]');
    expect(feed?.getAttribute('aria-label')).toBe('Reading list');
    expect(newest.getAttribute('aria-posinset')).toBe('1');
    expect(newest.getAttribute('aria-setsize')).toBe('4');
    expect(document.getElementById(newest.getAttribute('aria-labelledby') ?? '')?.textContent).toContain('Newest Lisbon story');
    // Roving focus: one row in the tab order.
    expect(rowsOf(root).map((r) => r.tabIndex)).toEqual([0, -1, -1, -1]);
  });

  it('shows the empty state when nothing is saved', async () => {
    const { root } = await setupPopup([]);
    await waitFor(() => expect(root.querySelector('.empty')?.textContent).toContain('Nothing saved yet'));
    expect(rowsOf(root)).toHaveLength(0);
  });

  it('combines edition, theme and status filters, with counts from the storage side', async () => {
    const { root } = await setupPopup();
    const edition = selectNamed(root, 'Edition');
    expect(options(edition)).toEqual(['All', 'Madrid (2)', 'Lisbon (1)', 'No edition (1)']);
    expect(options(selectNamed(root, 'Theme'))).toEqual(['All', 'Politics (2)', 'Sport (2)']);
    expect(options(selectNamed(root, 'Status'))).toEqual(['All', 'Unread (3)', 'Read (1)', 'Archived (0)', 'Favourites (0)']);

    const clear = byText(root, 'button', 'Clear filters')[0];
    // Laid out but hidden until a filter is set, so that it appearing moves nothing.
    expect(clear?.classList.contains('filters__clear--idle')).toBe(true);
    await choose(edition, 'madrid');
    await waitFor(() => expect(titles(root)).toEqual(['Middle Madrid story', 'Older Madrid story']));
    expect(clear?.classList.contains('filters__clear--idle')).toBe(false);
    // Each facet is counted with the others applied.
    expect(options(selectNamed(root, 'Theme'))).toEqual(['All', 'Politics (2)', 'Sport (1)']);
    await choose(selectNamed(root, 'Theme'), 'sport');
    await waitFor(() => expect(titles(root)).toEqual(['Middle Madrid story']));
    await choose(selectNamed(root, 'Status'), 'read');
    await waitFor(() => expect(root.querySelector('.empty')?.textContent).toBe('No article matches these filters.'));
    await click(byText(root, 'button', 'Clear filters')[0]);
    await waitFor(() => expect(titles(root)).toHaveLength(4));
    await choose(selectNamed(root, 'Edition'), '');
    await waitFor(() => expect(titles(root)).toEqual(['Untagged link']));
  });

  it('shows a chosen filter whole on hover, and the count in the reader locale', async () => {
    const { root } = await setupPopup();
    const edition = selectNamed(root, 'Edition');
    // "All" carries no count: the list heading has the total.
    expect(edition?.title).toBe('All');
    await choose(edition, 'madrid');
    await waitFor(() => expect(titles(root)).toHaveLength(2));
    expect(edition?.title).toBe('Madrid (2)');
    expect(root.querySelector('.list__count')?.textContent).toBe('2 articles');
  });

  it('filters by site and by a date range, and sorts by published date or site', async () => {
    const { root } = await setupPopup();
    const site = selectNamed(root, 'Site');
    expect(options(site)).toContain('elpais.com (1)');
    await choose(site, 'elpais.com');
    await waitFor(() => expect(titles(root)).toEqual(['Middle Madrid story']));
    await choose(site, '');
    await choose(selectNamed(root, 'Date'), 'publishedAt');
    const [from, to] = [...root.querySelectorAll<HTMLInputElement>('input[type="date"]')];
    await choose2(from, '2026-11-01');
    await choose2(to, '2026-11-24');
    await waitFor(() => expect(titles(root)).toEqual(['Older Madrid story']));
    // Typed the wrong way round, the same span.
    await choose2(from, '2026-11-24');
    await choose2(to, '2026-11-01');
    await waitFor(() => expect(titles(root)).toEqual(['Older Madrid story']));
    await click(byText(root, 'button', 'Clear filters')[0]);
    await choose(selectNamed(root, 'Sort'), 'publishedAt');
    await waitFor(() => expect(titles(root)).toEqual(['Middle Madrid story', 'Older Madrid story', 'Untagged link', 'Newest Lisbon story']));
    await choose(selectNamed(root, 'Sort'), 'site');
    await waitFor(() => expect(titles(root)[0]).toBe('Middle Madrid story'));
    expect(titles(root).at(-1)).toBe('Newest Lisbon story');
    expect(options(selectNamed(root, 'Sort'))).toEqual(['Saved', 'Published', 'Site']);
    // With search text, relevance joins the choices, and a chosen sort orders the matches.
    await type(root.querySelector('input[type="search"]'), 'story');
    await waitFor(() => expect(options(selectNamed(root, 'Sort'))).toEqual(['Relevance', 'Saved', 'Published', 'Site']));
    await choose(selectNamed(root, 'Sort'), 'publishedAt');
    await waitFor(() => expect(titles(root)).toEqual(['Middle Madrid story', 'Older Madrid story', 'Newest Lisbon story']));
  });

  it('searches as the reader types, combined with the filters', async () => {
    const { root } = await setupPopup();
    const search = root.querySelector<HTMLInputElement>('input[type="search"]');
    expect(search?.getAttribute('aria-label')).toBe('Search the reading list');
    await type(search, 'madri');
    // Ranked by relevance, so only the set is fixed.
    await waitFor(() => expect([...titles(root)].sort()).toEqual(['Middle Madrid story', 'Older Madrid story']));
    await choose(selectNamed(root, 'Status'), 'unread');
    await waitFor(() => expect(titles(root)).toEqual(['Middle Madrid story']));
    await choose(selectNamed(root, 'Status'), 'read');
    await type(search, 'benfica');
    await waitFor(() => expect(root.querySelector('.empty')?.textContent).toBe('No article matches these filters.'));
    await choose(selectNamed(root, 'Status'), '');
    await waitFor(() => expect(titles(root)).toEqual(['Newest Lisbon story']));
    // Regex metacharacters and right-to-left text are plain text to search.
    await type(search, 'derby.*(');
    await waitFor(() => expect(titles(root)).toEqual(['Newest Lisbon story']));
    await type(search, 'مدريد');
    await waitFor(() => expect(count(root)).toBe('0 articles'));
    await type(search, '');
    await waitFor(() => expect(titles(root)).toHaveLength(4));
  });

  it('answers a 10,000-character query and emoji without an error', async () => {
    const { root } = await setupPopup();
    const search = root.querySelector<HTMLInputElement>('input[type="search"]');
    await type(search, 'madrid '.repeat(1500).slice(0, 10_000));
    await waitFor(() => expect(count(root)).not.toBe('4 articles'));
    expect(root.querySelector('[role="alert"]')).toBeNull();
    await type(search, '🇪🇸🎉');
    await waitFor(() => expect(count(root)).toMatch(/^\d+ articles$/));
    expect(root.querySelector('[role="alert"]')).toBeNull();
    await type(search, '');
    await waitFor(() => expect(count(root)).toBe('4 articles'));
  });

  it('toggles read, favourite and archive from the row buttons', async () => {
    const { root, env } = await setupPopup();
    await click(byLabel(rowsOf(root)[0]!, 'Mark as read'));
    await waitFor(() => expect(rowsOf(root)[0]?.className).not.toContain('row--unread'));
    expect((await env.services.getArticle('b')).status).toBe('read');
    await click(byLabel(rowsOf(root)[0]!, 'Favourite'));
    await waitFor(() => expect(byLabel(rowsOf(root)[0]!, 'Favourite')?.getAttribute('aria-pressed')).toBe('true'));
    expect((await env.services.getArticle('b')).favourite).toBe(true);
    await click(byLabel(rowsOf(root)[0]!, 'Archive'));
    await waitFor(() => expect(rowsOf(root)[0]?.querySelector('.row__meta')?.textContent).toContain('Archived'));
    expect((await env.services.getArticle('b')).status).toBe('archived');
    // Under the unread filter, an item marked read leaves the list.
    await choose(selectNamed(root, 'Status'), 'unread');
    await waitFor(() => expect(titles(root)).toEqual(['Middle Madrid story', 'Untagged link']));
    await click(byLabel(rowsOf(root)[0]!, 'Mark as read'));
    await waitFor(() => expect(titles(root)).toEqual(['Untagged link']));
  });

  it('opens the reader and marks the article read when a row is clicked', async () => {
    const { root, env, openReader } = await setupPopup();
    await click(rowsOf(root)[0]?.querySelector('.row__meta'));
    await waitFor(() => expect(openReader).toHaveBeenCalledWith('b'));
    expect((await env.services.getArticle('b')).status).toBe('read');
    await click(rowsOf(root)[3]?.querySelector('.row__title'));
    await waitFor(() => expect(openReader).toHaveBeenLastCalledWith('a'));
  });

  it('deletes with an undo toast that restores the article', async () => {
    const { root, env } = await setupPopup();
    await click(byLabel(root, 'Delete “Middle Madrid story”'));
    await waitFor(() => expect(titles(root)).not.toContain('Middle Madrid story'));
    expect(count(root)).toBe('3 articles');
    expect(root.querySelector('.toast')?.textContent).toContain('Article deleted');
    await click(byText(root, '.toast button', 'Undo')[0]);
    await waitFor(() => expect(titles(root)).toContain('Middle Madrid story'));
    expect((await env.services.getArticle('c')).title).toBe('Middle Madrid story');
    expect(root.querySelector('.toast')).toBeNull();
  });

  it('saves a tag correction from a row chip', async () => {
    const { root, env } = await setupPopup();
    const untagged = rowsOf(root)[2]!;
    await click(untagged.querySelector('.chip--edition'));
    const madrid = [...untagged.querySelectorAll('.picker__option')].find((o) => o.textContent?.startsWith('Madrid'));
    await click(madrid);
    await waitFor(() => expect(rowsOf(root)[2]?.querySelector('.chip--edition')?.textContent).toBe('Madrid'));
    expect((await env.services.getArticle('d')).edition).toMatchObject({ id: 'madrid', source: 'user' });
  });

  it('shows a restricted-page error from the save and adds nothing', async () => {
    const tabId = await openActiveTab('chrome://settings');
    const saveTab = vi.fn(async (): Promise<SaveOutcome> => ({ ok: false, error: { code: 'restricted-page', message: 'chrome://' } }));
    const { root } = await setupPopup(undefined, { saveTab });
    await click(byText(root, '.save__button', 'Save this page')[0]);
    await waitFor(() => expect(root.querySelector('.save__error')?.textContent).toContain("can't save this kind of page"));
    expect(saveTab).toHaveBeenCalledWith(tabId);
    expect(rowsOf(root)).toHaveLength(4);
  });

  it('lists a page saved from the popup and says whether it was new', async () => {
    await openActiveTab('https://www.thelocal.es/x');
    let env: Awaited<ReturnType<typeof setupPopup>>['env'] | null = null;
    const saveTab = vi.fn(async (): Promise<SaveOutcome> => {
      // The background writes the row; the popup learns of it through the change signal.
      const row = fakeSummary({ id: 'new', title: 'Just saved', savedAt: NOW, status: 'unread' });
      await env?.services.restoreArticle({ ...row, html: '<p>x</p>', text: 'x' });
      return { ok: true, article: row, created: true };
    });
    const setup = await setupPopup(undefined, { saveTab });
    env = setup.env;
    await click(byText(setup.root, '.save__button', 'Save this page')[0]);
    await waitFor(() => expect(setup.root.querySelector('.save__status')?.textContent).toBe('Saved'));
    await waitFor(() => expect(titles(setup.root)[0]).toBe('Just saved'));
  });

  it('reports a save that throws with the generic message, not the raw exception', async () => {
    await openActiveTab('https://example.org/');
    const saveTab = vi.fn(async (): Promise<SaveOutcome> => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const { root } = await setupPopup(undefined, { saveTab });
    await click(byText(root, '.save__button', 'Save this page')[0]);
    await waitFor(() => expect(root.querySelector('.save__error')?.textContent).toBe('Something went wrong. Try again.'));
  });

  it('shows a failed write in an alert and leaves the row as it was', async () => {
    const { root, env } = await setupPopup();
    const api = { ...env.services, setStatus: vi.fn(async () => Promise.reject(new KiosqueError('quota-exceeded', 'full'))) };
    const { mountPopup } = await import('./ui-list-env');
    const other = mountPopup(env, { api });
    await waitFor(() => expect(rowsOf(other.root)).toHaveLength(4));
    await click(byLabel(rowsOf(other.root)[0]!, 'Mark as read'));
    await waitFor(() => expect(other.root.querySelector('.banner--error')?.textContent).toContain('Storage is full'));
    expect(rowsOf(other.root)[0]?.className).toContain('row--unread');
    expect(rowsOf(root)[0]?.className).toContain('row--unread');
  });
});

describe('popup in French', () => {
  it('speaks French, with dates and counts in the French locale', async () => {
    useLocale('fr');
    const { testEnv } = await import('./support/kiosque-env');
    const { seed, sampleArticles } = await import('./ui-list-env');
    const { listEditions } = await import('../../core/tagging/editions-list');
    const { App } = await import('../../entrypoints/popup/App');
    const env = testEnv();
    await seed(env, sampleArticles());
    const root = mount(
      <App api={env.services} saveTab={vi.fn()} openReader={vi.fn()} readerHref={(id) => id} editions={listEditions()} lang="fr" locale="fr-FR" now={() => NOW} />,
    );
    await waitFor(() => expect(rowsOf(root)).toHaveLength(4));
    expect(root.querySelector('input[type="search"]')?.getAttribute('aria-label')).toBe('Rechercher dans la liste de lecture');
    expect(byText(root, '.views__tab', 'Mes villes')).toHaveLength(1);
    expect(count(root)).toBe('4 articles');
    expect(rowsOf(root)[3]?.querySelector('.row__meta')?.textContent).toContain('20 nov. 2026');
    expect(options(selectNamed(root, 'État'))).toEqual(['Tous', 'Non lus (3)', 'Lus (1)', 'Archivés (0)', 'Favoris (0)']);
    expect(byLabel(rowsOf(root)[0]!, 'Marquer comme lu')).not.toBeNull();
    expect(options(selectNamed(root, 'Thème'))[0]).toBe('Tous');
    // "All" agrees with each facet's noun: éditions are feminine, états and sites masculine.
    expect(options(selectNamed(root, 'Édition'))[0]).toBe('Toutes');
    expect(options(selectNamed(root, 'Site'))[0]).toBe('Tous');
  });
});

/** Date inputs report through `change`. */
async function choose2(el: HTMLInputElement | undefined, value: string): Promise<void> {
  if (!el) throw new Error('no date input');
  const { act } = await import('preact/test-utils');
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('UndoToast', () => {
  it('expires on its own after the delay, and not before', async () => {
    const onExpire = vi.fn();
    const root = mount(<UndoToast message="Article deleted" actionLabel="Undo" onAction={() => {}} onExpire={onExpire} durationMs={60} />);
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Article deleted');
    expect(onExpire).not.toHaveBeenCalled();
    await waitFor(() => expect(onExpire).toHaveBeenCalledTimes(1));
  });
});
