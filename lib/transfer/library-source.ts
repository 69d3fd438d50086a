/**
 * The library as the exporters read it: rows and bodies fetched a chunk at
 * a time, so a 10,000-article export never has every body in memory at once
 * (the file being written is the only copy that grows).
 */
import type { Collection, Highlight, LibraryArticle } from '../../core/formats';
import type { StoredCollection } from '../../core/model';
import type { BodyRow, KiosqueDb } from '../db/schema';

/** Bodies may carry the article's highlights; older rows have none. */
export type BodyWithHighlights = BodyRow & { highlights?: Highlight[] };

export const EXPORT_CHUNK = 200;

export interface ExportProgress {
  done: number;
  total: number;
}

/**
 * Hands control back to the event loop so a page stays responsive during a
 * long export or import. Through a message rather than a timer: a chain of
 * zero-delay timers is slowed to one a second in a hidden tab, which would
 * stretch an import left running in the background. Not scheduler.yield():
 * its continuations go ahead of rendering, and the page then paints only
 * every ~120 ms.
 */
export function yieldToPage(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      // Closed at once: an open port would keep a worker or Node process alive.
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

export async function* streamArticles(
  db: KiosqueDb,
  ids: readonly string[],
  onProgress?: (progress: ExportProgress) => void,
): AsyncGenerator<LibraryArticle> {
  onProgress?.({ done: 0, total: ids.length });
  for (let start = 0; start < ids.length; start += EXPORT_CHUNK) {
    const chunk = ids.slice(start, start + EXPORT_CHUNK);
    const [rows, bodies] = await db.transaction('r', db.articles, db.bodies, () =>
      Promise.all([db.articles.bulkGet(chunk), db.bodies.bulkGet(chunk) as Promise<(BodyWithHighlights | undefined)[]>]),
    );
    for (let i = 0; i < chunk.length; i++) {
      const row = rows[i];
      // Deleted while the export ran: the file simply does not have it.
      if (!row) continue;
      const body = bodies[i];
      yield { ...row, html: body?.html ?? '', text: body?.text ?? '', highlights: body?.highlights ?? [] };
    }
    onProgress?.({ done: Math.min(start + chunk.length, ids.length), total: ids.length });
    await yieldToPage();
  }
}

/**
 * Manual collections as the formats see them, members named by URL. With
 * `everyCollection`, empty ones come too (a whole-library backup keeps
 * them); otherwise only those with a member in the export.
 */
export async function exportCollections(
  db: KiosqueDb,
  ids: readonly string[],
  everyCollection: boolean,
): Promise<Collection[]> {
  const stored: StoredCollection[] = (await db.collections.toArray()).filter((c) => c.kind === 'manual');
  if (stored.length === 0) return [];
  const wanted = new Set(ids);
  const members = new Map<string, string[]>(stored.map((c) => [c.id, []]));
  // One pass over list rows only; bodies are not read here.
  await db.articles.where('collectionIds').anyOf(stored.map((c) => c.id)).distinct().each((row) => {
    if (!wanted.has(row.id)) return;
    for (const id of row.collectionIds ?? []) members.get(id)?.push(row.url);
  });
  return stored
    .sort((a, b) => a.createdAt - b.createdAt || a.name.localeCompare(b.name))
    .map((c) => ({ id: c.id, name: c.name, articleUrls: members.get(c.id) ?? [], createdAt: c.createdAt, updatedAt: c.updatedAt }))
    .filter((c) => everyCollection || c.articleUrls.length > 0);
}
