import { describe, expect, it } from 'vitest';
import { emptyThemeModel, learnFromCorrection, tagArticle } from '../../../core/tagging/index';
import type { ThemeModel } from '../../../core/tagging/index';
import { isKiosqueError } from '../../../core/errors';
import type { ThemeId } from '../../../core/model';
import { fakeInput } from './factory';

/** Articles about a knitting circle that this reader files under expat life: nothing in the lexicon says so. */
const stammtisch = (n: number) =>
  fakeInput({
    lang: 'fr',
    title: `Le cercle de tricot du Marstall, rendez-vous ${n}`,
    text: `Les tricoteuses du cercle se retrouvent au Marstall avec leurs pelotes de laine et leurs aiguilles. Chaque mois, le cercle de tricot accueille de nouvelles tricoteuses. Rendez-vous ${n}.`,
  });
const ids = (themes: { id: ThemeId }[]) => themes.map((t) => t.id);

describe('learning from corrections', () => {
  it('tags similar new articles the corrected way after a few corrections', () => {
    const unseen = stammtisch(9);
    expect(ids(tagArticle(unseen).themes)).not.toContain('expat-life');
    let model = emptyThemeModel();
    for (const n of [1, 2, 3]) model = learnFromCorrection(model, stammtisch(n), ['expat-life']);
    const themes = tagArticle(unseen, { model }).themes;
    expect(themes[0]).toMatchObject({ id: 'expat-life', source: 'model' });
  });

  it('does not spill onto unrelated articles', () => {
    let model = emptyThemeModel();
    for (const n of [1, 2, 3]) model = learnFromCorrection(model, stammtisch(n), ['expat-life']);
    const other = fakeInput({ title: 'Striker scores twice', text: 'The coach praised the team after the match in the stadium.' });
    expect(ids(tagArticle(other, { model }).themes)).not.toContain('expat-life');
  });

  it('moves a theme away from articles the reader removed it from', () => {
    let model = emptyThemeModel();
    model = learnFromCorrection(model, stammtisch(1), ['expat-life']);
    const before = model.centroids['expat-life']?.terms.tricote ?? 0;
    model = learnFromCorrection(model, stammtisch(2), ['society']);
    expect(model.centroids['expat-life']?.terms.tricote ?? 0).toBeLessThan(before);
    expect(model.centroids.society?.docs).toBe(1);
  });

  it('is pure and stores as plain JSON', () => {
    const empty = emptyThemeModel();
    const snapshot = JSON.stringify(empty);
    const model = learnFromCorrection(empty, stammtisch(1), ['expat-life']);
    expect(JSON.stringify(empty)).toBe(snapshot);
    expect(model.corrections).toBe(1);
    const roundTrip = JSON.parse(JSON.stringify(model)) as ThemeModel;
    expect(tagArticle(stammtisch(5), { model: roundTrip })).toEqual(tagArticle(stammtisch(5), { model }));
  });

  it('rejects unknown themes and broken models with a typed error', () => {
    const bad = ['made-up'] as unknown as ThemeId[];
    expect(() => learnFromCorrection(emptyThemeModel(), stammtisch(1), bad)).toThrowError(expect.objectContaining({ code: 'invalid-input' }));
    try {
      learnFromCorrection({ version: 2 } as unknown as ThemeModel, stammtisch(1), ['sport']);
      expect.unreachable();
    } catch (error) {
      expect(isKiosqueError(error) && error.code).toBe('invalid-input');
    }
  });

  it('tags without throwing when handed a corrupted model', () => {
    const corrupted = { version: 1, corrections: 3, centroids: null } as unknown as ThemeModel;
    expect(() => tagArticle(stammtisch(1), { model: corrupted })).not.toThrow();
  });

  it('stays bounded however many corrections it learns', () => {
    let model = emptyThemeModel();
    for (let n = 0; n < 60; n++) {
      const words = Array.from({ length: 80 }, (_, i) => `motunique${n}x${i}`).join(' ');
      model = learnFromCorrection(model, fakeInput({ title: `Article ${n}`, text: words }), ['society']);
    }
    expect(Object.keys(model.centroids.society?.terms ?? {}).length).toBeLessThanOrEqual(1500);
  });
});
