/**
 * Golden test over tests/fixtures/pages: every field of expected.json, the
 * textIncludes / textExcludes lists, and the full text against
 * expected-text.txt. Goldens are written only with UPDATE_FIXTURES=1; a
 * missing golden fails.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../core/extract';
import { THEME_IDS } from '../../../core/model';
import { loadFixtures } from '../../fixtures/load-fixtures';
import { jsdomWindow, linkedomDocument, NOW } from './dom';

const UPDATE = process.env['UPDATE_FIXTURES'] === '1';
const FIELDS = [
  'kind', 'title', 'byline', 'authors', 'siteName', 'lang', 'dir', 'canonicalUrl',
  'publishedAt', 'modifiedAt', 'section', 'leadImage', 'keywords', 'places',
] as const;

const fixtures = loadFixtures();

describe('page fixtures', () => {
  it('has the cases the extractor promises to handle', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(12);
    const slugs = fixtures.map((f) => f.slug);
    expect(slugs.filter((s) => s.startsWith('lepetitjournal-')).length).toBeGreaterThanOrEqual(4);
    expect(fixtures.some((f) => f.expected.kind === 'link')).toBe(true);
    expect(fixtures.some((f) => f.expected.dir === 'rtl')).toBe(true);
  });

  it.each(fixtures.map((f) => [f.slug, f] as const))('%s has valid hand labels', (_slug, fixture) => {
    for (const theme of fixture.expected.themes) expect(THEME_IDS).toContain(theme);
    expect(fixture.expected.themes.length).toBeLessThanOrEqual(3);
    expect(fixture.expected.edition === null || /^[a-z][a-z-]*$/.test(fixture.expected.edition)).toBe(true);
  });

  it.each(fixtures.map((f) => [f.slug, f] as const))('%s extracts as expected', (_slug, fixture) => {
    const article = extractArticle(linkedomDocument(fixture.html), fixture.url, { now: NOW, sanitizerWindow: jsdomWindow() });
    const expected: Record<string, unknown> = { ...fixture.expected };
    for (const field of FIELDS) {
      if (field in expected) expect({ field, value: article[field] }).toEqual({ field, value: expected[field] });
    }
    for (const snippet of fixture.expected.textIncludes) expect(article.text).toContain(snippet);
    for (const snippet of fixture.expected.textExcludes) {
      expect(article.text).not.toContain(snippet);
      expect(article.html).not.toContain(snippet);
    }
    expect(article.html).not.toMatch(/<script|<iframe|<form|\son\w+=|javascript:/i);

    if (UPDATE) fs.writeFileSync(fixture.textGoldenPath, `${article.text}\n`);
    expect(fs.existsSync(fixture.textGoldenPath), `missing ${fixture.textGoldenPath}; run with UPDATE_FIXTURES=1`).toBe(true);
    expect(article.text).toBe(fs.readFileSync(fixture.textGoldenPath, 'utf8').replace(/\n$/, ''));
  });
});
