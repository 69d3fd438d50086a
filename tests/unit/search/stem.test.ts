import { describe, expect, it } from 'vitest';
import { foldText, stem } from '../../../core/search/index';

const stemOf = (word: string, lang: string) => stem(foldText(word), lang);

describe('stem', () => {
  it.each([
    ['fr', ['élu', 'élue', 'élus', 'élues'], 'elu'],
    ['fr', ['journal', 'journaux'], 'journal'],
    ['fr', ['municipale', 'municipales', 'municipal'], 'municipal'],
    ['en', ['election', 'elections'], 'election'],
    ['en', ['party', 'parties'], 'party'],
    ['en', ['run', 'running'], 'run'],
    ['en', ['vote', 'voted', 'votes', 'voting'], 'vot'],
    ['es', ['elección', 'elecciones'], 'eleccion'],
    ['es', ['nuevo', 'nueva', 'nuevos', 'nuevas'], 'nuev'],
    ['es', ['luz', 'luces'], 'luz'],
    ['de', ['Wahl', 'Wahlen'], 'wahl'],
    ['de', ['Haus', 'Häuser', 'Hauses'], 'haus'],
  ])('%s: %j meet at %s', (lang, words, expected) => {
    for (const word of words) expect(stemOf(word, lang)).toBe(expected);
  });

  it('leaves short words alone', () => {
    expect(stemOf('les', 'fr')).toBe('les');
    expect(stemOf('bus', 'en')).toBe('bus');
    expect(stemOf('mes', 'es')).toBe('mes');
    expect(stemOf('den', 'de')).toBe('den');
  });

  it('leaves English words ending in -ss, -us, -is alone', () => {
    expect(stemOf('press', 'en')).toBe('press');
    expect(stemOf('status', 'en')).toBe('status');
    expect(stemOf('crisis', 'en')).toBe('crisis');
  });

  it('returns the term unchanged for other languages and scripts', () => {
    expect(stem('elecciones', 'it')).toBe('elecciones');
    expect(stem('elecciones', null)).toBe('elecciones');
    expect(stem('مرحبا', 'fr')).toBe('مرحبا');
    expect(stem('2026', 'en')).toBe('2026');
  });
});
