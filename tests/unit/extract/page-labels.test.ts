import { describe, expect, it } from 'vitest';
import { articleNode, readJsonLd } from '../../../core/extract/json-ld';
import { indexMeta } from '../../../core/extract/meta-tags';
import { pageTitle, siteName } from '../../../core/extract/page-labels';
import { linkedomDocument } from './dom';

function siteOf(ogSiteName: string | null, publisher: string | null): string | null {
  const og = ogSiteName === null ? '' : `<meta property="og:site_name" content="${ogSiteName}">`;
  const ld =
    publisher === null
      ? ''
      : `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'x', publisher: { '@type': 'Organization', name: publisher } })}</script>`;
  const doc = linkedomDocument(`<!DOCTYPE html><html><head>${og}${ld}</head><body><p>x</p></body></html>`);
  return siteName(indexMeta(doc), articleNode(readJsonLd(doc)), null);
}

describe('siteName', () => {
  it('takes the publisher’s name where og:site_name only adds a tagline or a domain ending to it', () => {
    expect(siteOf('Aktuálně.cz - Víte, co se právě děje', 'Aktuálně.cz')).toBe('Aktuálně.cz');
    expect(siteOf('The Local | News in English', 'The Local')).toBe('The Local');
    expect(siteOf('Libération.fr', 'Libération')).toBe('Libération');
  });

  it('keeps og:site_name otherwise', () => {
    // A different name, or one that merely starts like the publisher's.
    expect(siteOf('Medium', 'Voodoo Engineering')).toBe('Medium');
    expect(siteOf('El País Semanal', 'El País')).toBe('El País Semanal');
    expect(siteOf('lepetitjournal.com', 'lepetitjournal.com')).toBe('lepetitjournal.com');
    expect(siteOf('The Local', null)).toBe('The Local');
    expect(siteOf(null, 'The Local')).toBe('The Local');
  });
});

describe('pageTitle', () => {
  function titleOf(title: string): string {
    const doc = linkedomDocument(`<!DOCTYPE html><html><head><title>${title}</title></head><body><p>x</p></body></html>`);
    return pageTitle(doc, indexMeta(doc), null, 'https://example.com/a');
  }

  it('folds the markup’s line breaks and indentation, and keeps the spaces a writer chose', () => {
    expect(titleOf('\n    Grève à Madrid :\n      les bus à l’arrêt\n  ')).toBe('Grève à Madrid : les bus à l’arrêt');
    // French typography: no-break spaces before ":" and inside « ».
    expect(titleOf('Screenshot\u00a0: «\u00a0Vape Wave\u00a0»')).toBe('Screenshot\u00a0: «\u00a0Vape Wave\u00a0»');
    // An ideographic space between two parts of a Japanese title.
    expect(titleOf('欲張りなイヌ\u3000＜福娘童話集＞')).toBe('欲張りなイヌ\u3000＜福娘童話集＞');
    expect(titleOf('\u00a0\u3000 ')).toBe('example.com');
  });
});
