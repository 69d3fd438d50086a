/**
 * The reader's tag corrections and re-tagging. A correction updates the row,
 * logs what was chosen and teaches the theme model, all in one transaction:
 * a model that learned from a correction the row does not show (or the
 * reverse) would drift from what the reader sees.
 */
import { KiosqueError } from '../../core/errors';
import type { ArticleSummary, EditionTag, Tags, ThemeTag } from '../../core/model';
import type { TaggingInput, ThemeModel } from '../../core/tagging';
import { emptyThemeModel } from '../../core/tagging/theme-model';
import { tagFields, tagsOf, taggingInputOf } from './rows';
import { THEME_MODEL_KEY, type KiosqueDb } from './schema';
import { noteIndexChange } from './index-log';
import { withStorageErrors } from './storage-errors';

/** A correction already checked: user-sourced tags, or undefined for "unchanged". */
export interface Correction {
  edition?: EditionTag | null;
  themes?: ThemeTag[];
}

export type Learn = (model: ThemeModel, input: TaggingInput, themeIds: ThemeTag['id'][]) => ThemeModel;
export type Tagger = (input: TaggingInput, existing: Tags, model: ThemeModel) => Tags;

function notFound(id: string): KiosqueError {
  return new KiosqueError('not-found', `No saved article has the id ${id}.`, { id });
}

export function applyCorrection(
  db: KiosqueDb,
  id: string,
  correction: Correction,
  opts: { now: number; learn: Learn },
): Promise<ArticleSummary> {
  return withStorageErrors(() =>
    db.transaction('rw', [db.articles, db.bodies, db.model, db.corrections, db.indexLog], async () => {
      const row = await db.articles.get(id);
      if (!row) throw notFound(id);
      const current = tagsOf(row);
      const tags: Tags = {
        edition: correction.edition === undefined ? current.edition : correction.edition,
        themes: correction.themes ?? current.themes,
      };
      if (correction.themes) {
        const input = taggingInputOf(row, await db.bodies.get(id));
        const model = (await db.model.get(THEME_MODEL_KEY))?.model ?? emptyThemeModel();
        const learned = opts.learn(model, input, correction.themes.map((theme) => theme.id));
        await db.model.put({ id: THEME_MODEL_KEY, model: learned, updatedAt: opts.now });
      }
      await db.corrections.add({
        articleId: id,
        at: opts.now,
        themeIds: correction.themes ? correction.themes.map((theme) => theme.id) : null,
        editionId: correction.edition === undefined ? null : (correction.edition?.id ?? ''),
      });
      const next: ArticleSummary = { ...row, ...tagFields(tags), updatedAt: opts.now };
      await db.articles.put(next);
      await noteIndexChange(db, [id]);
      return next;
    }),
  );
}

/** Re-runs the tagger on the stored text and metadata; the tagger keeps user tags. */
export function retagStored(db: KiosqueDb, id: string, opts: { now: number; tag: Tagger }): Promise<ArticleSummary> {
  return withStorageErrors(() =>
    db.transaction('rw', [db.articles, db.bodies, db.model, db.indexLog], async () => {
      const row = await db.articles.get(id);
      if (!row) throw notFound(id);
      const input = taggingInputOf(row, await db.bodies.get(id));
      const model = (await db.model.get(THEME_MODEL_KEY))?.model ?? emptyThemeModel();
      const next: ArticleSummary = { ...row, ...tagFields(opts.tag(input, tagsOf(row), model)), updatedAt: opts.now };
      await db.articles.put(next);
      await noteIndexChange(db, [id]);
      return next;
    }),
  );
}
