/**
 * What the tagger learns from the reader's corrections: one term centroid per
 * theme (Rocchio). Centroids rather than naive Bayes because they behave
 * sensibly from the very first correction, with no class priors to estimate,
 * and a plain object of numbers stores as-is in IndexedDB.
 */
import type { ThemeId } from '../model';
import { THEME_IDS } from '../model';
import { KiosqueError } from '../errors';
import { isThemeId } from './themes';
import { termVector } from './terms';
import type { TaggingInput } from './index';

export interface ThemeCentroid {
  /** Corrections that confirmed this theme. */
  docs: number;
  /** Term → summed weight (never negative). */
  terms: Record<string, number>;
}

export interface ThemeModel {
  version: 1;
  /** Corrections learned so far. */
  corrections: number;
  centroids: Partial<Record<ThemeId, ThemeCentroid>>;
}

/** Keeps a model small enough to load with the settings, whatever the reader does. */
const MAX_TERMS_PER_THEME = 1500;
/** How much a correction that drops a theme pulls that theme away from the article. */
const NEGATIVE_WEIGHT = 0.5;

export function emptyThemeModel(): ThemeModel {
  return { version: 1, corrections: 0, centroids: {} };
}

/** The text the model reads: the parts that say what an article is about. */
export function modelText(input: TaggingInput): string {
  return [input.title, input.title, input.excerpt ?? '', input.section ?? '', input.keywords.join(' '), input.text.slice(0, 4000)].join(
    '\n',
  );
}

/**
 * Pure: returns a new model in which `themes` are the right themes for this
 * article. Themes not listed that the model already knows move away from it.
 */
export function learnFromCorrection(model: ThemeModel, input: TaggingInput, themes: ThemeId[]): ThemeModel {
  assertModel(model);
  const bad = themes.filter((t) => !isThemeId(t));
  if (bad.length) throw new KiosqueError('invalid-input', `Unknown theme ids: ${bad.join(', ')}`);
  const vector = termVector(modelText(input));
  const centroids: Partial<Record<ThemeId, ThemeCentroid>> = {};
  for (const id of THEME_IDS) {
    const old = model.centroids[id];
    const positive = themes.includes(id);
    if (!old && !positive) continue;
    const terms = { ...(old?.terms ?? {}) };
    for (const [t, w] of Object.entries(vector)) {
      const next = (terms[t] ?? 0) + (positive ? w : -NEGATIVE_WEIGHT * w);
      if (next > 1e-6) terms[t] = next;
      else delete terms[t];
    }
    centroids[id] = { docs: (old?.docs ?? 0) + (positive ? 1 : 0), terms: prune(terms) };
  }
  return { version: 1, corrections: model.corrections + 1, centroids };
}

function prune(terms: Record<string, number>): Record<string, number> {
  const entries = Object.entries(terms);
  if (entries.length <= MAX_TERMS_PER_THEME) return terms;
  entries.sort((a, b) => b[1] - a[1]);
  return Object.fromEntries(entries.slice(0, MAX_TERMS_PER_THEME));
}

/** Cosine similarity of the article to each learned theme, best first. */
export function scoreWithModel(model: ThemeModel, input: TaggingInput): Array<{ id: ThemeId; score: number }> {
  if (!isThemeModel(model) || model.corrections === 0) return [];
  const vector = termVector(modelText(input));
  const out: Array<{ id: ThemeId; score: number }> = [];
  for (const id of THEME_IDS) {
    const c = model.centroids[id];
    if (!c || c.docs === 0) continue;
    let dot = 0;
    let norm = 0;
    for (const w of Object.values(c.terms)) norm += w * w;
    for (const [t, w] of Object.entries(vector)) dot += w * (c.terms[t] ?? 0);
    if (norm > 0 && dot > 0) out.push({ id, score: dot / Math.sqrt(norm) });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** A model read back from storage may be anything; the tagger must not throw on it. */
export function isThemeModel(value: unknown): value is ThemeModel {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Partial<ThemeModel>;
  return m.version === 1 && typeof m.corrections === 'number' && typeof m.centroids === 'object' && m.centroids !== null;
}

function assertModel(model: unknown): asserts model is ThemeModel {
  if (!isThemeModel(model)) throw new KiosqueError('invalid-input', 'Not a version 1 theme model');
}
