import { describe, expect, it } from 'vitest';
import { emptyThemeModel, learnFromCorrection, tagArticle } from '../../../core/tagging/index';
import type { Tags } from '../../../core/model';
import { fakeInput } from './factory';

const madridWire = fakeInput({
  url: 'https://lepetitjournal.com/madrid/sport/le-real-gagne-431902',
  title: 'Le club gagne la coupe',
  text: 'MADRID (AFP) — Le club a gagné le match de coupe devant ses supporters au stade.',
  lang: 'fr',
});

describe('reader tags are never overwritten', () => {
  it('keeps a user edition and user themes on re-tagging', () => {
    const existing: Tags = {
      edition: { id: 'bucarest', label: { en: 'Bucharest', fr: 'Bucarest' }, country: 'RO', kind: 'city', source: 'user', confidence: 1 },
      themes: [{ id: 'expat-life', source: 'user', confidence: 1 }],
    };
    const tags = tagArticle(madridWire, { existing, model: learnFromCorrection(emptyThemeModel(), madridWire, ['sport']) });
    expect(tags).toEqual(existing);
  });

  it('keeps a user edition while re-tagging themes', () => {
    const existing: Tags = {
      edition: { id: 'international', label: { en: 'International', fr: 'Internationale' }, country: '', kind: 'international', source: 'user', confidence: 1 },
      themes: [{ id: 'politics', source: 'text', confidence: 0.4 }],
    };
    const tags = tagArticle(madridWire, { existing });
    expect(tags.edition).toEqual(existing.edition);
    expect(tags.themes[0]).toMatchObject({ id: 'sport', source: 'site' });
  });

  it('keeps a user theme list, even an empty-edition one, while re-tagging the edition', () => {
    const existing: Tags = { edition: null, themes: [{ id: 'religion', source: 'user', confidence: 1 }] };
    const tags = tagArticle(madridWire, { existing });
    expect(tags.themes).toEqual(existing.themes);
    expect(tags.edition).toMatchObject({ id: 'madrid', source: 'site' });
  });

  it('replaces automatic tags on re-tagging', () => {
    const existing: Tags = {
      edition: { id: 'londres', label: { en: 'London', fr: 'Londres' }, country: 'GB', kind: 'city', source: 'text', confidence: 0.5 },
      themes: [{ id: 'weather', source: 'text', confidence: 0.3 }],
    };
    const tags = tagArticle(madridWire, { existing });
    expect(tags.edition?.id).toBe('madrid');
    expect(tags.themes.map((t) => t.id)).not.toContain('weather');
  });
});
