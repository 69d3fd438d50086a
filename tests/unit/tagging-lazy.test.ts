import { describe, expect, it } from 'vitest';
import { isKiosqueError } from '../../core/errors';
import { tagArticle } from '../../core/tagging';
import { fakeExtracted } from '../factories';
import { createTaggingLoader, loadTagging, type TaggingModule } from '../../lib/tagging-lazy';

const input = fakeExtracted({
  url: 'https://lepetitjournal.com/madrid/actualites/metro-ligne-12-travaux-2026',
  title: 'Madrid : la ligne 12 du métro fermée pour travaux',
  text: 'La Comunidad de Madrid ferme la ligne 12 du métro pendant deux mois de travaux.',
});

describe('loadTagging', () => {
  it('tags exactly as the barrel does', async () => {
    const lazy = await loadTagging();
    expect(lazy.tagArticle(input)).toEqual(tagArticle(input));
    expect(lazy.tagArticle(input).edition?.id).toBe('madrid');
  });

  it('loads once and hands every caller the same module', async () => {
    let loads = 0;
    const module = await loadTagging();
    const load = createTaggingLoader(async () => {
      loads += 1;
      return module;
    });
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).toBe(b);
    expect(loads).toBe(1);
  });

  it('turns a failed chunk load into a KiosqueError and tries again on the next call', async () => {
    const module: TaggingModule = await loadTagging();
    let attempt = 0;
    const load = createTaggingLoader(async () => {
      attempt += 1;
      if (attempt === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return module;
    });
    const failure: unknown = await load().catch((error: unknown) => error);
    expect(isKiosqueError(failure) && failure.code).toBe('storage-failed');
    expect((failure as Error).message).toMatch(/tagger could not be loaded: Failed to fetch/);
    await expect(load()).resolves.toBe(module);
    expect(attempt).toBe(2);
  });
});
