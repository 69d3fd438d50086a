import { describe, expect, it } from 'vitest';
import { KiosqueError } from '../../core/errors';
import { EXTRACTION_LIMITS, parseExtractionResult, validateExtractedArticle } from '../../core/validate-extraction';
import { fakeExtracted } from '../factories';

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof KiosqueError) return error.code;
    throw error;
  }
  throw new Error('expected a KiosqueError');
}

describe('parseExtractionResult', () => {
  it('returns a valid article as a fresh object with only known fields', () => {
    const article = fakeExtracted({ truncated: true });
    const extra = { ...article, injected: '<script>', __proto__hack: 1 };
    const out = parseExtractionResult({ ok: true, article: extra, ms: 3 });
    expect(out).toEqual(article);
    expect(out).not.toBe(extra);
    expect(Object.keys(out)).not.toContain('injected');
  });

  it("rethrows the extractor's own typed errors", () => {
    expect(codeOf(() => parseExtractionResult({ ok: false, error: { code: 'extraction-failed', message: 'no article' } }))).toBe(
      'extraction-failed',
    );
    expect(codeOf(() => parseExtractionResult({ ok: false, error: { code: 'page-too-large', message: 'big' } }))).toBe(
      'page-too-large',
    );
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'ok'],
    ['an array', [{ ok: true }]],
    ['no ok flag', { article: fakeExtracted() }],
    ['ok as a string', { ok: 'true', article: fakeExtracted() }],
    ['ok without article', { ok: true }],
    ['an unknown error code', { ok: false, error: { code: 'storage-failed', message: 'x' } }],
    ['an error without message', { ok: false, error: { code: 'extraction-failed' } }],
    ['an error that is a string', { ok: false, error: 'boom' }],
  ])('rejects %s as invalid-extraction', (_name, value) => {
    expect(codeOf(() => parseExtractionResult(value))).toBe('invalid-extraction');
  });
});

describe('validateExtractedArticle', () => {
  const bad: Array<[string, Record<string, unknown>]> = [
    ['a numeric title', { title: 42 }],
    ['an empty title', { title: '   ' }],
    ['a huge title', { title: 'x'.repeat(EXTRACTION_LIMITS.title + 1) }],
    ['a relative url', { url: '/madrid/article' }],
    ['a javascript: url', { url: 'javascript:alert(1)' }],
    ['a data: canonical url', { canonicalUrl: 'data:text/html,hi' }],
    ['a javascript: lead image', { leadImage: 'javascript:alert(1)' }],
    ['an unknown kind', { kind: 'video' }],
    ['authors as a string', { authors: 'Ana' }],
    ['a non-string keyword', { keywords: ['ok', { toString: 'x' }] }],
    ['too many places', { places: Array.from({ length: EXTRACTION_LIMITS.listItems + 1 }, () => 'Madrid') }],
    ['a malformed language', { lang: 'French' }],
    ['a bad direction', { dir: 'up' }],
    ['an unparsable date', { publishedAt: 'yesterday-ish' }],
    ['a negative word count', { wordCount: -1 }],
    ['a fractional word count', { wordCount: 1.5 }],
    ['a word count beyond the text', { wordCount: 10_000, text: 'short' }],
    ['NaN reading minutes', { readingMinutes: Number.NaN }],
    ['html as an object', { html: { length: 3 } }],
    ['a missing text', { text: undefined }],
    ['truncated as a string', { truncated: 'yes' }],
  ];
  it.each(bad)('rejects %s', (_name, patch) => {
    expect(codeOf(() => validateExtractedArticle({ ...fakeExtracted(), ...patch }))).toBe('invalid-extraction');
  });

  it('rejects objects with a foreign prototype (a page-made class instance)', () => {
    class Poisoned {}
    const value = Object.assign(new Poisoned(), fakeExtracted());
    expect(codeOf(() => validateExtractedArticle(value))).toBe('invalid-extraction');
  });

  it('names the offending field in the error details', () => {
    try {
      validateExtractedArticle({ ...fakeExtracted(), siteName: 7 });
      throw new Error('expected a throw');
    } catch (error) {
      expect(error).toBeInstanceOf(KiosqueError);
      expect((error as KiosqueError).details).toEqual({ field: 'siteName' });
    }
  });

  it('accepts null for every nullable field and a link item with empty html', () => {
    const article = fakeExtracted({
      kind: 'link',
      html: '',
      byline: null,
      siteName: null,
      lang: null,
      dir: null,
      excerpt: null,
      leadImage: null,
      section: null,
      publishedAt: null,
      modifiedAt: null,
    });
    expect(validateExtractedArticle(article)).toEqual(article);
  });
});
