import { beforeEach, describe, expect, it } from 'vitest';
import { KiosqueError } from '../../core/errors';
import type { EditionTag, ThemeTag } from '../../core/model';
import { emptyThemeModel } from '../../core/tagging';
import { EXTRACTION_LIMITS } from '../../core/validate-extraction';
import { loadThemeModel } from '../../lib/db/repository';
import { fakeArticle } from '../factories';
import { okResult, openTab, stubExecuteScript, testEnv, type TestEnv } from './support/kiosque-env';

let env: TestEnv;
beforeEach(() => {
  env = testEnv();
});

async function failure(promise: Promise<unknown>): Promise<KiosqueError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof KiosqueError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

/** Saves a page through saveTab with the given text, as the extractor would return it. */
async function savePage(url: string, title: string, text: string) {
  const tabId = await openTab(url);
  stubExecuteScript({
    extract: () =>
      okResult(url, { title, text, excerpt: null, section: null, keywords: [], places: [], siteName: 'Blog', wordCount: 5 }),
  });
  env.clock.now += 1_000;
  return env.services.saveTab(tabId);
}

const CHESTNUTS_A = [
  'https://blog.example.org/2026/11/castanas',
  'Castañeras de noviembre en la Plaza Mayor',
  'Las castañeras vuelven a la Plaza Mayor con sus puestos de castañas asadas y boniatos. Cada noviembre las castañeras encienden sus hornillos.',
] as const;
const CHESTNUTS_B = [
  'https://blog.example.org/2026/11/castanas-sol',
  'Las castañeras de Sol y sus castañas asadas',
  'En Sol, las castañeras venden castañas asadas y boniatos en sus puestos con hornillos cada noviembre.',
] as const;
const leisure: Pick<ThemeTag, 'id'> = { id: 'lifestyle-leisure' };

describe('reading state', () => {
  it('sets status, favourite and progress, and bumps updatedAt', async () => {
    const row = await savePage(...CHESTNUTS_A);
    env.clock.now += 5;
    expect(await env.services.setStatus(row.id, 'read')).toMatchObject({ status: 'read', updatedAt: env.clock.now });
    expect(await env.services.setFavourite(row.id, true)).toMatchObject({ favourite: true });
    await env.services.setProgress(row.id, 0.75);
    expect((await env.services.getArticle(row.id)).progress).toBe(0.75);
  });

  it('rejects bad values with invalid-input and unknown ids with not-found', async () => {
    const row = await savePage(...CHESTNUTS_A);
    const anyStatus = 'deleted' as unknown as 'read';
    expect((await failure(env.services.setStatus(row.id, anyStatus))).code).toBe('invalid-input');
    expect((await failure(env.services.setFavourite(row.id, 'yes' as unknown as boolean))).code).toBe('invalid-input');
    for (const progress of [-0.1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect((await failure(env.services.setProgress(row.id, progress))).code).toBe('invalid-input');
    }
    expect((await failure(env.services.getArticle(''))).code).toBe('invalid-input');
    expect((await failure(env.services.getArticle('missing'))).code).toBe('not-found');
    expect((await failure(env.services.setStatus('missing', 'read'))).code).toBe('not-found');
    expect((await env.services.getArticle(row.id)).status).toBe('unread');
  });

  it('deletes and restores through the services', async () => {
    const row = await savePage(...CHESTNUTS_A);
    const deleted = await env.services.deleteArticle(row.id);
    expect(await env.services.listArticles()).toEqual([]);
    await env.services.restoreArticle(deleted);
    const { places, ...article } = deleted;
    expect(await env.services.getArticle(row.id)).toEqual(article);
    expect((await env.db.bodies.get(row.id))?.places).toEqual(places);
  });

  it('restores an article whose places reach the bounds a save accepts', async () => {
    const row = await savePage(...CHESTNUTS_A);
    const deleted = await env.services.deleteArticle(row.id);
    const places = Array.from({ length: EXTRACTION_LIMITS.listItems }, (_, i) => `${i} `.padEnd(EXTRACTION_LIMITS.listItem, 'x'));
    await env.services.restoreArticle({ ...deleted, places });
    expect((await env.db.bodies.get(row.id))?.places).toEqual(places);
  });

  it('refuses to restore something that is not an article', async () => {
    for (const bad of [null, {}, { ...fakeArticle(), id: 3 }, { ...fakeArticle(), status: 'gone' }, { ...fakeArticle(), themeIds: ['x'] },
      { ...fakeArticle(), places: 'Madrid' },
      { ...fakeArticle(), places: [42] },
      { ...fakeArticle(), places: ['x'.repeat(EXTRACTION_LIMITS.listItem + 1)] },
      { ...fakeArticle(), places: Array.from({ length: EXTRACTION_LIMITS.listItems + 1 }, (_, i) => `Place ${i}`) },
    ]) {
      expect((await failure(env.services.restoreArticle(bad as never))).code).toBe('invalid-input');
    }
    expect(await env.db.articles.count()).toBe(0);
  });
});

describe('tags', () => {
  it('records a correction as user tags, logs it and teaches the model', async () => {
    const row = await savePage(...CHESTNUTS_A);
    expect(row.themeIds).not.toContain('lifestyle-leisure');

    const corrected = await env.services.setTags(row.id, { themes: [leisure as ThemeTag] });

    expect(corrected.themes).toEqual([{ id: 'lifestyle-leisure', source: 'user', confidence: 1 }]);
    expect(corrected.themeIds).toEqual(['lifestyle-leisure']);
    expect(await env.db.corrections.toArray()).toEqual([
      { seq: 1, articleId: row.id, at: env.clock.now, themeIds: ['lifestyle-leisure'], editionId: null },
    ]);
    const model = await loadThemeModel(env.db);
    expect(model.corrections).toBe(1);
    expect(model).not.toEqual(emptyThemeModel());
  });

  it('a later retag of a similar article uses the correction', async () => {
    const a = await savePage(...CHESTNUTS_A);
    const b = await savePage(...CHESTNUTS_B);
    expect(b.themeIds).not.toContain('lifestyle-leisure');

    await env.services.setTags(a.id, { themes: [leisure as ThemeTag] });
    const retagged = await env.services.retag(b.id);

    expect(retagged.themes.find((t) => t.id === 'lifestyle-leisure')).toMatchObject({ source: 'model' });
    expect(retagged.themeIds).toContain('lifestyle-leisure');
  });

  it('a new save of a similar article also uses the correction', async () => {
    const a = await savePage(...CHESTNUTS_A);
    await env.services.setTags(a.id, { themes: [leisure as ThemeTag] });
    const b = await savePage(...CHESTNUTS_B);
    expect(b.themes.find((t) => t.id === 'lifestyle-leisure')?.source).toBe('model');
  });

  it('keeps user tags when retagging and when the page is saved again', async () => {
    const row = await savePage('https://lepetitjournal.com/madrid/actualites/metro-384512', 'Metro de Madrid', 'La ligne 11 du métro de Madrid.');
    expect(row.editionId).toBe('madrid');
    const edition = { id: 'lisbonne' } as EditionTag;
    await env.services.setTags(row.id, { edition, themes: [{ id: 'health' } as ThemeTag] });

    const retagged = await env.services.retag(row.id);
    expect(retagged.edition).toEqual({
      id: 'lisbonne',
      label: { en: 'Lisbon', fr: 'Lisbonne' },
      country: 'PT',
      kind: 'city',
      source: 'user',
      confidence: 1,
    });
    expect(retagged.themes).toEqual([{ id: 'health', source: 'user', confidence: 1 }]);

    const resaved = await savePage('https://lepetitjournal.com/madrid/actualites/metro-384512', 'Metro de Madrid', 'Nouveau texte.');
    expect(resaved.id).toBe(row.id);
    expect(resaved.editionId).toBe('lisbonne');
    expect(resaved.themeIds).toEqual(['health']);
  });

  it('retag refreshes automatic tags from the stored text', async () => {
    const row = await savePage('https://lepetitjournal.com/madrid/actualites/metro-384512', 'Metro de Madrid', 'La ligne 11.');
    await env.db.articles.update(row.id, { edition: null, editionId: '' });
    expect((await env.services.retag(row.id)).editionId).toBe('madrid');
  });

  it('an edition-only correction leaves the themes and the model alone', async () => {
    const row = await savePage(...CHESTNUTS_A);
    const updated = await env.services.setTags(row.id, { edition: null });
    expect(updated.edition).toBeNull();
    expect(updated.themes).toEqual(row.themes);
    expect(await loadThemeModel(env.db)).toEqual(emptyThemeModel());
    expect((await env.db.corrections.toArray())[0]).toMatchObject({ themeIds: null, editionId: '' });
  });

  it.each([
    ['no field', {}],
    ['not an object', 'health'],
    ['an unknown theme', { themes: [{ id: 'astrology' }] }],
    ['four themes', { themes: ['health', 'sport', 'weather', 'religion'].map((id) => ({ id })) }],
    ['themes not in an array', { themes: { id: 'health' } }],
    ['an unknown edition', { edition: { id: 'atlantis' } }],
    ['an edition without id', { edition: { label: 'Madrid' } }],
  ])('rejects a patch with %s and changes nothing', async (_name, patch) => {
    const row = await savePage(...CHESTNUTS_A);
    expect((await failure(env.services.setTags(row.id, patch as never))).code).toBe('invalid-input');
    expect(await env.services.getArticle(row.id)).toMatchObject({ themes: row.themes, edition: row.edition });
    expect(await env.db.corrections.count()).toBe(0);
  });

  it('collapses repeated themes in a patch', async () => {
    const row = await savePage(...CHESTNUTS_A);
    const updated = await env.services.setTags(row.id, { themes: [leisure, leisure] as ThemeTag[] });
    expect(updated.themeIds).toEqual(['lifestyle-leisure']);
  });
});
