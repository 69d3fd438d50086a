import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths.ts';

export const fixturesDir = path.join(repoRoot, 'tests/fixtures/pages');

/** expected.json as the e2e tier reads it: only `url` is required, the rest is checked when present. */
export interface FixtureExpectation {
  url: string;
  title?: string;
  byline?: string | null;
  siteName?: string | null;
  lang?: string | null;
  publishedAt?: string | null;
  edition?: unknown;
  themes?: unknown;
  [field: string]: unknown;
}

export interface FixturePage {
  slug: string;
  url: string;
  html: string;
  expected: FixtureExpectation;
}

export function loadFixture(slug: string): FixturePage {
  const dir = path.join(fixturesDir, slug);
  const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as FixtureExpectation;
  if (typeof expected.url !== 'string') throw new Error(`${slug}/expected.json has no url`);
  return { slug, url: expected.url, html: readFileSync(path.join(dir, 'source.html'), 'utf8'), expected };
}

/** Every fixture with both files; a half-written folder is skipped here and caught by the fixture tests. */
export function listFixtures(): FixturePage[] {
  if (!existsSync(fixturesDir)) return [];
  return readdirSync(fixturesDir)
    .filter((slug) => ['source.html', 'expected.json'].every((f) => existsSync(path.join(fixturesDir, slug, f))))
    .sort()
    .map(loadFixture);
}

/** Edition and themes may be written as ids or as full tags; tests compare ids. */
export function editionId(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string') {
    return (value as { id: string }).id;
  }
  return null;
}

export function themeIds(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map(editionId).filter((id): id is string => id !== null);
}
