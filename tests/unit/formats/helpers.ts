/** Shared test helpers for the formats tests: a jsdom DomEnv, article factories, fixture paths. */
import { JSDOM } from 'jsdom';
import path from 'node:path';
import type { DomEnv } from '../../../core/formats/dom-env';
import type { Collection, LibraryArticle } from '../../../core/formats/types';
import type { EditionTag } from '../../../core/model';

export const repoRoot = path.resolve(__dirname, '../../..');
export const importFixtures = path.join(repoRoot, 'tests/fixtures/imports');

let shared: DomEnv | null = null;

/** One jsdom window for every parse: DOMParser documents are cheap, windows are not. */
export function jsdomEnv(): DomEnv {
  if (!shared) {
    const { window } = new JSDOM('<!DOCTYPE html><html><body></body></html>');
    const parser = new window.DOMParser();
    shared = {
      parseHtml: (html) => parser.parseFromString(html, 'text/html') as unknown as Document,
      window: window as unknown as DomEnv['window'],
    };
  }
  return shared;
}

export const FIXED_NOW = Date.UTC(2026, 10, 27, 0, 0, 0);
export const fixedClock = (): number => FIXED_NOW;

export const madrid: EditionTag = {
  id: 'madrid',
  label: { en: 'Madrid', fr: 'Madrid' },
  country: 'ES',
  kind: 'city',
  source: 'site',
  confidence: 1,
};

let counter = 0;

export function fakeArticle(overrides: Partial<LibraryArticle> = {}): LibraryArticle {
  counter++;
  const url = overrides.url ?? `https://lepetitjournal.com/madrid/article-${counter}`;
  const base: LibraryArticle = {
    id: `id-${counter}`,
    url,
    pageUrl: url,
    kind: 'article',
    title: `Article ${counter}`,
    siteName: 'lepetitjournal.com',
    byline: 'Marie Dupont',
    authors: ['Marie Dupont'],
    excerpt: 'Un résumé.',
    leadImage: null,
    lang: 'fr',
    dir: 'ltr',
    section: null,
    keywords: [],
    publishedAt: '2024-04-02T08:00:00.000Z',
    modifiedAt: null,
    savedAt: 1712050000000,
    updatedAt: 1712050000000,
    status: 'unread',
    favourite: false,
    edition: madrid,
    themes: [{ id: 'travel-transport', source: 'model', confidence: 0.8 }],
    editionId: 'madrid',
    themeIds: ['travel-transport'],
    labels: [],
    notes: '',
    progress: 0,
    wordCount: 6,
    readingMinutes: 1,
    html: '<p>Le métro &amp; le bus.</p>',
    text: 'Le métro & le bus.',
    highlights: [],
  };
  const article = { ...base, ...overrides };
  article.editionId = article.edition?.id ?? '';
  article.themeIds = article.themes.map((t) => t.id);
  return article;
}

export function fakeCollection(name: string, articles: LibraryArticle[]): Collection {
  return { id: `col-${name}`, name, articleUrls: articles.map((a) => a.url) };
}
