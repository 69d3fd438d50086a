/** Shared set-up for the export / import storage tests: a fresh library, seeding, snapshots. */
import type { Highlight } from '../../core/formats';
import type { Article, StoredCollection } from '../../core/model';
import type { KiosqueDb } from '../../lib/db/schema';
import { createTransferServices, type TransferServices } from '../../lib/transfer/services';
import { fakeArticle } from '../factories';
import { freshDb } from './support/kiosque-env';

export const NOW = Date.UTC(2026, 10, 27, 3, 0, 0);

export interface TransferEnv {
  db: KiosqueDb;
  transfer: TransferServices;
}

export function transferEnv(opts: { dom?: 'page' | 'none' } = {}): TransferEnv {
  const db = freshDb();
  let ids = 0;
  const transfer = createTransferServices({
    db: () => db,
    now: () => NOW,
    newId: () => `new-${++ids}`,
    ...(opts.dom === 'none' ? { dom: () => null } : {}),
  });
  return { db, transfer };
}

export type SeedArticle = Article & { highlights?: Highlight[] };

export async function seed(db: KiosqueDb, articles: SeedArticle[], collections: StoredCollection[] = []): Promise<void> {
  await db.transaction('rw', db.articles, db.bodies, db.collections, async () => {
    for (const { html, text, highlights, ...row } of articles) {
      await db.articles.put(row);
      await db.bodies.put({ id: row.id, html, text, places: [], ...(highlights?.length ? { highlights } : {}) });
    }
    await db.collections.bulkPut(collections);
  });
}

export function seedArticle(overrides: Partial<SeedArticle> = {}): SeedArticle {
  const { highlights, ...rest } = overrides;
  return { ...fakeArticle(rest), ...(highlights ? { highlights } : {}) };
}

export function manualCollection(id: string, name: string): StoredCollection {
  return { id, name, kind: 'manual', query: '', filter: {}, createdAt: NOW - 1000, updatedAt: NOW - 1000 };
}

/** Everything an import may touch, in a comparable order. */
export async function snapshot(db: KiosqueDb) {
  return {
    articles: await db.articles.orderBy('id').toArray(),
    bodies: await db.bodies.orderBy('id').toArray(),
    collections: await db.collections.orderBy('id').toArray(),
    indexLog: await db.indexLog.count(),
  };
}

export async function blobText(blob: Blob): Promise<string> {
  return new TextDecoder().decode(await blobBytes(blob));
}

export async function blobBytes(blob: Blob): Promise<Uint8Array> {
  // jsdom's Blob has no arrayBuffer(); FileReader is the one reader every DOM has.
  if (typeof blob.arrayBuffer === 'function') return new Uint8Array(await blob.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsArrayBuffer(blob);
  });
}
