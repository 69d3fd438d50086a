/**
 * A full disk, as IndexedDB reports it: the write request fails with
 * QuotaExceededError and the transaction aborts with it. The fault is
 * injected beneath Dexie, in fake-indexeddb's request queue, so Dexie's own
 * error wrapping and rollback are what is under test. Every write path must
 * reject with 'quota-exceeded' and leave every table exactly as it was.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isKiosqueError } from '../../core/errors';
import { listEditions } from '../../core/tagging/editions-list';
import { App } from '../../entrypoints/popup/App';
import type { KiosqueDb } from '../../lib/db/schema';
import { fakeArticle } from '../factories';
import { byLabel, click, mount, useLocale, waitFor } from './ui-helpers';
import { openTab, stubExecuteScript, testEnv, type TestEnv } from './support/kiosque-env';

type Exec = (this: IDBTransaction, req: { operation: () => unknown; source?: unknown }) => IDBRequest;
const transactionProto = IDBTransaction.prototype as unknown as { _execRequestAsync: Exec };
const storeProto = IDBObjectStore.prototype;
const originals = { put: storeProto.put, add: storeProto.add };

/** Makes put and add on the named stores (all when omitted) fail the way a full disk does. */
function fillDisk(stores?: string[]): void {
  const full = (name: string) => stores === undefined || stores.includes(name);
  for (const method of ['put', 'add'] as const) {
    const original = originals[method];
    storeProto[method] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (!full(this.name)) return original.apply(this, args);
      return transactionProto._execRequestAsync.call(this.transaction, {
        operation: () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        },
        source: this,
      });
    } as IDBObjectStore['put'];
  }
}

function freeDisk(): void {
  storeProto.put = originals.put;
  storeProto.add = originals.add;
}

/** Every table's rows, to compare before and after a failed write. */
async function snapshot(db: KiosqueDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

const PAGES = ['https://www.thelocal.es/20261126/metro-line-11', 'https://elpais.com/espana/madrid/2026-11-26/alquiler.html'];
let env: TestEnv;
let savedId: string;

beforeEach(async () => {
  useLocale('en');
  env = testEnv();
  stubExecuteScript();
  savedId = (await env.services.saveTab(await openTab(PAGES[0]!))).id;
  await env.services.setTags(savedId, { themes: [{ id: 'travel-transport', source: 'user', confidence: 1 }] });
});

afterEach(freeDisk);

describe('quota exceeded', () => {
  const writes: Array<[string, () => Promise<unknown>]> = [
    ['saving a new page', async () => env.services.saveTab(await openTab(PAGES[1]!))],
    ['saving the same page again', async () => env.services.saveTab(await openTab(PAGES[0]!))],
    ['changing the status', () => env.services.setStatus(savedId, 'read')],
    ['starring', () => env.services.setFavourite(savedId, true)],
    ['recording progress', () => env.services.setProgress(savedId, 0.5)],
    ['correcting the themes', () => env.services.setTags(savedId, { themes: [{ id: 'politics', source: 'user', confidence: 1 }] })],
    ['re-tagging', () => env.services.retag(savedId)],
    ['restoring a deleted article', () => env.services.restoreArticle(fakeArticle({ id: 'restored', url: 'https://www.thelocal.es/x' }))],
  ];

  it.each(writes)('%s rejects with quota-exceeded and changes no table', async (_label, write) => {
    const before = await snapshot(env.db);
    fillDisk();
    const error = await rejection(write());
    expect(isKiosqueError(error) && error.code).toBe('quota-exceeded');
    freeDisk();
    expect(await snapshot(env.db)).toEqual(before);
  });

  it('a save whose body write fails after the row write leaves no row without a body', async () => {
    const before = await snapshot(env.db);
    fillDisk(['bodies']);
    const error = await rejection(env.services.saveTab(await openTab(PAGES[1]!)));
    expect(isKiosqueError(error) && error.code).toBe('quota-exceeded');
    freeDisk();
    expect(await snapshot(env.db)).toEqual(before);
    const rows = await env.db.articles.toArray();
    for (const row of rows) expect(await env.db.bodies.get(row.id)).toBeDefined();
  });

  it('reading still works on a full disk, and writing resumes once space is freed', async () => {
    fillDisk();
    expect((await env.services.listArticles()).map((a) => a.id)).toEqual([savedId]);
    expect((await env.services.getArticle(savedId)).text.length).toBeGreaterThan(0);
    freeDisk();
    const second = await env.services.saveTab(await openTab(PAGES[1]!));
    expect((await env.services.listArticles()).map((a) => a.id).sort()).toEqual([savedId, second.id].sort());
  });

  it('the popup says storage is full and keeps the row as it was, in English and French', async () => {
    for (const lang of ['en', 'fr'] as const) {
      const messages = useLocale(lang);
      const root = mount(
        <App
          api={env.services}
          saveTab={async () => ({ ok: false, error: { code: 'quota-exceeded', message: 'full' } })}
          openReader={async () => {}}
          readerHref={(id) => `reader.html?id=${id}`}
          editions={listEditions()}
          lang={lang}
          locale={lang}
        />,
      );
      await waitFor(() => expect(root.querySelectorAll('.row')).toHaveLength(1));
      fillDisk();
      await click(byLabel(root.querySelector('.row')!, messages.markRead?.message ?? 'markRead'));
      await waitFor(() => expect(root.querySelector('.banner--error')?.textContent).toBe(messages.error_quota_exceeded?.message));
      freeDisk();
      expect((await env.db.articles.get(savedId))?.status).toBe('unread');
      expect(root.querySelector('.row')?.className).toContain('row--unread');
    }
  });
});
