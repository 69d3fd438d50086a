/**
 * What an import does to a library that already has articles. The rule is
 * that the reader's own state wins: status, favourite, progress, notes and
 * tags already in the library are never overwritten by a file. An import
 * may only add to an existing article: labels it lacks, highlights it lacks,
 * and the body when the library only had the link.
 */
import { KiosqueError } from '../errors';
import type { Article } from '../model';
import { dedupeKey } from '../url';
import { uniqueLabels } from './imported-item';
import type { Collection, Highlight, ImportFailure, ImportedItem } from './types';

export type ExistingArticle = Pick<Article, 'id' | 'url' | 'kind' | 'labels'> & { highlights?: Highlight[] };

export type ArticlePatch = Partial<Pick<Article, 'labels' | 'kind' | 'html' | 'text' | 'wordCount' | 'readingMinutes'>> & {
  highlights?: Highlight[];
};

export interface MergePlan {
  add: ImportedItem[];
  update: { id: string; patch: ArticlePatch }[];
  report: { added: number; merged: number; skipped: number; failed: ImportFailure[] };
}

/**
 * `keyFor` is dedupeKey, or a memoised copy of it (memoDedupeKey) when the
 * caller has already worked out the keys of these addresses.
 */
export function mergeImported(
  existing: readonly ExistingArticle[],
  incoming: readonly ImportedItem[],
  keyFor: (url: string) => string = dedupeKey,
): MergePlan {
  const storedKey = (url: string): string => {
    try {
      return keyFor(url);
    } catch {
      // Rows stored before the key rules existed keep their stored key.
      return url;
    }
  };
  const byKey = new Map<string, ExistingArticle>();
  for (const article of existing) byKey.set(storedKey(article.url), article);
  const added = new Map<string, ImportedItem>();
  const patches = new Map<string, ArticlePatch>();
  const plan: MergePlan = { add: [], update: [], report: { added: 0, merged: 0, skipped: 0, failed: [] } };

  incoming.forEach((item, index) => {
    let key: string;
    try {
      key = keyFor(item.url);
    } catch (error) {
      if (!(error instanceof KiosqueError)) throw error;
      plan.report.failed.push({ where: `entry ${index}`, reason: error.message });
      return;
    }
    const current = byKey.get(key);
    if (!current) {
      const twin = added.get(key);
      if (twin) {
        // Two incoming rows for one page: the first wins, the second only adds labels.
        twin.labels = uniqueLabels([...twin.labels, ...item.labels]);
        plan.report.merged++;
        return;
      }
      const fresh = { ...item, url: key };
      added.set(key, fresh);
      plan.add.push(fresh);
      plan.report.added++;
      return;
    }
    const patch = patches.get(current.id) ?? {};
    const labels = uniqueLabels([...(patch.labels ?? current.labels), ...item.labels]);
    if (labels.length > (patch.labels ?? current.labels).length) patch.labels = labels;
    if (current.kind === 'link' && patch.kind === undefined && item.kind === 'article' && item.html !== '') {
      Object.assign(patch, {
        kind: 'article' as const,
        html: item.html,
        text: item.text,
        wordCount: item.wordCount,
        readingMinutes: item.readingMinutes,
      });
    }
    const have = patch.highlights ?? current.highlights ?? [];
    const quotes = new Set(have.map((h) => h.quote));
    const extra = item.highlights.filter((h) => !quotes.has(h.quote));
    if (extra.length > 0) patch.highlights = [...have, ...extra];
    if (Object.keys(patch).length === 0) {
      plan.report.skipped++;
      return;
    }
    if (!patches.has(current.id)) {
      patches.set(current.id, patch);
      plan.update.push({ id: current.id, patch });
    }
    plan.report.merged++;
  });
  return plan;
}

/** Collections merge by name (case-insensitive); the library's own collection keeps its id and order. */
export function mergeCollections(existing: readonly Collection[], incoming: readonly Collection[]): Collection[] {
  const out = existing.map((c) => ({ ...c, articleUrls: [...c.articleUrls] }));
  const byName = new Map(out.map((c) => [c.name.toLowerCase(), c]));
  for (const collection of incoming) {
    const target = byName.get(collection.name.toLowerCase());
    if (!target) {
      const copy = { ...collection, articleUrls: [...collection.articleUrls] };
      out.push(copy);
      byName.set(copy.name.toLowerCase(), copy);
      continue;
    }
    for (const url of collection.articleUrls) if (!target.articleUrls.includes(url)) target.articleUrls.push(url);
  }
  return out;
}
