/**
 * Chrome's service worker has no DOM, yet globalThis.kiosque.exportData and
 * importData must handle the formats that read or write HTML: the worker
 * hands those calls to the offscreen document and gets the report or the
 * file back. Text goes by message, files and Blobs through Cache Storage.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attemptKiosque, callKiosque, launchKiosque, repoRoot, type KiosqueSession } from './support/index.ts';

const imports = path.join(repoRoot, 'tests/fixtures/imports');
const kiosqueJson = readFileSync(path.join(imports, 'kiosque-json/kiosque-2024-04-05.json'), 'utf8');
const bookmarks = readFileSync(path.join(imports, 'chrome-bookmarks/bookmarks_27_11_2026.html'), 'utf8');
/** What the same files give in a page (tests/browser/transfer-import.test.ts checks them there). */
const expectedReport = (slug: string): unknown =>
  (JSON.parse(readFileSync(path.join(imports, slug, 'expected.json'), 'utf8')) as { result: { report: unknown } }).result.report;

interface BlobFacts {
  size: number;
  type: string;
  /** The first bytes, as latin-1 text, where zip and EPUB put their signatures. */
  head: string;
}

/** Runs exportData in the worker and describes the Blob (a Blob cannot cross to Node). */
async function exportFacts(worker: Worker, format: string, selection?: unknown): Promise<BlobFacts> {
  return worker.evaluate(
    async ([f, s]) => {
      const api = (globalThis as unknown as { kiosque: { exportData(f: string, s?: unknown): Promise<Blob> } }).kiosque;
      const blob = await api.exportData(f, s ?? undefined);
      const bytes = new Uint8Array(await blob.slice(0, 64).arrayBuffer());
      return { size: blob.size, type: blob.type, head: String.fromCharCode(...bytes) };
    },
    [format, selection ?? null] as [string, unknown],
  );
}

async function leftInCache(worker: Worker): Promise<number> {
  return worker.evaluate(async () => (await (await caches.open('kiosque-transfer')).keys()).length);
}

let session: KiosqueSession;

beforeAll(async () => {
  session = await launchKiosque({ build: 'e2e' });
});

afterAll(async () => {
  await session?.close();
});

describe('DOM formats from the service worker', () => {
  it('imports Kiosque JSON text and a bookmarks file, then exports Markdown and EPUB', async () => {
    expect(await session.worker.evaluate(() => typeof DOMParser)).toBe('undefined');

    const restored = await callKiosque(session.worker, 'importData', kiosqueJson);
    expect(restored).toMatchObject({ format: 'kiosque-json', ...(expectedReport('kiosque-json') as object) });

    // The bookmarks arrive as a File: they travel through Cache Storage, name and all.
    const filed = await session.worker.evaluate(async (html) => {
      const api = (globalThis as unknown as { kiosque: { importData(f: Blob): Promise<unknown> } }).kiosque;
      return api.importData(new File([html], 'bookmarks_27_11_2026.html', { type: 'text/html' }));
    }, bookmarks);
    expect(filed).toMatchObject({
      format: 'netscape-html',
      fileName: 'bookmarks_27_11_2026.html',
      ...(expectedReport('chrome-bookmarks') as object),
    });
    const { added } = filed as { added: number };
    expect(await callKiosque(session.worker, 'listArticles')).toHaveLength(2 + added);
    expect((await callKiosque(session.worker, 'listCollections')).map((c) => c.name)).toEqual(
      expect.arrayContaining(['Trámites']),
    );

    // Written by another context, the articles still reach the worker's search (through the index change log).
    await expect
      .poll(async () => (await callKiosque(session.worker, 'queryList', { query: 'prolonge ligne 11' })).items.map((a) => a.url), {
        timeout: 10_000,
      })
      .toContain('https://lepetitjournal.com/madrid/actualites/metro-ligne-11-prolongement-380012');

    const markdown = await exportFacts(session.worker, 'markdown-zip');
    expect(markdown.head.startsWith('PK\u0003\u0004')).toBe(true);
    expect(markdown.type).toBe('application/zip');
    expect(markdown.size).toBeGreaterThan(200);

    const epub = await exportFacts(session.worker, 'epub');
    expect(epub.head.startsWith('PK\u0003\u0004')).toBe(true);
    // EPUB's first entry is the stored "mimetype" file, so the media type sits at byte 30.
    expect(epub.head.slice(30, 58)).toBe('mimetypeapplication/epub+zip');
    expect(epub.type).toBe('application/epub+zip');

    expect(await leftInCache(session.worker)).toBe(0);
  });

  it('keeps the typed errors of a bad file, a bad format and a bad selection', async () => {
    const before = await callKiosque(session.worker, 'listArticles');

    const future = await attemptKiosque(session.worker, 'importData', '{"format":"kiosque","version":99,"articles":[]}');
    expect(future.ok ? null : future.error.code).toBe('unsupported-format');

    const brokenZip = await session.worker.evaluate(async () => {
      const api = (globalThis as unknown as { kiosque: { importData(f: Blob): Promise<unknown> } }).kiosque;
      try {
        await api.importData(new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])]));
        return null;
      } catch (error) {
        return { name: (error as Error).name, code: (error as { code?: unknown }).code };
      }
    });
    expect(brokenZip).toEqual({ name: 'KiosqueError', code: 'import-failed' });

    const unknown = await attemptKiosque(session.worker, 'importData', bookmarks, 'rss' as never);
    expect(unknown.ok ? null : unknown.error.code).toBe('unsupported-format');

    const noSuchCollection = await attemptKiosque(session.worker, 'exportData', 'epub', { kind: 'collection', id: 'nope' });
    expect(noSuchCollection.ok ? null : noSuchCollection.error.code).toBe('not-found');

    expect(await callKiosque(session.worker, 'listArticles')).toEqual(before);
    expect(await leftInCache(session.worker)).toBe(0);
  });
});
