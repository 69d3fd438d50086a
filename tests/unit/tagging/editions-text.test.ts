import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../core/tagging/index';
import { findDatelines } from '../../../core/tagging/datelines';
import { fakeInput } from './factory';

const editionOf = (overrides: Parameters<typeof fakeInput>[0]) => tagArticle(fakeInput(overrides)).edition;

describe('datelines', () => {
  it('recognises the usual shapes', () => {
    expect(findDatelines('MADRID (AFP) — Spain approved...')[0]).toMatchObject({ name: 'MADRID', kind: 'filed' });
    expect(findDatelines('PARIS, Texas — The town...')[0]).toMatchObject({ name: 'PARIS', kind: 'filed' });
    expect(findDatelines('MADRID, 12 nov. (EFE).- El Gobierno...')[0]).toMatchObject({ name: 'MADRID' });
    expect(findDatelines('Madrid (Reuters) - Spain said...')[0]).toMatchObject({ name: 'Madrid', kind: 'filed' });
    expect(findDatelines('Heidelberg. Die Stadt hat beschlossen...')[0]).toMatchObject({ name: 'Heidelberg', kind: 'filed' });
    expect(findDatelines('À Madrid, la communauté française...')[0]).toMatchObject({ name: 'Madrid', kind: 'lead' });
    expect(findDatelines('The government said on Monday that...')).toEqual([]);
  });

  it('tags a story by its dateline', () => {
    expect(editionOf({ title: 'Heat wave', text: 'MADRID (AFP) — Temperatures soared on Monday.' })).toMatchObject({
      id: 'madrid',
      source: 'text',
      kind: 'city',
      country: 'ES',
    });
    expect(editionOf({ title: 'Neue Regeln', text: 'Heidelberg. Die Stadt hat am Montag neue Regeln beschlossen.', lang: 'de' })?.id).toBe(
      'heidelberg-mannheim',
    );
    expect(editionOf({ title: 'La rentrée', text: 'À Madrid, la communauté française prépare la rentrée.', lang: 'fr' })?.id).toBe('madrid');
    expect(editionOf({ title: 'Roads', text: 'LONDON — Drivers faced delays on Tuesday.' })?.id).toBe('londres');
  });

  it('reads a qualified dateline as the smaller place it names, which is not an edition', () => {
    expect(editionOf({ title: 'A town called Paris', text: 'PARIS, Texas — The small town has its own Eiffel Tower.' })).toBeNull();
    expect(
      editionOf({ title: 'Paris, Texas, gets ready', text: 'PARIS, Texas — Forget the Seine.', places: ['Paris'], keywords: ['Paris Texas'] }),
    ).toBeNull();
  });
});

describe('multilingual gazetteer', () => {
  const about = (name: string, lang: string) =>
    editionOf({ title: `${name} : nouvelles règles`, excerpt: `${name} change.`, text: `${name} adopte un plan. ${name} le confirme.`, lang });

  it('finds a city under its names in many languages', () => {
    for (const name of ['Bucarest', 'Bucharest', 'București', 'Bukarest']) expect(about(name, 'fr')?.id, name).toBe('bucarest');
    for (const name of ['Munich', 'München', 'Múnich']) expect(about(name, 'de')?.id, name).toBe('munich');
    for (const name of ['Cologne', 'Köln', 'Colonia']) expect(about(name, 'de')?.id, name).toBe('koln');
    for (const name of ['Ho Chi Minh City', 'Hô-Chi-Minh-Ville', 'Saigon']) expect(about(name, 'fr')?.id, name).toBe('ho-chi-minh');
    for (const name of ['Lisbonne', 'Lisboa', 'Lissabon']) expect(about(name, 'fr')?.id, name).toBe('lisbonne');
  });

  it('reads an inflected Romanian name', () => {
    expect(
      editionOf({ title: 'Bucureștiul deschide un parc solar', keywords: ['București'], text: 'Primăria a inaugurat parcul.', lang: 'ro' })?.id,
    ).toBe('bucarest');
  });

  it('reads Arabic names', () => {
    const text = 'افتتحت هيئة الطرق في دبي خطاً جديداً. ويربط مطار دبي الدولي بالمدينة.';
    expect(editionOf({ title: 'دبي تفتتح خطاً جديداً للمترو', excerpt: 'افتتحت هيئة الطرق في دبي خطاً', text, lang: 'ar' })?.id).toBe('dubai');
  });
});

describe('ambiguity', () => {
  const valencia = { title: 'Valencia floods', excerpt: 'Valencia cleans up.', text: 'Valencia was hit. Residents of Valencia bailed water.' };

  it('resolves Valencia by the site country and by an explicit country', () => {
    expect(editionOf({ ...valencia, url: 'https://www.levante.example.es/x' })).toMatchObject({ id: 'valence', country: 'ES' });
    expect(editionOf({ ...valencia, lang: 'es', url: 'https://diario.example.es/x' })?.country).toBe('ES');
    expect(
      editionOf({ title: 'Valencia, Venezuela, without power', excerpt: 'Valencia, Venezuela went dark.', text: 'Valencia, Venezuela lost power. Valencia waits.' }),
    ).toMatchObject({ id: 'valencia', country: 'VE' });
  });

  it('uses the country the other places on the page are in', () => {
    const tags = editionOf({
      title: 'Valencia hosts the summit',
      excerpt: 'Leaders met in Valencia.',
      text: 'Valencia welcomed ministers from Caracas and Maracaibo. Valencia is the third city of the country.',
    });
    expect(tags?.country).toBe('VE');
  });
});

describe('precision', () => {
  it('does not tag a passing mention', () => {
    expect(editionOf({ title: 'Budget vote passes', text: 'The minister, back from Paris, said the budget was sound. Parliament agreed.' })).toBeNull();
    expect(editionOf({ title: 'Markets', text: 'Shares rose in London, Tokyo and New York as investors cheered.' })).toBeNull();
  });

  it('does not read people, teams or papers as places', () => {
    expect(editionOf({ title: 'Whitney Houston estate sale', text: 'Whitney Houston items sold. Houston fans came. Houston was loved.' })).toBeNull();
    expect(editionOf({ title: 'Real Madrid win again', text: 'Real Madrid beat Sevilla. Real Madrid top the table.' })?.id).not.toBe('madrid');
    expect(editionOf({ title: 'The Washington Post changes hands', text: 'The Washington Post was sold on Monday.' })).toBeNull();
  });

  it('does not read everyday words that are city names as places', () => {
    expect(editionOf({ title: 'Nice weather for a picnic', excerpt: 'Nice and sunny.', text: 'Nice days ahead. Nice indeed.' })).toBeNull();
    expect(editionOf({ title: 'Nice, France braces for storm', text: 'NICE, France — The Riviera city braced for the storm.' })?.id).toBe('nice');
  });

  it('does not pick a winner between two rival cities', () => {
    expect(
      editionOf({ title: 'Madrid and Barcelona vie for the race', excerpt: 'Madrid and Barcelona both bid.', text: 'Madrid bid. Barcelona bid. Madrid and Barcelona wait.' }),
    ).toBeNull();
  });

  it('tags a story its title and body are about', () => {
    expect(
      editionOf({ title: 'Berlin pools to open early', excerpt: "Berlin's pools will open two weeks early.", text: 'Families with a Berlin pass pay less.' }),
    ).toMatchObject({ id: 'berlin', source: 'text' });
  });
});

describe('metadata places', () => {
  it('takes a corroborated JSON-LD place', () => {
    expect(editionOf({ title: 'Rents in Lisbon', places: ['Lisbon'], text: 'Rents keep rising.' })).toMatchObject({ id: 'lisbonne', source: 'metadata' });
    expect(editionOf({ title: 'Neue Radwege', section: 'München', text: 'In München gibt es neue Radwege.', lang: 'de' })).toMatchObject({
      id: 'munich',
      source: 'metadata',
    });
  });

  it('ignores a metadata place the page never names', () => {
    expect(editionOf({ title: 'Tite regrets the trophy visit', places: ['São Paulo'], text: 'The coach spoke to reporters.' })).toBeNull();
  });
});
