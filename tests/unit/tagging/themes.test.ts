import { describe, expect, it } from 'vitest';
import { THEME_IDS } from '../../../core/model';
import { tagArticle, themeLabel, THEME_INFO } from '../../../core/tagging/index';
import { scoreWithLexicon } from '../../../core/tagging/theme-lexicon';
import { themesFromSection } from '../../../core/tagging/section-themes';
import { fakeInput } from './factory';

const top = (overrides: Parameters<typeof fakeInput>[0]) => scoreWithLexicon(fakeInput(overrides))[0]?.id;

describe('theme labels', () => {
  it('labels all 19 themes in English and French, with IPTC codes where they exist', () => {
    expect(THEME_IDS).toHaveLength(19);
    for (const id of THEME_IDS) {
      expect(themeLabel(id).en.length, id).toBeGreaterThan(2);
      expect(themeLabel(id).fr.length, id).toBeGreaterThan(2);
    }
    expect(THEME_INFO['arts-culture'].iptc).toBe('medtop:01000000');
    expect(THEME_INFO.weather.iptc).toBe('medtop:17000000');
    expect(THEME_INFO['expat-life'].iptc).toBeNull();
  });
});

describe('lexicon classifier', () => {
  it('reads English', () => {
    expect(top({ title: 'Striker scores twice as league leaders win the cup', text: 'The coach praised the team after the match. Fans filled the stadium.' })).toBe('sport');
  });

  it('reads French, accents or not', () => {
    expect(top({ lang: 'fr', title: 'Les élections municipales approchent', text: 'Le gouvernement et le ministre préparent le scrutin. Les partis font campagne.' })).toBe('politics');
    expect(top({ lang: 'fr', title: 'Les elections municipales approchent', text: 'Le gouvernement et le ministre preparent le scrutin. Les partis font campagne.' })).toBe('politics');
  });

  it('reads Spanish', () => {
    expect(top({ lang: 'es', title: 'El hospital amplía la vacunación', text: 'Los médicos y pacientes esperan la vacuna. La sanidad pública refuerza la atención.' })).toBe('health');
  });

  it('reads German', () => {
    expect(top({ lang: 'de', title: 'Neue Fahrradstraße freigegeben', text: 'Der Verkehr in der Straße wird beruhigt. Radfahrer und Fußgänger haben Vorrang, Autos parken anders.' })).toBe(
      'travel-transport',
    );
  });

  it('matches by stem-ish prefix', () => {
    expect(top({ title: 'Economists warn', text: 'Economic growth slowed and economies stalled, the economist said. Investors worry.' })).toBe('economy-business');
  });

  it('returns nothing for a language it has no words for', () => {
    expect(scoreWithLexicon(fakeInput({ lang: 'fi', title: 'Jalkapallo', text: 'Joukkue voitti ottelun.' }))).toEqual([]);
  });

  it('needs more than one stray word', () => {
    expect(scoreWithLexicon(fakeInput({ title: 'A quiet afternoon', text: 'We walked by the church and then went home.' }))).toEqual([]);
  });
});

describe('section and keyword metadata', () => {
  it('maps sections in several languages', () => {
    expect(themesFromSection('Économie')).toEqual(['economy-business']);
    expect(themesFromSection('Deportes')).toEqual(['sport']);
    expect(themesFromSection('Wirtschaft')).toEqual(['economy-business']);
    expect(themesFromSection('News')).toEqual([]);
    expect(themesFromSection('Actualités')).toEqual([]);
  });

  it('lets the section lead the themes', () => {
    const tags = tagArticle(fakeInput({ section: 'Sport', title: 'A long day', text: 'The minister said the government would vote on the law in parliament.' }));
    expect(tags.themes[0]).toMatchObject({ id: 'sport', source: 'metadata' });
  });

  it('returns at most three themes, never outside the vocabulary', () => {
    const tags = tagArticle(
      fakeInput({
        section: 'Politics',
        keywords: ['football', 'health', 'economy', 'climate', 'music'],
        title: 'Election, football and hospitals',
        text: 'The vote, the match, the doctors, the market, the climate, the concert.',
      }),
    );
    expect(tags.themes.length).toBeLessThanOrEqual(3);
    for (const t of tags.themes) expect(THEME_IDS).toContain(t.id);
  });
});
