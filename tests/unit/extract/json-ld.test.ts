import { describe, expect, it } from 'vitest';
import { articleNode, namesOf, readJsonLd, stringOf } from '../../../core/extract/json-ld';
import { linkedomDocument } from './dom';

function docWith(...blocks: string[]): Document {
  const scripts = blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('');
  return linkedomDocument(`<html><head>${scripts}</head><body></body></html>`);
}

describe('readJsonLd', () => {
  it('walks @graph, top-level arrays and nested mainEntity', () => {
    const doc = docWith(
      JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'S' }, { '@type': 'NewsArticle', headline: 'A' }] }),
      JSON.stringify([{ '@type': 'BreadcrumbList' }, { '@type': 'WebPage', mainEntity: { '@type': 'BlogPosting', headline: 'B' } }]),
    );
    expect(readJsonLd(doc).map((n) => n['@type'])).toEqual(['WebSite', 'NewsArticle', 'BreadcrumbList', 'WebPage', 'BlogPosting']);
    expect(articleNode(readJsonLd(doc))?.['headline']).toBe('A');
  });

  it('repairs trailing commas, raw line breaks and comment wrappers', () => {
    const doc = docWith('<!--\n{"@type": "NewsArticle", "headline": "Line\none", "keywords": ["a", "b",],}\n-->');
    const node = articleNode(readJsonLd(doc));
    expect(node?.['headline']).toBe('Line one');
    expect(node?.['keywords']).toEqual(['a', 'b']);
  });

  it('skips a block that cannot be parsed and keeps the others', () => {
    const doc = docWith('{"@type": "NewsArticle", "headline": ', 'not json {{{', '{"@type": "Article", "headline": "Kept"}');
    expect(readJsonLd(doc).map((n) => n['headline'])).toEqual(['Kept']);
  });

  it('prefers an Article type over a WebPage, and finds none in an empty page', () => {
    const doc = docWith(JSON.stringify([{ '@type': 'WebPage', name: 'P' }, { '@type': ['Thing', 'ReportageNewsArticle'], headline: 'R' }]));
    expect(articleNode(readJsonLd(doc))?.['headline']).toBe('R');
    expect(articleNode(readJsonLd(docWith()))).toBeNull();
    expect(articleNode(readJsonLd(docWith(JSON.stringify({ '@type': 'WebPage', name: 'Only' }))))?.['name']).toBe('Only');
  });

  it('stops at a bounded number of nodes on a pathological graph', () => {
    const graph = Array.from({ length: 5000 }, (_, i) => ({ '@type': 'Thing', i }));
    expect(readJsonLd(docWith(JSON.stringify({ '@graph': graph }))).length).toBeLessThanOrEqual(2000);
  });
});

describe('namesOf / stringOf', () => {
  it('reads strings, arrays and objects', () => {
    expect(namesOf('A')).toEqual(['A']);
    expect(namesOf([{ name: 'A' }, 'B', { name: ['C'] }, null, 3])).toEqual(['A', 'B', 'C']);
    expect(namesOf({ url: 'u' }, 'url')).toEqual(['u']);
    expect(stringOf(['', ' x '])).toBe('x');
    expect(stringOf(12)).toBe('12');
    expect(stringOf({})).toBeNull();
  });
});
