import { describe, expect, it } from 'vitest';
import { lepetitjournal } from '../../../core/tagging/sites/lepetitjournal';
import { listEditions } from '../../../core/tagging/editions-list';
import { tagArticle } from '../../../core/tagging/index';
import { fakeInput } from './factory';

const meta = { section: null, keywords: [], lang: 'fr' };
const edition = (url: string) => lepetitjournal.edition(new URL(url), meta);
const themes = (url: string) => lepetitjournal.theme(new URL(url), meta);

describe('lepetitjournal.com site rule', () => {
  const cities = listEditions().filter((e) => e.kind === 'city');

  it('covers about seventy city editions', () => {
    expect(cities.length).toBeGreaterThanOrEqual(70);
  });

  it('reads the edition of every city from the current URL template', () => {
    for (const e of cities) {
      expect(edition(`https://lepetitjournal.com/${e.id}/actualites/un-titre-quelconque-431902`), e.id).toBe(e.id);
      expect(edition(`https://lepetitjournal.com/${e.id}/un-titre-sans-rubrique-294839`), e.id).toBe(e.id);
    }
  });

  it('reads the edition of every city from the old URL template', () => {
    for (const e of cities) {
      expect(edition(`https://www.lepetitjournal.com/${e.id}/communaute/123456-un-vieil-article`), e.id).toBe(e.id);
    }
  });

  it('reads agenda items without an id', () => {
    expect(edition('https://lepetitjournal.com/dakar/agenda/concerts/youssou-ndour-au-grand-theatre')).toBe('dakar');
    expect(themes('https://lepetitjournal.com/dakar/agenda/concerts/youssou-ndour-au-grand-theatre')).toEqual(['arts-culture', 'lifestyle-leisure']);
  });

  it('maps old and alternative segments to the edition id', () => {
    expect(edition('https://www.lepetitjournal.com/ho-chi-minh-ville/actualites/12345-saigon')).toBe('ho-chi-minh');
    expect(edition('https://www.lepetitjournal.com/johannesburg/actualites/12345-x')).toBe('johannesbourg');
  });

  it('sends non-city sections to the international edition', () => {
    expect(edition('https://lepetitjournal.com/expat-mag/retraite-a-letranger-378512')).toBe('international');
    expect(edition('https://lepetitjournal.com/international/une-nouvelle-du-monde-123456')).toBe('international');
  });

  it('gives no edition for unknown first segments or the home page', () => {
    expect(edition('https://lepetitjournal.com/')).toBeNull();
    expect(edition('https://lepetitjournal.com/mentions-legales')).toBeNull();
    expect(edition('https://lepetitjournal.com/paris-plage/actualites/x-123456')).toBeNull();
  });

  it('maps rubrics and sub-rubrics to themes, most specific first', () => {
    expect(themes('https://lepetitjournal.com/madrid/actualites/un-titre-431902')).toEqual([]);
    expect(themes('https://lepetitjournal.com/madrid/communaute/un-titre-431902')).toEqual(['expat-life']);
    expect(themes('https://lepetitjournal.com/madrid/a-voir-a-faire/un-titre-431902')).toEqual(['lifestyle-leisure']);
    expect(themes('https://lepetitjournal.com/madrid/economie/un-titre-431902')).toEqual(['economy-business']);
    expect(themes('https://lepetitjournal.com/madrid/culture/un-titre-431902')).toEqual(['arts-culture']);
    expect(themes('https://lepetitjournal.com/madrid/sport/un-titre-431902')).toEqual(['sport']);
    expect(themes('https://lepetitjournal.com/madrid/politique/un-titre-431902')).toEqual(['politics']);
    expect(themes('https://lepetitjournal.com/madrid/vie-pratique/demarches/un-titre-431902')).toEqual(['expat-life']);
    expect(themes('https://lepetitjournal.com/madrid/actualites/societe/un-titre-431902')).toEqual(['society']);
    expect(themes('https://www.lepetitjournal.com/barcelone/actualite-barcelone/12345-un-titre')).toEqual([]);
  });

  it('is the first sure answer: the URL beats the text', () => {
    const tags = tagArticle(
      fakeInput({
        url: 'https://lepetitjournal.com/bucarest/actualites/les-francais-de-bucarest-en-visite-a-paris-431902',
        title: 'Visite à Paris',
        text: 'PARIS (AFP) — Une délégation est arrivée à Paris.',
        lang: 'fr',
      }),
    );
    expect(tags.edition).toMatchObject({ id: 'bucarest', source: 'site', kind: 'city', country: 'RO' });
  });
});
