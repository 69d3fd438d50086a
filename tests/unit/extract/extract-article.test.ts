import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../core/extract';
import { MAX_ARTICLE_TEXT, MAX_PAGE_TEXT } from '../../../core/extract/size-guard';
import { KiosqueError } from '../../../core/errors';
import { jsdomWindow, linkedomDocument, NOW } from './dom';

const PARAGRAPH =
  '<p>La Communauté de Madrid a annoncé vendredi de nouvelles mesures pour limiter la circulation dans le centre, une décision critiquée par les commerçants du quartier.</p>';

/** Distinct paragraphs: the cleanup rules drop repeated blocks. */
function paragraphs(count: number): string {
  return Array.from({ length: count }, (_, i) => PARAGRAPH.replace('vendredi', `vendredi (${i + 1})`)).join('');
}

function page(body: string, head = ''): Document {
  return linkedomDocument(`<!DOCTYPE html><html lang="fr"><head><title>Titre de la page</title>${head}</head><body>${body}</body></html>`);
}

function extract(doc: Document, url = 'https://lepetitjournal.com/madrid/actualites/x-1') {
  return extractArticle(doc, url, { now: NOW, sanitizerWindow: jsdomWindow() });
}

function errorCode(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof KiosqueError ? error.code : 'untyped';
  }
}

describe('extractArticle', () => {
  it('returns a sanitised article with absolute URLs', () => {
    const doc = page(`<article><h1>Titre</h1>${paragraphs(6)}<p><img src="/i.jpg" onerror="alert(1)"><a href="/madrid">Madrid</a></p><script>alert(2)</script></article>`);
    const a = extract(doc);
    expect(a.kind).toBe('article');
    expect(a.html).not.toMatch(/onerror|<script|alert/);
    expect(a.html).toContain('src="https://lepetitjournal.com/i.jpg"');
    expect(a.html).toContain('href="https://lepetitjournal.com/madrid"');
    expect(a.text).toContain('La Communauté de Madrid a annoncé vendredi');
    expect(a.wordCount).toBeGreaterThan(100);
    expect(a.readingMinutes).toBeGreaterThanOrEqual(1);
    expect(a.lang).toBe('fr');
  });

  it('does not mutate the live page', () => {
    const doc = page(`<article>${paragraphs(6)}</article><aside class="sidebar">Teasers</aside>`);
    const before = doc.documentElement.outerHTML;
    extract(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('keeps a non-article page as a link with its metadata', () => {
    const doc = page(
      '<nav><a href="/a">A</a> <a href="/b">B</a></nav><ul><li><a href="/x">Un titre</a></li></ul>',
      '<meta property="og:type" content="website"><meta name="description" content="Toute l\'actualité de Madrid."><meta property="og:site_name" content="lepetitjournal.com">',
    );
    const a = extract(doc, 'https://lepetitjournal.com/madrid');
    expect(a).toMatchObject({
      kind: 'link',
      title: 'Titre de la page',
      excerpt: "Toute l'actualité de Madrid.",
      siteName: 'lepetitjournal.com',
      html: '',
      text: '',
      wordCount: 0,
      readingMinutes: 0,
      url: 'https://lepetitjournal.com/madrid',
      canonicalUrl: 'https://lepetitjournal.com/madrid',
    });
  });

  it('keeps a page whose parse is near-empty as a link', () => {
    const a = extract(page('<article><p>Court.</p></article>', '<meta property="og:type" content="article">'));
    expect(a.kind).toBe('link');
    expect(a.html).toBe('');
  });

  it('survives an empty document', () => {
    const doc = linkedomDocument('');
    const a = extract(doc, 'https://example.com/');
    expect(a.kind).toBe('link');
    expect(a.title).toBe('example.com');
  });

  it('ignores a canonical that points an article at the home page', () => {
    const doc = page(`<article>${paragraphs(6)}</article>`, '<link rel="canonical" href="https://lepetitjournal.com/">');
    expect(extract(doc).canonicalUrl).toBe('https://lepetitjournal.com/madrid/actualites/x-1');
  });

  it('rejects non-web addresses with invalid-input', () => {
    expect(errorCode(() => extract(page(PARAGRAPH), 'chrome://newtab/'))).toBe('invalid-input');
    expect(errorCode(() => extract(page(PARAGRAPH), 'not a url'))).toBe('invalid-input');
  });

  it('fails with a typed error when no sanitiser can run', () => {
    const doc = page(`<article>${paragraphs(6)}</article>`);
    expect(errorCode(() => extractArticle(doc, 'https://e.com/a', { now: NOW }))).toBe('extraction-failed');
  });

  it('keeps a 5 MB page, cut to the article limit and flagged', () => {
    const doc = page(`<article><h1>Très long</h1>${paragraphs(Math.ceil(5_000_000 / PARAGRAPH.length))}</article>`);
    expect(doc.body.textContent?.length ?? 0).toBeGreaterThan(3_000_000);
    const started = performance.now();
    const a = extract(doc);
    // Generous: the machine is shared; a hang would blow far past this.
    expect(performance.now() - started).toBeLessThan(45_000);
    expect(a.kind).toBe('article');
    expect(a.truncated).toBe(true);
    expect(a.text.length).toBeLessThanOrEqual(MAX_ARTICLE_TEXT);
    expect(a.text.length).toBeGreaterThan(MAX_ARTICLE_TEXT * 0.9);
  });

  it('refuses a page beyond the hard limit as page-too-large', () => {
    const chunk = 'x'.repeat(1_000_000);
    const doc = page(`<pre>${chunk.repeat(Math.ceil(MAX_PAGE_TEXT / chunk.length) + 1)}</pre>`);
    expect(errorCode(() => extract(doc))).toBe('page-too-large');
  });

  it('sets no truncated flag on an ordinary article', () => {
    expect(extract(page(`<article>${paragraphs(6)}</article>`)).truncated).toBeUndefined();
  });
});
