import { describe, expect, it } from 'vitest';
import { blockText } from '../../../core/extract/plain-text';
import { datelinePlace, MAX_PLACES, places } from '../../../core/extract/places';
import { EXTRACTION_LIMITS } from '../../../core/validate-extraction';
import { countWords } from '../../../core/extract/word-count';
import { linkedomDocument } from './dom';

function body(html: string): Node {
  return linkedomDocument(`<html><body>${html}</body></html>`).body;
}

describe('blockText', () => {
  it('breaks lines at block boundaries instead of gluing words', () => {
    expect(blockText(body('<div><p>Published 2019</p><p>The end</p></div>'))).toBe('Published 2019\nThe end');
    expect(blockText(body('<h2>SUBSCRIBE</h2>Subscribe now'))).toBe('SUBSCRIBE\nSubscribe now');
  });
  it('collapses inline whitespace and honours <br>', () => {
    expect(blockText(body('<p>a  <b>bold</b>\n  word<br>next</p>'))).toBe('a bold word\nnext');
  });
  it('keeps table cells apart on one line per row', () => {
    expect(blockText(body('<table><tr><td>Madrid</td><td>3,3 M</td></tr><tr><td>Paris</td><td>2,1 M</td></tr></table>'))).toBe('Madrid 3,3 M\nParis 2,1 M');
  });
  it('skips scripts and styles, and survives deep nesting', () => {
    expect(blockText(body('<p>x<script>var a=1</script><style>p{}</style></p>'))).toBe('x');
    const deep = '<div>'.repeat(5000) + 'deep' + '</div>'.repeat(5000);
    expect(blockText(body(deep))).toBe('deep');
  });
});

describe('datelinePlace', () => {
  it.each([
    ['MADRID (AFP) — Spain approved…', 'Madrid'],
    ['PARIS, Texas — Forget the Seine.', 'Paris'],
    ['SAN SEBASTIÁN (EFE) - El festival…', 'San Sebastián'],
    ['Madrid, 12 ene (EFE).- El Gobierno…', 'Madrid'],
    ['The city said on Tuesday…', null],
    ['Madrid - a city that never sleeps', null],
    ['Yes. We can.', null],
  ])('%s', (text, place) => {
    expect(datelinePlace(text, 'en')).toBe(place);
  });

  it('reads the German town-and-full-stop dateline only in German', () => {
    expect(datelinePlace('Heidelberg. Die Stadt hat am Samstag…', 'de')).toBe('Heidelberg');
    expect(places(null, 'Mannheim/Heidelberg. Die Polizei hat am Wochenende in beiden Städten mehr als zweihundert Fahrräder kontrolliert.', 'de')).toEqual(['Mannheim', 'Heidelberg']);
    expect(datelinePlace('Heidelberg. The city said…', 'en')).toBeNull();
  });

  it('merges JSON-LD locations and the text dateline without duplicates', () => {
    const article = {
      '@type': 'NewsArticle',
      contentLocation: [{ '@type': 'Place', name: 'Madrid' }, { address: { addressLocality: 'Getafe' } }],
      locationCreated: 'Madrid',
      dateline: 'MADRID,',
    };
    expect(places(article, 'Headline\nMADRID (AFP) — Spain approved a pilot programme that will pay small companies to test it.', 'en')).toEqual(['Madrid', 'Getafe']);
  });

  it('keeps the first places of a page that lists hundreds, within what a save accepts', () => {
    const names = Array.from({ length: 300 }, (_, i) => `Town ${i}`);
    const article = { '@type': 'NewsArticle', contentLocation: names.map((name) => ({ '@type': 'Place', name })) };
    expect(places(article, '', 'en')).toEqual(names.slice(0, MAX_PLACES));
    expect(MAX_PLACES).toBeLessThanOrEqual(EXTRACTION_LIMITS.listItems);
  });
});

describe('countWords', () => {
  it('counts spaced words and reading time', () => {
    expect(countWords('')).toEqual({ wordCount: 0, readingMinutes: 0 });
    expect(countWords("L'Ayuntamiento de Madrid a dit non.")).toEqual({ wordCount: 6, readingMinutes: 1 });
    expect(countWords('word '.repeat(2300)).readingMinutes).toBe(10);
  });
  it('counts characters for unspaced scripts', () => {
    const ja = '市は火曜日、新しいバス専用レーンを発表しました。';
    expect(countWords(ja).wordCount).toBe(22);
    expect(countWords('漢'.repeat(5000)).readingMinutes).toBe(10);
  });
});
