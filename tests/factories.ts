/**
 * Test data builders. Each returns a complete, valid object; a test states only
 * the fields it cares about through `overrides`, so a change to the model is
 * fixed here once rather than in every test.
 */
import type {
  Article,
  ArticleSummary,
  EditionTag,
  ExtractedArticle,
  ExtractionResult,
} from '../core/model';

let counter = 0;
/** A fresh suffix per call, so two factory objects never collide on id or URL. */
function nextSeq(): number {
  counter += 1;
  return counter;
}

export function fakeEdition(overrides: Partial<EditionTag> = {}): EditionTag {
  return {
    id: 'madrid',
    label: { en: 'Madrid', fr: 'Madrid' },
    country: 'ES',
    kind: 'city',
    source: 'site',
    confidence: 0.9,
    ...overrides,
  };
}

export function fakeExtracted(overrides: Partial<ExtractedArticle> = {}): ExtractedArticle {
  const n = nextSeq();
  const url = overrides.url ?? `https://lepetitjournal.com/madrid/actualites/article-${n}`;
  const text =
    overrides.text ??
    'La Comunidad de Madrid annonce de nouvelles lignes de bus pour les quartiers du nord.\n' +
      'Les expatriés installés à Chamartín seront les premiers concernés.';
  return {
    kind: 'article',
    url,
    canonicalUrl: overrides.canonicalUrl ?? url,
    title: `Nouvelles lignes de bus à Madrid ${n}`,
    byline: 'Marie Dupont',
    authors: ['Marie Dupont'],
    siteName: 'lepetitjournal.com',
    lang: 'fr',
    dir: 'ltr',
    excerpt: 'La Comunidad de Madrid annonce de nouvelles lignes de bus.',
    leadImage: null,
    section: 'Actualités',
    keywords: ['transport', 'Madrid'],
    places: ['Madrid'],
    publishedAt: '2026-11-20T09:00:00.000Z',
    modifiedAt: null,
    html: `<p>${text.split('\n').join('</p><p>')}</p>`,
    text,
    wordCount: text.split(/\s+/).filter(Boolean).length,
    readingMinutes: 1,
    ...overrides,
  };
}

export function fakeExtractionResult(overrides: Partial<ExtractedArticle> = {}): ExtractionResult {
  return { ok: true, article: fakeExtracted(overrides), ms: 12 };
}

export function fakeSummary(overrides: Partial<ArticleSummary> = {}): ArticleSummary {
  const n = nextSeq();
  const edition = overrides.edition === undefined ? fakeEdition() : overrides.edition;
  const themes = overrides.themes ?? [{ id: 'travel-transport' as const, source: 'text' as const, confidence: 0.7 }];
  const url = overrides.url ?? `https://lepetitjournal.com/madrid/actualites/article-${n}`;
  const savedAt = overrides.savedAt ?? Date.UTC(2026, 10, 20, 10, 0, 0) + n * 1000;
  return {
    id: `article-${n}`,
    url,
    pageUrl: url,
    kind: 'article',
    title: `Nouvelles lignes de bus à Madrid ${n}`,
    siteName: 'lepetitjournal.com',
    byline: 'Marie Dupont',
    authors: ['Marie Dupont'],
    excerpt: 'La Comunidad de Madrid annonce de nouvelles lignes de bus.',
    leadImage: null,
    lang: 'fr',
    dir: 'ltr',
    section: 'Actualités',
    keywords: ['transport', 'Madrid'],
    publishedAt: '2026-11-20T09:00:00.000Z',
    modifiedAt: null,
    savedAt,
    updatedAt: savedAt,
    status: 'unread',
    favourite: false,
    labels: [],
    notes: '',
    progress: 0,
    wordCount: 24,
    readingMinutes: 1,
    ...overrides,
    // The index mirrors always follow the tags unless a test sets them on purpose.
    edition,
    themes,
    editionId: overrides.editionId ?? edition?.id ?? '',
    themeIds: overrides.themeIds ?? themes.map((t) => t.id),
  };
}

export function fakeArticle(overrides: Partial<Article> = {}): Article {
  const { html, text, ...summaryOverrides } = overrides;
  const summary = fakeSummary(summaryOverrides);
  const body = text ?? 'La Comunidad de Madrid annonce de nouvelles lignes de bus pour les quartiers du nord.';
  return { ...summary, html: html ?? `<p>${body}</p>`, text: body };
}
