/**
 * The tagger, loaded on first use. core/tagging carries the gazetteer (about
 * 230 kB of city names); the popup and the reader page list and show articles
 * far more often than they save or retag one, so they should not parse it on
 * every open. The background loads it on its first save and keeps it.
 *
 * Dexie transactions cannot await a module load (the transaction would commit
 * while the import is pending), so callers load first and then pass the
 * synchronous functions into the transaction.
 */
import { KiosqueError } from '../core/errors';
import type { learnFromCorrection, tagArticle } from '../core/tagging';

export interface TaggingModule {
  tagArticle: typeof tagArticle;
  learnFromCorrection: typeof learnFromCorrection;
}
export type TaggingLoader = () => Promise<TaggingModule>;

/** How the module is fetched; a parameter so a failed chunk load can be tested. */
export function createTaggingLoader(load: TaggingLoader): TaggingLoader {
  let pending: Promise<TaggingModule> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      // Forget the failure so the next call tries again: a chunk that failed
      // once (extension updated under an open page) may load after a reload.
      pending = undefined;
      const detail = error instanceof Error ? error.message : String(error);
      throw new KiosqueError('storage-failed', `The tagger could not be loaded: ${detail}`);
    });
    return pending;
  };
}

/**
 * Imports the modules behind the barrel, not core/tagging itself: the popup
 * imports the barrel statically for small helpers, and a dynamic import of a
 * statically imported module is folded into the same chunk.
 */
async function importTagging(): Promise<TaggingModule> {
  const [{ tagWith }, { learnFromCorrection }] = await Promise.all([
    import('../core/tagging/tag-article'),
    import('../core/tagging/theme-model'),
  ]);
  return { tagArticle: (input, opts) => tagWith(input, opts?.model, opts?.existing), learnFromCorrection };
}

export const loadTagging: TaggingLoader = createTaggingLoader(importTagging);
