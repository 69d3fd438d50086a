import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionById, listEditions } from '../../../core/tagging/index';
import { loadGazetteer } from '../../../core/tagging/gazetteer/index';

const repoRoot = path.resolve(__dirname, '../../..');

describe('edition list', () => {
  it('has unique ids, two labels, a country for every city and country edition', () => {
    const editions = listEditions();
    expect(new Set(editions.map((e) => e.id)).size).toBe(editions.length);
    for (const e of editions) {
      expect(e.label.en && e.label.fr, e.id).toBeTruthy();
      if (e.kind === 'international') expect(e.country).toBe('');
      else expect(e.country, e.id).toMatch(/^[A-Z]{2}$/);
    }
    expect(editions.filter((e) => e.kind === 'country').map((e) => e.id)).toEqual(
      expect.arrayContaining(['spain', 'france', 'germany', 'italy', 'sweden', 'norway', 'denmark', 'switzerland', 'austria']),
    );
  });

  it('looks editions up by id and hands out copies', () => {
    expect(editionById('heidelberg-mannheim')).toEqual({
      id: 'heidelberg-mannheim',
      label: { en: 'Heidelberg-Mannheim', fr: 'Heidelberg-Mannheim' },
      country: 'DE',
      kind: 'city',
    });
    expect(editionById('atlantis')).toBeUndefined();
    const copy = editionById('madrid');
    if (copy) copy.label.fr = 'changed';
    expect(editionById('madrid')?.label.fr).toBe('Madrid');
  });

  it('does not pull the gazetteer into the popup', () => {
    const source = readFileSync(path.join(repoRoot, 'core/tagging/editions-list.ts'), 'utf8');
    expect(source).not.toMatch(/from '\.\/gazetteer|from '\.\/index'|tag-article/);
  });
});

describe('gazetteer', () => {
  it('holds every city edition', () => {
    const ids = new Set([...loadGazetteer().byName.values()].flat().map((p) => p.id));
    for (const e of listEditions().filter((x) => x.kind === 'city')) expect(ids.has(e.id), e.id).toBe(true);
  });

  it('stays small', () => {
    const bytes = readFileSync(path.join(repoRoot, 'core/tagging/gazetteer/cities.generated.ts')).length;
    expect(bytes).toBeLessThan(1024 * 1024);
    expect(loadGazetteer().size).toBeGreaterThan(1000);
  });

  it('knows cities of 300,000+ under their GeoNames name', () => {
    for (const name of ['surabaya', 'porto alegre', 'lyon', 'wroclaw', 'kharkiv', 'medellin']) {
      const places = loadGazetteer().byName.get(name);
      expect(places?.some((p) => p.taggable), name).toBe(true);
    }
  });
});
