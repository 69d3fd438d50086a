/**
 * Every attack page of tests/fixtures/attacks goes through extractArticle on
 * a jsdom document (as the content script would run it), then through the
 * same validation the background applies before storing, then through the
 * reader's render-time sanitiser. Nothing executable may survive any step.
 */
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../core/extract';
import type { ExtractedArticle } from '../../../core/model';
import { validateExtractedArticle } from '../../../core/validate-extraction';
import { sanitizeForReader } from '../../../components/sanitize-html';
import { attackPages, type AttackPage } from '../../fixtures/attacks/load-attacks';
import { isPlainUrl, unsafeParts } from './clean-html';

const NOW = new Date('2026-11-27T00:00:00Z');
const pages = attackPages();
const parserWindow = new JSDOM('').window;
const parse = (html: string): Document => new parserWindow.DOMParser().parseFromString(html, 'text/html');

function extract(page: AttackPage): ExtractedArticle {
  if (page.html.length > 1_000_000) {
    // jsdom takes over 20 s to parse megabyte attributes; linkedom parses the
    // page and jsdom still runs the sanitiser, as extractArticle allows.
    const doc = parseHTML(page.html).document as unknown as Document;
    return extractArticle(doc, page.url, { now: NOW, sanitizerWindow: parserWindow as unknown as Window });
  }
  // Scripts never run in jsdom unless asked to, so the page cannot alter itself here.
  const dom = new JSDOM(page.html, { url: page.url });
  return extractArticle(dom.window.document, page.url, { now: NOW });
}

const results = new Map<string, ExtractedArticle>();
function resultFor(page: AttackPage): ExtractedArticle {
  let result = results.get(page.slug);
  if (result === undefined) {
    result = extract(page);
    results.set(page.slug, result);
  }
  return result;
}

afterAll(() => {
  parserWindow.close();
});

describe('attack pages through the extractor', () => {
  it('the corpus holds every attack family', () => {
    expect(pages.map((p) => p.slug)).toEqual(
      expect.arrayContaining([
        'script-tags', 'event-handlers', 'script-urls', 'svg-script', 'frames', 'meta-refresh', 'base-href', 'forms',
        'css', 'mutation-xss', 'hostile-metadata', 'deep-json-ld', 'links', 'huge-title',
      ]),
    );
  });

  describe.each(pages.map((p) => [p.slug, p] as const))('%s', (_slug, page) => {
    it('is extracted as an article that passes the storage schema', () => {
      const result = resultFor(page);
      expect(result.kind).toBe('article');
      expect(result.wordCount).toBeGreaterThan(50);
      expect(() => validateExtractedArticle(structuredClone(result))).not.toThrow();
    });

    it('stores HTML with nothing executable, twice parsed', () => {
      const result = resultFor(page);
      expect(unsafeParts(result.html, parse)).toEqual([]);
      // As text the payload is harmless; as an attribute value it would be a request.
      expect(result.html).not.toMatch(/="(?:https?:)?\/\/attacker\.test\/pwned/);
    });

    it('renders in the reader with nothing executable', () => {
      const shown = sanitizeForReader(resultFor(page).html, parserWindow as unknown as Window & typeof globalThis);
      expect(unsafeParts(shown, parse)).toEqual([]);
    });

    it('keeps every address a plain http(s) URL', () => {
      const result = resultFor(page);
      for (const url of [result.url, result.canonicalUrl, result.leadImage]) expect(isPlainUrl(url)).toBe(true);
    });
  });
});

describe('the reader sanitiser alone', () => {
  // A row written by an older version, or by hand into IndexedDB, reaches the
  // reader without passing the clipper: render-time sanitising must hold alone.
  it.each(pages.filter((p) => p.html.length < 1_000_000).map((p) => [p.slug, p] as const))('%s: raw page markup renders with nothing executable', (_slug, page) => {
    const raw = parse(page.html).body.innerHTML;
    const shown = sanitizeForReader(raw, parserWindow as unknown as Window & typeof globalThis);
    // Relative addresses stay relative here (the clipper is what makes them absolute); in the
    // reader they point into the extension itself, which serves nothing a page could abuse.
    // An SVG shown through <img> runs no script (images are static documents).
    const inert = /^<\w+ (?:href|src|srcset)="(?![a-z][a-z0-9+.-]*:)[^"]*">$|^<img src="data:image\/svg\+xml,/i;
    expect(unsafeParts(shown, parse).filter((p) => !inert.test(p))).toEqual([]);
  });
});

describe('what the attacks aimed at', () => {
  const byName = (slug: string): ExtractedArticle => {
    const page = pages.find((p) => p.slug === slug);
    if (page === undefined) throw new Error(`no attack page ${slug}`);
    return resultFor(page);
  };

  it('a JSON-LD __proto__ or constructor key pollutes no prototype', () => {
    byName('hostile-metadata');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('hostile metadata comes back as bounded text, never as a script address', () => {
    const result = byName('hostile-metadata');
    expect(result.canonicalUrl).toBe(result.url);
    expect(result.leadImage).toBeNull();
    for (const author of result.authors) expect(typeof author).toBe('string');
  });

  it('a 1 MB title is cut to what the storage schema accepts', () => {
    const result = byName('huge-title');
    expect(result.title.length).toBeLessThanOrEqual(2_000);
    expect((result.siteName ?? '').length).toBeLessThanOrEqual(1_000);
    expect((result.byline ?? '').length).toBeLessThanOrEqual(1_000);
  });

  it('20,000 levels of JSON-LD nesting neither overflow the stack nor end up stored', () => {
    const result = byName('deep-json-ld');
    expect(result.title).toBe('Athens heatwave advice');
  });

  it('a base element in the page cannot send relative links to another site', () => {
    const html = byName('base-href').html;
    expect(html).toContain('href="https://news.test/attacks/beaches"');
    expect(html).toContain('src="https://news.test/attacks/sand.jpg"');
  });

  it('text hidden with inline CSS or the hidden attribute is not shown as article text', () => {
    const result = byName('css');
    expect(result.text).toContain('Visible text before.');
    expect(result.text).not.toMatch(/HIDDEN-INLINE-SPAM|HIDDEN-ATTRIBUTE-SPAM|HIDDEN-ARIA-SPAM/);
  });
});
