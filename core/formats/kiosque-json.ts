/**
 * Kiosque JSON: the lossless backup format (schema in docs/kiosque-json.md).
 * Export streams one article at a time; import checks every field.
 */
import { KiosqueError } from '../errors';
import type { Article } from '../model';
import type { DomEnv } from './dom-env';
import { sanitizeHtml } from './dom-env';
import { readArticle, readCollection, SchemaError } from './kiosque-json-schema';
import { readSavedSearch, savedSearchJson, type SavedSearch } from './kiosque-json-searches';
import type { ArticleSource, Collection, ImportResult, ImportSteps, ImportedItem, LibraryArticle } from './types';
import { scanLazyObject } from './json-lazy';
import { runImportSteps } from './steps';

export const KIOSQUE_JSON_VERSION = 1;

/** Every stored field, in schema order; anything else on the row (storage internals) stays home. */
const ARTICLE_KEYS = [
  'id', 'url', 'pageUrl', 'kind', 'title', 'siteName', 'byline', 'authors', 'excerpt', 'leadImage', 'lang', 'dir',
  'section', 'keywords', 'publishedAt', 'modifiedAt', 'savedAt', 'updatedAt', 'status', 'favourite', 'edition',
  'themes', 'editionId', 'themeIds', 'labels', 'notes', 'progress', 'wordCount', 'readingMinutes', 'html', 'text',
] as const satisfies readonly (keyof Article)[];

function articleJson(article: LibraryArticle): string {
  const out: Record<string, unknown> = {};
  for (const key of ARTICLE_KEYS) out[key] = article[key];
  out.highlights = article.highlights ?? [];
  return JSON.stringify(out);
}

/** Yields the file in pieces: one per article, so memory holds one article at a time. */
export async function* exportKiosqueJson(
  articles: ArticleSource,
  collections: Collection[],
  now: () => number,
  savedSearches: readonly SavedSearch[] = [],
): AsyncGenerator<string> {
  yield `{"format":"kiosque","version":${KIOSQUE_JSON_VERSION},"exportedAt":${JSON.stringify(new Date(now()).toISOString())},"articles":[`;
  let first = true;
  for await (const article of articles) {
    yield (first ? '\n' : ',\n') + articleJson(article);
    first = false;
  }
  const collectionsJson = collections.map((c) => ({
    id: c.id,
    name: c.name,
    articleUrls: c.articleUrls,
    // Times only when storage knows them, so a restore keeps the reader's "oldest first" order.
    ...(c.createdAt === undefined ? {} : { createdAt: c.createdAt }),
    ...(c.updatedAt === undefined ? {} : { updatedAt: c.updatedAt }),
  }));
  yield `\n],"collections":${JSON.stringify(collectionsJson)},"savedSearches":${JSON.stringify(savedSearches.map(savedSearchJson))}}\n`;
}

export function looksLikeKiosqueJson(text: string): boolean {
  return /^\s*\{\s*"format"\s*:\s*"kiosque"/.test(text.slice(0, 200));
}

function notJson(error: unknown): KiosqueError {
  return new KiosqueError('import-failed', `Not valid JSON (truncated?): ${(error as Error).message}`);
}

interface BackupText {
  /** The parsed top level, its articles aside when they are read one at a time. */
  root: Record<string, unknown> | null;
  /** How many entries the articles list has; null when there is no list. */
  articleCount: number | null;
  article(index: number): unknown;
}

/**
 * The backup's top level, with its articles parsed one at a time as the
 * import reaches them (json-lazy.ts). A text the scan does not take is
 * parsed whole, as are its articles.
 */
function readBackupText(text: string): BackupText {
  const lazy = scanLazyObject(text, 'articles');
  if (lazy !== null) {
    const elements = lazy.elements;
    return {
      // fromEntries defines each key, "__proto__" included, as JSON.parse does.
      root: Object.fromEntries(lazy.fields),
      articleCount: elements === null ? null : elements.length,
      article(index) {
        try {
          return JSON.parse(elements![index]!) as unknown;
        } catch {
          // The same error as a whole-text parse, which is bound to fail too.
          try {
            JSON.parse(text);
          } catch (error) {
            throw notJson(error);
          }
          throw new KiosqueError('import-failed', `Not valid JSON: entry articles[${index}]`);
        }
      },
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw notJson(error);
  }
  const root = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  const articles = root?.articles;
  return {
    root,
    articleCount: Array.isArray(articles) ? articles.length : null,
    article: (index) => (articles as unknown[])[index],
  };
}

export function importKiosqueJson(text: string, dom: DomEnv): ImportResult {
  return runImportSteps(kiosqueJsonSteps(text, dom));
}

/** importKiosqueJson one article at a time: sanitising each article's HTML is where a large backup spends its time. */
export function* kiosqueJsonSteps(text: string, dom: DomEnv): ImportSteps {
  const backup = readBackupText(text);
  const root = backup.root;
  if (typeof root !== 'object' || root === null || root.format !== 'kiosque') {
    throw new KiosqueError('unsupported-format', 'This JSON file is not a Kiosque export');
  }
  if (typeof root.version !== 'number' || root.version > KIOSQUE_JSON_VERSION || root.version < 1) {
    throw new KiosqueError('unsupported-format', `Kiosque JSON version ${String(root.version)} is not supported`);
  }
  if (backup.articleCount === null || !Array.isArray(root.collections)) {
    throw new KiosqueError('import-failed', 'Kiosque JSON without articles or collections list');
  }
  const articles: ImportedItem[] = [];
  const failed: ImportResult['report']['failed'] = [];
  const seen = new Set<string>();
  let merged = 0;
  const total = backup.articleCount;
  for (let index = 0; index < total; index++) {
    try {
      const article = readArticle(backup.article(index));
      if (seen.has(article.url)) {
        merged++;
      } else {
        seen.add(article.url);
        // The file may not come from Kiosque at all: its HTML is as untrusted as any.
        articles.push({ ...article, html: article.html === '' ? '' : sanitizeHtml(article.html, dom, article.url) });
      }
    } catch (error) {
      if (!(error instanceof SchemaError)) throw error;
      failed.push({ where: `entry articles[${index}]`, reason: error.message });
    }
    yield { done: index + 1, total };
  }
  const collections: Collection[] = [];
  root.collections.forEach((raw, index) => {
    try {
      collections.push(readCollection(raw));
    } catch (error) {
      if (!(error instanceof SchemaError)) throw error;
      failed.push({ where: `entry collections[${index}]`, reason: error.message });
    }
  });
  // Optional: files written before saved searches were carried have no such list.
  if (root.savedSearches !== undefined && !Array.isArray(root.savedSearches)) {
    throw new KiosqueError('import-failed', 'Kiosque JSON savedSearches must be a list');
  }
  const savedSearches: SavedSearch[] = [];
  const searchIds = new Set<string>();
  (root.savedSearches ?? []).forEach((raw: unknown, index: number) => {
    try {
      const search = readSavedSearch(raw);
      if (searchIds.has(search.id)) throw new SchemaError(`id ${search.id} appears twice`);
      searchIds.add(search.id);
      savedSearches.push(search);
    } catch (error) {
      if (!(error instanceof SchemaError)) throw error;
      failed.push({ where: `entry savedSearches[${index}]`, reason: error.message });
    }
  });
  return { articles, collections, savedSearches, report: { added: articles.length, merged, skipped: 0, failed } };
}
