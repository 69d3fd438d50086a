/**
 * Checks a tag correction coming from the UI or the automation API and turns
 * it into user-sourced tags. Editions are looked up in the fixed list rather
 * than trusted, so a stored label is always the list's own.
 */
import { KiosqueError } from '../../core/errors';
import type { EditionTag, ThemeTag } from '../../core/model';
import { editionById } from '../../core/tagging/editions-list';
import { isThemeId } from '../../core/tagging/themes';
import type { TagPatch } from '../api-types';
import type { Correction } from '../db/corrections';

/** Tags carries at most three themes (core/model.ts). */
export const MAX_THEMES = 3;

function invalid(message: string): KiosqueError {
  return new KiosqueError('invalid-input', message);
}

function userEdition(value: unknown): EditionTag | null {
  if (value === null) return null;
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
  if (typeof id !== 'string') throw invalid('The edition must be null or an object with an id.');
  const known = editionById(id);
  if (!known) throw invalid(`Unknown edition: ${id.slice(0, 60)}`);
  return { ...known, source: 'user', confidence: 1 };
}

function userThemes(value: unknown): ThemeTag[] {
  if (!Array.isArray(value)) throw invalid('Themes must be an array.');
  const out: ThemeTag[] = [];
  for (const item of value) {
    const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
    if (typeof id !== 'string' || !isThemeId(id)) throw invalid(`Unknown theme: ${String(id).slice(0, 60)}`);
    if (!out.some((theme) => theme.id === id)) out.push({ id, source: 'user', confidence: 1 });
  }
  if (out.length > MAX_THEMES) throw invalid(`At most ${MAX_THEMES} themes can be set.`);
  return out;
}

export function parseTagPatch(patch: unknown): Correction {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) throw invalid('A tag patch must be an object.');
  const { edition, themes } = patch as TagPatch;
  const correction: Correction = {};
  if (edition !== undefined) correction.edition = userEdition(edition);
  if (themes !== undefined) correction.themes = userThemes(themes);
  if (correction.edition === undefined && correction.themes === undefined) {
    throw invalid('A tag patch must set the edition, the themes or both.');
  }
  return correction;
}
