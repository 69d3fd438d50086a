import { beforeEach, describe, expect, it, vi } from 'vitest';
import { KiosqueError } from '../../core/errors';
import type { Article, ArticleStatus, ArticleSummary } from '../../core/model';
import { listEditions } from '../../core/tagging/editions-list';
import type { SaveOutcome, TagPatch } from '../../lib/api-types';
import type { PopupApi } from '../../entrypoints/popup/App';
import { App } from '../../entrypoints/popup/App';
import { UndoToast } from '../../components/undo-toast';
import { fakeArticle, fakeEdition, fakeSummary } from '../factories';
import { byLabel, byText, choose, click, mount, openActiveTab, useLocale, waitFor } from './ui-helpers';

const NOW = Date.UTC(2026, 10, 27, 12);
const HOUR = 3_600_000;

/** An in-memory service with the same contract as lib/services: rows in, copies out. */
function fakeApi(initial: Article[]) {
  const store = new Map(initial.map((a) => [a.id, a]));
  const summary = (a: Article): ArticleSummary => {
    const { html: _html, text: _text, ...row } = a;
    return row;
  };
  const need = (id: string) => {
    const a = store.get(id);
    if (!a) throw new KiosqueError('not-found', `No article ${id}`);
    return a;
  };
  const api = {
    listArticles: vi.fn(async () => [...store.values()].map(summary)),
    deleteArticle: vi.fn(async (id: string) => {
      const a = need(id);
      store.delete(id);
      return a;
    }),
    restoreArticle: vi.fn(async (a: Article) => {
      store.set(a.id, a);
    }),
    setStatus: vi.fn(async (id: string, status: ArticleStatus) => {
      const a = { ...need(id), status };
      store.set(id, a);
      return summary(a);
    }),
    setTags: vi.fn(async (id: string, patch: TagPatch) => {
      const cur = need(id);
      const a = { ...cur, ...(patch.edition !== undefined ? { edition: patch.edition } : {}), ...(patch.themes ? { themes: patch.themes } : {}) };
      store.set(id, a);
      return summary(a);
    }),
  } satisfies PopupApi;
  return { api, store };
}

function articles(): Article[] {
  return [
    fakeArticle({ id: 'a', title: 'Older Madrid story', savedAt: NOW - 48 * HOUR, siteName: 'Le Petit Journal', edition: fakeEdition(), themes: [{ id: 'politics', source: 'text', confidence: 0.8 }], excerpt: 'An excerpt about Madrid.', publishedAt: '2026-11-20T08:00:00Z', status: 'read' }),
    fakeArticle({ id: 'b', title: 'Newest Lisbon story', savedAt: NOW - HOUR, siteName: 'The Local', edition: fakeEdition({ id: 'lisbonne', label: { en: 'Lisbon', fr: 'Lisbonne' }, country: 'PT' }), themes: [{ id: 'sport', source: 'text', confidence: 0.8 }], status: 'unread', publishedAt: null }),
    fakeArticle({ id: 'c', title: 'Middle Madrid story', savedAt: NOW - 5 * HOUR, siteName: 'El País', edition: fakeEdition(), themes: [{ id: 'sport', source: 'text', confidence: 0.8 }, { id: 'politics', source: 'text', confidence: 0.6 }], status: 'unread' }),
    fakeArticle({ id: 'd', title: 'Untagged link', savedAt: NOW - 10 * HOUR, siteName: null, pageUrl: 'https://www.example.org/x', edition: null, themes: [], status: 'unread' }),
  ];
}

interface Setup {
  rows?: Article[];
  saveTab?: (tabId: number) => Promise<SaveOutcome>;
}

async function setup({ rows = articles(), saveTab = vi.fn() }: Setup = {}) {
  const { api, store } = fakeApi(rows);
  const openReader = vi.fn(async (_id: string) => {});
  const root = mount(
    <App
      api={api}
      saveTab={saveTab}
      openReader={openReader}
      readerHref={(id) => `chrome-extension://test/reader.html?id=${id}`}
      editions={listEditions()}
      lang="en"
      locale="en-GB"
      now={() => NOW}
    />,
  );
  if (rows.length > 0) await waitFor(() => expect(root.querySelectorAll('.row').length).toBeGreaterThan(0));
  return { root, api, store, openReader, saveTab };
}

const titles = (root: HTMLElement) => [...root.querySelectorAll('.row__title')].map((el) => el.textContent?.replace('Unread', '').trim());

beforeEach(() => {
  useLocale('en');
});

describe('popup reading list', () => {
  it('renders rows newest first with site, date, excerpt, chips and read state', async () => {
    const { root } = await setup();
    expect(titles(root)).toEqual(['Newest Lisbon story', 'Middle Madrid story', 'Untagged link', 'Older Madrid story']);
    const older = root.querySelectorAll('.row')[3]!;
    expect(older.querySelector('.row__meta')?.textContent).toContain('Le Petit Journal');
    // Published date, formatted for the locale.
    expect(older.querySelector('.row__meta')?.textContent).toContain('20 Nov 2026');
    expect(older.querySelector('.row__excerpt')?.textContent).toBe('An excerpt about Madrid.');
    expect(older.querySelector('.chip--edition')?.textContent).toBe('Madrid');
    expect(byText(older, '.chip--theme', 'Politics')).toHaveLength(1);
    expect(older.className).not.toContain('row--unread');
    // An undated page shows its save date; a page without a site name shows its host.
    const newest = root.querySelectorAll('.row')[0]!;
    expect(newest.className).toContain('row--unread');
    expect(newest.querySelector('.row__meta')?.textContent).toContain('today');
    expect(root.querySelectorAll('.row')[2]?.querySelector('.row__meta')?.textContent).toContain('example.org');
    expect(root.querySelector('.list__count')?.textContent).toBe('4 of 4');
  });

  it('shows the empty state when nothing is saved', async () => {
    const { root } = await setup({ rows: [] });
    await waitFor(() => expect(root.querySelector('.empty')?.textContent).toContain('Nothing saved yet'));
    expect(root.querySelector('.row')).toBeNull();
  });

  it('filters by edition and theme, with counts from the current rows', async () => {
    const { root } = await setup();
    const [editionSelect, themeSelect] = [...root.querySelectorAll('select')];
    const optionTexts = (s: Element | undefined) => [...(s?.querySelectorAll('option') ?? [])].map((o) => o.textContent);
    expect(optionTexts(editionSelect)).toEqual(['All (4)', 'Madrid (2)', 'Lisbon (1)', 'No edition (1)']);
    expect(optionTexts(themeSelect)).toEqual(['All (4)', 'Politics (2)', 'Sport (2)']);

    await choose(editionSelect, 'madrid');
    expect(titles(root)).toEqual(['Middle Madrid story', 'Older Madrid story']);
    await choose(themeSelect, 'sport');
    expect(titles(root)).toEqual(['Middle Madrid story']);
    expect(root.querySelector('.list__count')?.textContent).toBe('1 of 4');
    await click(byText(root, 'button', 'Clear filters')[0]);
    expect(titles(root)).toHaveLength(4);
    await choose(root.querySelector('select'), '__none__');
    expect(titles(root)).toEqual(['Untagged link']);
  });

  it('toggles read state through setStatus', async () => {
    const { root, api } = await setup();
    await click(byLabel(root.querySelectorAll('.row')[0]!, 'Mark as read'));
    expect(api.setStatus).toHaveBeenCalledWith('b', 'read');
    await waitFor(() => expect(root.querySelectorAll('.row')[0]?.className).not.toContain('row--unread'));
    await click(byLabel(root.querySelectorAll('.row')[0]!, 'Mark as unread'));
    expect(api.setStatus).toHaveBeenLastCalledWith('b', 'unread');
  });

  it('opens the reader and marks the article read when a row is clicked', async () => {
    const { root, api, openReader } = await setup();
    await click(root.querySelectorAll('.row__excerpt')[0] ?? root.querySelectorAll('.row .row__meta')[0]);
    await waitFor(() => expect(openReader).toHaveBeenCalledWith('b'));
    expect(api.setStatus).toHaveBeenCalledWith('b', 'read');
    // An article already read is opened without another write.
    await click(root.querySelectorAll<HTMLElement>('.row__title')[3]);
    await waitFor(() => expect(openReader).toHaveBeenLastCalledWith('a'));
    expect(api.setStatus).toHaveBeenCalledTimes(1);
  });

  it('deletes with an undo toast that restores the article', async () => {
    const { root, api, store } = await setup();
    await click(byLabel(root, 'Delete “Middle Madrid story”'));
    expect(api.deleteArticle).toHaveBeenCalledWith('c');
    await waitFor(() => expect(titles(root)).not.toContain('Middle Madrid story'));
    const toast = root.querySelector('.toast');
    expect(toast?.textContent).toContain('Article deleted');
    await click(byText(root, '.toast button', 'Undo')[0]);
    await waitFor(() => expect(titles(root)).toContain('Middle Madrid story'));
    expect(api.restoreArticle).toHaveBeenCalledTimes(1);
    expect(api.restoreArticle.mock.calls[0]?.[0]).toMatchObject({ id: 'c', html: expect.any(String) });
    expect(store.has('c')).toBe(true);
    expect(root.querySelector('.toast')).toBeNull();
  });

  it('saves a tag correction from a row chip', async () => {
    const { root, api } = await setup();
    const untagged = root.querySelectorAll('.row')[2]!;
    await click(untagged.querySelector('.chip--edition'));
    const madrid = [...untagged.querySelectorAll('.picker__option')].find((o) => o.textContent?.startsWith('Madrid'));
    await click(madrid);
    expect(api.setTags).toHaveBeenCalledWith('d', { edition: expect.objectContaining({ id: 'madrid', source: 'user' }) });
    await waitFor(() => expect(root.querySelectorAll('.row')[2]?.querySelector('.chip--edition')?.textContent).toBe('Madrid'));
  });

  it('shows a restricted-page error from the save and adds nothing', async () => {
    const tabId = await openActiveTab('chrome://settings');
    const saveTab = vi.fn(async (): Promise<SaveOutcome> => ({ ok: false, error: { code: 'restricted-page', message: 'chrome://' } }));
    const { root } = await setup({ saveTab });
    await click(byText(root, '.save__button', 'Save this page')[0]);
    await waitFor(() => expect(root.querySelector('.save__error')?.textContent).toContain("can't save this kind of page"));
    expect(saveTab).toHaveBeenCalledWith(tabId);
    expect(root.querySelectorAll('.row')).toHaveLength(4);
    expect(root.querySelector('.save__status')?.textContent).toBe('');
  });

  it('adds a saved page to the list and says whether it was new', async () => {
    await openActiveTab('https://www.thelocal.es/x');
    const saved = fakeSummary({ id: 'new', title: 'Just saved', savedAt: NOW, status: 'unread' });
    const saveTab = vi.fn(async (): Promise<SaveOutcome> => ({ ok: true, article: saved, created: true }));
    const { root } = await setup({ saveTab });
    await click(byText(root, '.save__button', 'Save this page')[0]);
    await waitFor(() => expect(root.querySelector('.save__status')?.textContent).toBe('Saved'));
    expect(titles(root)[0]).toBe('Just saved');
  });

  it('reports a save that throws with the generic message, not the raw exception', async () => {
    await openActiveTab('https://example.org/');
    const saveTab = vi.fn(async (): Promise<SaveOutcome> => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const { root } = await setup({ saveTab });
    await click(byText(root, '.save__button', 'Save this page')[0]);
    await waitFor(() => expect(root.querySelector('.save__error')?.textContent).toBe('Something went wrong. Try again.'));
  });

  it('says the tab is gone when there is no active tab, without calling the background', async () => {
    await openActiveTab(null);
    const saveTab = vi.fn(async (): Promise<SaveOutcome> => ({ ok: true, article: fakeSummary(), created: true }));
    const { root } = await setup({ saveTab });
    await click(byText(root, '.save__button', 'Save this page')[0]);
    await waitFor(() => expect(root.querySelector('.save__error')?.textContent).toBe('The tab was closed before it could be saved.'));
    expect(saveTab).not.toHaveBeenCalled();
  });

  it('shows a failed write in an alert and leaves the row as it was', async () => {
    const { root, api } = await setup();
    api.setStatus.mockRejectedValueOnce(new KiosqueError('quota-exceeded', 'full'));
    await click(byLabel(root.querySelectorAll('.row')[0]!, 'Mark as read'));
    await waitFor(() => expect(root.querySelector('.banner--error')?.textContent).toContain('Storage is full'));
    expect(root.querySelectorAll('.row')[0]?.className).toContain('row--unread');
  });
});

describe('UndoToast', () => {
  it('expires on its own after the delay, and not before', async () => {
    const onExpire = vi.fn();
    const root = mount(<UndoToast message="Article deleted" actionLabel="Undo" onAction={() => {}} onExpire={onExpire} durationMs={60} />);
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Article deleted');
    expect(onExpire).not.toHaveBeenCalled();
    await waitFor(() => expect(onExpire).toHaveBeenCalledTimes(1));
  });
});
