/**
 * The worker-to-offscreen hand-off for DOM formats, with both ends in one
 * test: the worker side has no DOM, the "document" side runs the real
 * transfer services with jsdom, and every request and reply goes through
 * JSON as a runtime message would. Cache Storage is an in-memory stand-in.
 */
import { readFileSync } from 'node:fs';
import { Blob as NodeBlob } from 'node:buffer';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KiosqueError } from '../../core/errors';
import { IMPORT_LIMITS } from '../../core/formats';
import type { KiosqueDb } from '../../lib/db/schema';
import { createOffscreenDelegate, type TransferDelegate } from '../../lib/transfer/offscreen-delegate';
import { handleOffscreenTransfer, type TransferPageDeps } from '../../lib/transfer/offscreen-page';
import {
  newEntryKey,
  putEntry,
  STALE_AFTER_MS,
  sweepStale,
  TRANSFER_CACHE,
  type CacheStore,
  type TransferReply,
  type TransferRequest,
} from '../../lib/transfer/offscreen-wire';
import { createTransferServices, type TransferServices } from '../../lib/transfer/services';
import { blobBytes, NOW, seed, seedArticle } from './transfer-helpers';
import { freshDb } from './support/kiosque-env';

const imports = path.resolve(__dirname, '../fixtures/imports');
const bookmarks = readFileSync(path.join(imports, 'chrome-bookmarks/bookmarks_27_11_2026.html'), 'utf8');
const SELF = { id: 'kiosque-test-id', origin: 'chrome-extension://kiosque-test-id/' };
const WORKER = { id: SELF.id, url: 'chrome-extension://kiosque-test-id/background.js' };

/**
 * jsdom's Blob cannot feed Node's Response, so the stand-in keeps what a real
 * Response gives back: the bytes and the content-type, as a Blob that reads.
 */
class FakeResponse {
  readonly headers: Headers;
  constructor(
    private readonly body: Blob,
    init: { headers: Record<string, string> },
  ) {
    this.headers = new Headers(init.headers);
  }
  async blob(): Promise<Blob> {
    const bytes = await blobBytes(this.body);
    return new NodeBlob([bytes], { type: this.headers.get('content-type') ?? '' }) as unknown as Blob;
  }
}

class MemoryCaches {
  readonly entries = new Map<string, FakeResponse>();
  opened: string[] = [];
  open = async (name: string) => {
    this.opened.push(name);
    return {
      put: async (key: string, response: FakeResponse) => void this.entries.set(key, response),
      match: async (key: string) => this.entries.get(key),
      delete: async (key: string | { url: string }) => this.entries.delete(typeof key === 'string' ? key : key.url),
      keys: async () => [...this.entries.keys()].map((url) => ({ url })),
    };
  };
  delete = async () => true;
}

interface Pair {
  db: KiosqueDb;
  caches: MemoryCaches;
  /** The worker's services: no DOM, calls go through the hand-off. */
  worker: TransferServices;
  delegate: TransferDelegate;
  sent: TransferRequest[];
  page: TransferPageDeps;
}

type Sender = { id?: string; url?: string } | undefined;

function pair(opts: { sender?: Sender; maxBackupBytes?: number } = {}): Pair {
  const db = freshDb();
  const caches = new MemoryCaches();
  const store = caches as unknown as CacheStore;
  let ids = 0;
  const newId = () => `id-${++ids}`;
  const page: TransferPageDeps = {
    self: () => SELF,
    services: (locale) => createTransferServices({ db: () => db, now: () => NOW, newId, locale: () => locale }),
    caches: store,
    now: () => NOW,
    newId,
  };
  const sent: TransferRequest[] = [];
  const delegate = createOffscreenDelegate({
    // A runtime message is JSON: anything else would not survive the trip.
    send: async (request) => {
      sent.push(request);
      const data: unknown = JSON.parse(JSON.stringify(request));
      return JSON.parse(JSON.stringify(await handleOffscreenTransfer(page, data, 'sender' in opts ? opts.sender : WORKER))) as TransferReply;
    },
    caches: store,
    now: () => NOW,
    newId,
    locale: () => 'fr',
    ...(opts.maxBackupBytes ? { limits: { ...IMPORT_LIMITS, maxBackupBytes: opts.maxBackupBytes } } : {}),
  });
  const worker = createTransferServices({ db: () => db, now: () => NOW, newId, dom: () => null, offscreen: async () => delegate });
  return { db, caches, worker, delegate, sent, page };
}

beforeEach(() => {
  vi.stubGlobal('Response', FakeResponse);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function caught(promise: Promise<unknown>): Promise<KiosqueError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(KiosqueError);
  return error as KiosqueError;
}

describe('DOM formats handed from the worker to the offscreen document', () => {
  it('imports text by message and gives the same report as a page import', async () => {
    const { worker, sent, caches } = pair();
    const reference = pair();
    let n = 0;
    const direct = await createTransferServices({ db: () => reference.db, now: () => NOW, newId: () => `r-${++n}` }).importData(
      bookmarks,
      'netscape-html',
    );

    const outcome = await worker.importData(bookmarks, 'netscape-html');

    expect(outcome).toMatchObject({ format: 'netscape-html', added: direct.added, skipped: direct.skipped, failed: direct.failed });
    expect(outcome.added).toBeGreaterThan(0);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ op: 'import', input: { text: bookmarks }, format: 'netscape-html', locale: 'fr' });
    expect(caches.entries.size).toBe(0);
  });

  it('sends bytes and files through the cache, keeps the file name, and leaves nothing behind', async () => {
    const { worker, sent, caches, db } = pair();
    const bytes = new TextEncoder().encode(bookmarks);

    const outcome = await worker.importData(new File([bytes], 'favoris.html', { type: 'text/html' }));

    expect(outcome).toMatchObject({ format: 'netscape-html', fileName: 'favoris.html' });
    expect(outcome.added).toBeGreaterThan(0);
    const input = sent[0]?.op === 'import' ? sent[0].input : null;
    expect(input).toMatchObject({ fileName: 'favoris.html' });
    expect(input && 'key' in input ? input.key : '').toMatch(/^https:\/\/kiosque\.invalid\/transfer\/\d+-/);
    expect(caches.entries.size).toBe(0);
    expect(caches.opened.every((name) => name === TRANSFER_CACHE)).toBe(true);

    const again = await worker.importData(bytes);
    expect(again).toMatchObject({ format: 'netscape-html', added: 0, fileName: null });
    expect(await db.articles.count()).toBe(outcome.added);
  });

  it('exports EPUB and Markdown as Blobs with their type and signature', async () => {
    const { worker, db, caches } = pair();
    await seed(db, [seedArticle({ id: 'a1', title: 'Le métro de Madrid' })]);

    const epub = await worker.exportData('epub');
    const epubBytes = await blobBytes(epub);
    expect(epub.type).toBe('application/epub+zip');
    expect(String.fromCharCode(...epubBytes.slice(0, 4))).toBe('PK\u0003\u0004');
    expect(String.fromCharCode(...epubBytes.slice(30, 58))).toBe('mimetypeapplication/epub+zip');

    const markdown = await worker.exportData('markdown-zip', { kind: 'ids', ids: ['a1'] });
    expect(markdown.type).toBe('application/zip');
    expect(String.fromCharCode(...(await blobBytes(markdown)).slice(0, 4))).toBe('PK\u0003\u0004');
    expect(caches.entries.size).toBe(0);
  });

  it('keeps text formats in the worker: CSV needs no DOM and never reaches the document', async () => {
    const { db, sent } = pair();
    const offscreen = vi.fn(async () => null);
    const worker = createTransferServices({ db: () => db, now: () => NOW, newId: () => 'n', dom: () => null, offscreen });
    await seed(db, [seedArticle({ id: 'a1' })]);

    const csv = await worker.exportData('csv');
    expect((await blobBytes(csv)).length).toBeGreaterThan(10);
    expect(offscreen).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
  });

  it('without an offscreen document, the DOM formats still refuse with unsupported-format', async () => {
    const db = freshDb();
    const worker = createTransferServices({ db: () => db, now: () => NOW, newId: () => 'n', dom: () => null, offscreen: async () => null });
    expect((await caught(worker.exportData('epub'))).code).toBe('unsupported-format');
    expect((await caught(worker.importData(bookmarks, 'netscape-html'))).code).toBe('unsupported-format');
  });

  it('brings typed errors back as KiosqueErrors and writes nothing', async () => {
    const { worker, db, caches } = pair();

    const future = await caught(worker.importData('{"format":"kiosque","version":99,"articles":[]}'));
    expect(future.code).toBe('unsupported-format');
    const zip = await caught(worker.importData(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])));
    expect(zip.code).toBe('import-failed');
    expect((await caught(worker.exportData('epub', { kind: 'collection', id: 'nope' }))).code).toBe('not-found');
    expect((await caught(worker.importData(bookmarks, 'rss' as never))).code).toBe('unsupported-format');
    expect((await caught(worker.importData(42 as never))).code).toBe('invalid-input');

    expect(await db.articles.count()).toBe(0);
    expect(caches.entries.size).toBe(0);
  });

  it('refuses a file over the size limit before staging it', async () => {
    const { delegate, sent, caches } = pair({ maxBackupBytes: 100 });
    const error = await caught(delegate.importData(new Blob(['x'.repeat(101)])));
    expect(error.code).toBe('import-failed');
    expect(sent).toEqual([]);
    expect(caches.entries.size).toBe(0);
  });
});

describe('the offscreen side checks who asks and what', () => {
  it('answers only the extension itself', async () => {
    const strangers: Sender[] = [
      undefined,
      { id: 'other-extension', url: 'chrome-extension://other-extension/background.js' },
      { id: SELF.id, url: 'https://news.example.org/page' },
      { id: SELF.id, url: 'chrome-extension://kiosque-test-id.evil/x' },
    ];
    for (const sender of strangers) {
      const { delegate, db } = pair({ sender });
      const error = await caught(delegate.importData(bookmarks, 'netscape-html'));
      expect(error.code).toBe('invalid-input');
      expect(error.message).toMatch(/Only Kiosque/);
      expect(await db.articles.count()).toBe(0);
    }
  });

  it.each([
    ['no object', null],
    ['an unknown op', { op: 'delete', locale: 'en' }],
    ['an import with no input', { op: 'import', locale: 'en' }],
    ['an import with neither text nor key', { op: 'import', input: { blob: 1 }, locale: 'en' }],
    ['a key outside the transfer cache', { op: 'import', input: { key: 'https://news.example.org/x' }, locale: 'en' }],
  ])('refuses %s with invalid-input', async (_label, data) => {
    const { page } = pair();
    const reply = await handleOffscreenTransfer(page, data, WORKER);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('answers storage-failed for a key whose entry has gone', async () => {
    const { page } = pair();
    const reply = await handleOffscreenTransfer(page, { op: 'import', input: { key: newEntryKey(NOW, 'gone') }, locale: 'en' }, WORKER);
    expect(reply).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
  });

  it('sweeps entries left by calls that never finished, and only those', async () => {
    const caches = new MemoryCaches();
    const store = caches as unknown as CacheStore;
    const old = newEntryKey(NOW - STALE_AFTER_MS - 1, 'old');
    const fresh = newEntryKey(NOW - 1000, 'fresh');
    await putEntry(store, old, new Blob(['a']));
    await putEntry(store, fresh, new Blob(['b']));

    await sweepStale(store, NOW);

    expect([...caches.entries.keys()]).toEqual([fresh]);
  });
});
