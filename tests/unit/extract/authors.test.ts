import { describe, expect, it } from 'vitest';
import { cleanByline, isPlausibleAuthor, splitAuthors } from '../../../core/extract/author-names';
import { extractAuthors, isNavigationText } from '../../../core/extract/authors';
import { indexMeta } from '../../../core/extract/meta-tags';
import type { JsonLdNode } from '../../../core/extract/json-ld';
import { linkedomDocument } from './dom';

const noMeta = indexMeta(linkedomDocument('<html><head></head><body></body></html>'));

function authorsFrom(partial: { article?: JsonLdNode | null; metaHtml?: string; byline?: string | null; visible?: string[]; siteName?: string | null }): string[] {
  const meta = partial.metaHtml === undefined ? noMeta : indexMeta(linkedomDocument(`<html><head>${partial.metaHtml}</head><body></body></html>`));
  return extractAuthors({
    article: partial.article ?? null,
    meta,
    relAuthor: [],
    readabilityByline: partial.byline ?? null,
    visibleBylines: partial.visible ?? [],
    siteName: partial.siteName ?? null,
  });
}

describe('cleanByline', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['Par Némo Empis | Publié le 15/09/2020 à 17:45', 'Némo Empis'],
    ['Écrit par Claire Dumas · Publié le 4 mai 2022', 'Claire Dumas'],
    ['Von Julia Becker', 'Julia Becker'],
    ['Por María López el 12 de enero', 'María López'],
    ['Written by Sam Lee, published 3 March 2021', 'Sam Lee'],
    ['By Nathan Willis March 25, 2015', 'Nathan Willis'],
    ['Par Anne Roy 15/09/2020', 'Anne Roy'],
    ['Von Eva Koch 5. Juni 2021', 'Eva Koch'],
    // Each way a name part ends, in capitals too: the cheap test before the patterns must let each through.
    ['Jane Doe – Staff', 'Jane Doe'],
    ['Jane Doe - Reuters', 'Jane Doe'],
    ['BY JANE DOE UPDATED', 'JANE DOE'],
    ['JEAN DUPONT PUBLISHED', 'JEAN DUPONT'],
    ['Eva Koch veröffentlicht', 'Eva Koch'],
    ['Claire Dumas MIS À JOUR', 'Claire Dumas'],
    ['Sam Lee on 3 March', 'Sam Lee'],
    ['Anne Roy 2020-09-15', 'Anne Roy'],
  ])('%s → %s', (raw, name) => {
    expect(cleanByline(raw)).toBe(name);
  });
});

describe('splitAuthors', () => {
  it.each([
    ['Par Anne Martin et Paul Durand', ['Anne Martin', 'Paul Durand']],
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Por Ana Gil y Luis Sanz', ['Ana Gil', 'Luis Sanz']],
    ['Von Eva Koch und Max Bauer', ['Eva Koch', 'Max Bauer']],
    ['Ana Gil, Luis Sanz & Eva Koch', ['Ana Gil', 'Luis Sanz', 'Eva Koch']],
    ['By Bruce Y. Lee', ['Bruce Y. Lee']],
    ['BY JANE DOE AND JOHN ROE', ['Jane Doe', 'John Roe']],
    ['Martin Untersinger (avec Damien Leloup, Morgane Tual)', ['Martin Untersinger', 'Damien Leloup', 'Morgane Tual']],
  ])('%s', (byline, names) => {
    expect(splitAuthors(byline, null)).toEqual(names);
  });

  it('drops organisations, URLs, dates and essays', () => {
    expect(splitAuthors('NGO, Organization', null)).toEqual([]);
    expect(splitAuthors('https://example.com/author/jane', null)).toEqual([]);
    expect(splitAuthors('15/09/2020', null)).toEqual([]);
    expect(splitAuthors('La Rédaction', null)).toEqual([]);
    expect(splitAuthors('This is not a name but a whole sentence about the article', null)).toEqual([]);
    expect(splitAuthors('x'.repeat(80), null)).toEqual([]);
  });

  it('drops agencies, job titles, credentials and handles, and calms capitals', () => {
    expect(splitAuthors('STEVE PEOPLES, AP National Political Writer', null)).toEqual(['Steve Peoples']);
    expect(splitAuthors('The Associated Press', null)).toEqual([]);
    expect(splitAuthors('PTI', null)).toEqual([]);
    expect(splitAuthors('Ilana Muhlstein, MS, RDN', null)).toEqual(['Ilana Muhlstein']);
    expect(splitAuthors('gto', null)).toEqual([]);
    expect(splitAuthors('Analysis by Chris Cillizza', null)).toEqual(['Chris Cillizza']);
    expect(splitAuthors("Story and photos by Seán O'NEILL", null)).toEqual(["Seán O'NEILL"]);
  });

  it('drops a wire dateline taken for a byline', () => {
    expect(splitAuthors('CAIRO —', null)).toEqual([]);
    expect(splitAuthors('SAN SEBASTIÁN -', null)).toEqual([]);
  });

  it('drops the site name posing as the author', () => {
    expect(splitAuthors('The Local Spain', 'The Local Spain')).toEqual([]);
    expect(splitAuthors('Mac & i', 'Mac & i')).toEqual([]);
  });
});

describe('isPlausibleAuthor', () => {
  it('accepts non-Latin names', () => {
    expect(isPlausibleAuthor('أحمد المنصوري', null)).toBe(true);
    expect(isPlausibleAuthor('Иван Петров', null)).toBe(true);
  });
});

describe('extractAuthors', () => {
  it('reads JSON-LD authors as string, object and array, skipping organisations', () => {
    expect(authorsFrom({ article: { '@type': 'NewsArticle', author: 'Jane Doe' } })).toEqual(['Jane Doe']);
    expect(authorsFrom({ article: { '@type': 'NewsArticle', author: { '@type': 'Person', name: 'By Jane Doe' } } })).toEqual(['Jane Doe']);
    expect(
      authorsFrom({
        article: {
          '@type': 'NewsArticle',
          author: [{ '@type': 'Person', name: 'Jane Doe' }, { '@type': 'Organization', name: 'AFP' }, 'John Roe'],
        },
      }),
    ).toEqual(['Jane Doe', 'John Roe']);
  });

  it('does not let meta tags reintroduce a JSON-LD organisation', () => {
    expect(
      authorsFrom({ article: { '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'AFP' } }, metaHtml: '<meta name="author" content="AFP">' }),
    ).toEqual([]);
  });

  it('prefers Dublin Core to a template-filled author meta, as Readability does', () => {
    expect(authorsFrom({ metaHtml: '<meta name="author" content="Meta Name"><meta property="dc:creator" content="Dublin Core">' })).toEqual(['Dublin Core']);
  });

  it('falls back from meta to the byline to visible byline lines', () => {
    expect(authorsFrom({ metaHtml: '<meta name="author" content="Jane Doe">', byline: 'By John Roe' })).toEqual(['Jane Doe']);
    expect(authorsFrom({ metaHtml: '<meta name="author" content="NGO, Organization">', byline: 'By John Roe' })).toEqual(['John Roe']);
    expect(authorsFrom({ visible: ['Par Awa Diop | Publié le 12/10/2023', 'Par Autre Auteur'] })).toEqual(['Awa Diop']);
  });

  it('de-duplicates case-insensitively', () => {
    expect(authorsFrom({ article: { '@type': 'Article', author: ['Jane Doe', 'JANE DOE'] } })).toEqual(['Jane Doe']);
  });
});

describe('isNavigationText', () => {
  it('is true only when every occurrence is inside navigation', () => {
    const doc = linkedomDocument('<html><body><nav><ul><li><a href="/b">個人</a></li></ul></nav><p class="by"><span>Jane Doe</span></p><nav><a>Jane Doe</a></nav></body></html>');
    expect(isNavigationText(doc, '個人')).toBe(true);
    expect(isNavigationText(doc, 'Jane Doe')).toBe(false);
    expect(isNavigationText(doc, 'Nobody')).toBe(false);
  });
});
