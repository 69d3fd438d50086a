import { loadFixture, type ServedPage } from '../../tests/e2e/support/index.ts';

/**
 * The pages `npm start` clips: four of the test fixtures, chosen to show the
 * main job at a glance (two lepetitjournal.com city editions, a Spanish daily
 * with JSON-LD, a French expat blog). Reading them from the fixtures keeps
 * one copy of each page, served at the address its expected.json records.
 */
export const SAMPLE_SLUGS = [
  'lepetitjournal-madrid-restrictions',
  'lepetitjournal-heidelberg-stammtisch',
  'elpais-madrid-jsonld',
  'blog-valence-date-en-prose',
] as const;

export function loadSamples(): ServedPage[] {
  return SAMPLE_SLUGS.map((slug) => {
    const fixture = loadFixture(slug);
    return { url: fixture.url, html: fixture.html };
  });
}
