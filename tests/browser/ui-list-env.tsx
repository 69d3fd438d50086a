/**
 * The popup mounted over the real services and a fresh fake-indexeddb
 * database, so the list, search and filters run through the same queryList
 * the extension uses.
 */
import { vi } from 'vitest';
import type { Article } from '../../core/model';
import { listEditions } from '../../core/tagging/editions-list';
import type { SaveOutcome } from '../../lib/api-types';
import type { KiosqueDb } from '../../lib/db/schema';
import type { PopupApi } from '../../entrypoints/popup/App';
import { App } from '../../entrypoints/popup/App';
import { subscribeChanges } from '../../entrypoints/popup/live-changes';
import { fakeArticle, fakeEdition } from '../factories';
import { testEnv, type TestEnv } from './support/kiosque-env';
import { mount, waitFor } from './ui-helpers';

export const NOW = Date.UTC(2026, 10, 27, 12);
export const HOUR = 3_600_000;

const lisbon = fakeEdition({ id: 'lisbonne', label: { en: 'Lisbon', fr: 'Lisbonne' }, country: 'PT' });

/** Four articles across two editions, three sites, themes and read states. */
export function sampleArticles(): Article[] {
  return [
    fakeArticle({ id: 'a', title: 'Older Madrid story', url: 'https://lepetitjournal.com/madrid/a-1', pageUrl: 'https://lepetitjournal.com/madrid/a-1', savedAt: NOW - 48 * HOUR, siteName: 'Le Petit Journal', edition: fakeEdition(), themes: [{ id: 'politics', source: 'text', confidence: 0.8 }], excerpt: 'An excerpt about Madrid.', publishedAt: '2026-11-20T08:00:00Z', status: 'read', text: 'Le conseil municipal de Madrid vote le budget.' }),
    fakeArticle({ id: 'b', title: 'Newest Lisbon story', url: 'https://www.thelocal.pt/b-2', pageUrl: 'https://www.thelocal.pt/b-2', savedAt: NOW - HOUR, siteName: 'The Local', edition: lisbon, themes: [{ id: 'sport', source: 'text', confidence: 0.8 }], status: 'unread', publishedAt: null, excerpt: 'Derby night.', keywords: ['football'], section: 'Sport', text: 'Benfica won the derby in Lisbon.' }),
    fakeArticle({ id: 'c', title: 'Middle Madrid story', url: 'https://elpais.com/madrid/c-3', pageUrl: 'https://elpais.com/madrid/c-3', savedAt: NOW - 5 * HOUR, siteName: 'El País', edition: fakeEdition(), themes: [{ id: 'sport', source: 'text', confidence: 0.8 }, { id: 'politics', source: 'text', confidence: 0.6 }], status: 'unread', publishedAt: '2026-11-25T10:00:00Z', text: 'El Real Madrid prepara el partido del sábado.' }),
    fakeArticle({ id: 'd', title: 'Untagged link', url: 'https://www.example.org/x', pageUrl: 'https://www.example.org/x', savedAt: NOW - 10 * HOUR, siteName: null, edition: null, themes: [], status: 'unread', publishedAt: '2026-10-01T10:00:00Z', excerpt: null, keywords: [], section: null, text: 'A page about nothing in particular.' }),
  ];
}

export async function seed(env: TestEnv, articles: readonly Article[]): Promise<void> {
  for (const article of articles) await env.services.restoreArticle(article);
}

export interface PopupOptions {
  api?: PopupApi;
  db?: KiosqueDb;
  saveTab?: (tabId: number) => Promise<SaveOutcome>;
  live?: boolean;
}

/** Mounts one popup; `live` wires the same change signal main.tsx uses. */
export function mountPopup(env: TestEnv, opts: PopupOptions = {}) {
  const openReader = vi.fn(async (_id: string) => {});
  const saveTab = opts.saveTab ?? vi.fn(async (): Promise<SaveOutcome> => ({ ok: false, error: { code: 'tab-not-found', message: 'not in this test' } }));
  const db = opts.db ?? env.db;
  const root = mount(
    <App
      api={opts.api ?? env.services}
      saveTab={saveTab}
      openReader={openReader}
      readerHref={(id) => `chrome-extension://test/reader.html?id=${id}`}
      editions={listEditions()}
      lang="en"
      locale="en-GB"
      now={() => NOW}
      subscribe={opts.live === false ? undefined : (onChange) => subscribeChanges(db, onChange, 5)}
    />,
  );
  return { root, openReader, saveTab };
}

export async function setupPopup(articles: readonly Article[] = sampleArticles(), opts: PopupOptions = {}) {
  const env = testEnv();
  await seed(env, articles);
  const popup = mountPopup(env, opts);
  await waitFor(() => {
    if (articles.length > 0 && rowsOf(popup.root).length === 0) throw new Error('no rows yet');
  });
  return { env, ...popup };
}

export function rowsOf(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('.row:not(.row--placeholder)')];
}

export function titles(root: ParentNode): (string | undefined)[] {
  return rowsOf(root).map((row) => row.querySelector('.row__title')?.textContent?.replace('Unread', '').trim());
}
