/**
 * Reads and writes of articles. Every write that touches a row and its body
 * runs in one transaction, so a failure part-way leaves nothing half-written,
 * and every storage failure leaves as a typed KiosqueError.
 */
import { KiosqueError } from '../../core/errors';
import type { Article, ArticleSummary, ExtractedArticle, Tags } from '../../core/model';
import { emptyThemeModel, type ThemeModel } from '../../core/tagging/theme-model';
import { dedupeKey } from '../../core/url';
import { buildSummary, joinArticle, tagsOf } from './rows';
import { THEME_MODEL_KEY, type BodyRow, type KiosqueDb } from './schema';
import { noteIndexChange } from './index-log';
import { withStorageErrors } from './storage-errors';

export interface SaveResult {
  article: ArticleSummary;
  created: boolean;
}

/**
 * The key an extracted page is stored under. Some sites point every
 * article's canonical link at their home page; trusting that would fold all
 * their articles into one row, so a bare-root canonical falls back to the
 * page's own address.
 */
export function storageKey(article: Pick<ExtractedArticle, 'url' | 'canonicalUrl'>): string {
  // Local files (saved only when the reader allowed file access) have no canonical form beyond their path.
  if (article.url.startsWith('file:')) return article.url.split('#', 1)[0] ?? article.url;
  const page = dedupeKey(article.url);
  let canonical: string;
  try {
    canonical = dedupeKey(article.canonicalUrl);
  } catch {
    return page;
  }
  const canonicalPath = new URL(canonical).pathname;
  const pagePath = new URL(page).pathname;
  return canonicalPath === '/' && pagePath !== '/' ? page : canonical;
}

function notFound(id: string): KiosqueError {
  return new KiosqueError('not-found', `No saved article has the id ${id}.`, { id });
}

/**
 * Stores a clipped page: a new row, or a refresh of the row already saved
 * under the same key (new content, metadata and automatic tags; the reader's
 * state and user tags kept). `tag` receives the existing tags, if any, and
 * the stored theme model, and runs inside the transaction.
 */
export function saveExtracted(
  db: KiosqueDb,
  article: ExtractedArticle,
  opts: { now: number; newId: () => string; tag: (existing: Tags | undefined, model: ThemeModel) => Tags },
): Promise<SaveResult> {
  const key = storageKey(article);
  return withStorageErrors(() =>
    db.transaction('rw', [db.articles, db.bodies, db.model, db.indexLog], async () => {
      const previous = await db.articles.where('url').equals(key).first();
      const model = (await db.model.get(THEME_MODEL_KEY))?.model ?? emptyThemeModel();
      const tags = opts.tag(previous ? tagsOf(previous) : undefined, model);
      const id = previous?.id ?? opts.newId();
      const row = buildSummary({ id, key, article, tags, previous, now: opts.now });
      await db.articles.put(row);
      await db.bodies.put({ id, html: article.html, text: article.text, places: article.places });
      await noteIndexChange(db, [id]);
      return { article: row, created: previous === undefined };
    }),
  );
}

/** Newest save first. */
export function listSummaries(db: KiosqueDb): Promise<ArticleSummary[]> {
  return withStorageErrors(() => db.articles.orderBy('savedAt').reverse().toArray());
}

export function getSummary(db: KiosqueDb, id: string): Promise<ArticleSummary> {
  return withStorageErrors(async () => {
    const row = await db.articles.get(id);
    if (!row) throw notFound(id);
    return row;
  });
}

export function getBody(db: KiosqueDb, id: string): Promise<BodyRow | undefined> {
  return withStorageErrors(() => db.bodies.get(id));
}

export function getFullArticle(db: KiosqueDb, id: string): Promise<Article> {
  return withStorageErrors(() =>
    db.transaction('r', db.articles, db.bodies, async () => {
      const row = await db.articles.get(id);
      if (!row) throw notFound(id);
      return joinArticle(row, await db.bodies.get(id));
    }),
  );
}

/** Removes a row and its body; returns the whole article so the UI can offer undo. */
export function removeArticle(db: KiosqueDb, id: string): Promise<Article> {
  return withStorageErrors(() =>
    db.transaction('rw', [db.articles, db.bodies, db.indexLog], async () => {
      const row = await db.articles.get(id);
      if (!row) throw notFound(id);
      const body = await db.bodies.get(id);
      const article: Article = { ...joinArticle(row, body), places: body?.places ?? [] };
      await db.articles.delete(id);
      await db.bodies.delete(id);
      await noteIndexChange(db, [id]);
      return article;
    }),
  );
}

/**
 * Puts a deleted article back (undo). If the same page was saved again in
 * the meantime, the restored article replaces that newer copy: undo means
 * "as it was before I deleted it".
 */
export function putBackArticle(db: KiosqueDb, article: Article): Promise<void> {
  const { html, text, places, ...row } = article;
  return withStorageErrors(() =>
    db.transaction('rw', [db.articles, db.bodies, db.indexLog], async () => {
      const clash = await db.articles.where('url').equals(row.url).first();
      if (clash && clash.id !== row.id) {
        await db.articles.delete(clash.id);
        await db.bodies.delete(clash.id);
        await noteIndexChange(db, [clash.id]);
      }
      await db.articles.put(row);
      const oldBody = await db.bodies.get(row.id);
      await db.bodies.put({ id: row.id, html, text, places: places ?? oldBody?.places ?? [] });
      await noteIndexChange(db, [row.id]);
    }),
  );
}

/** Applies `change` to one row inside a transaction and returns the updated row. */
export function updateSummary(
  db: KiosqueDb,
  id: string,
  change: (row: ArticleSummary) => Partial<ArticleSummary>,
  now: number,
): Promise<ArticleSummary> {
  return withStorageErrors(() =>
    db.transaction('rw', db.articles, db.indexLog, async () => {
      const row = await db.articles.get(id);
      if (!row) throw notFound(id);
      const next: ArticleSummary = { ...row, ...change(row), id: row.id, updatedAt: now };
      await db.articles.put(next);
      await noteIndexChange(db, [id]);
      return next;
    }),
  );
}

export function loadThemeModel(db: KiosqueDb): Promise<ThemeModel> {
  return withStorageErrors(async () => (await db.model.get(THEME_MODEL_KEY))?.model ?? emptyThemeModel());
}
