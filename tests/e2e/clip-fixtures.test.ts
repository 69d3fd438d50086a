import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dedupeKey } from '../../core/url.ts';
import {
  callKiosque,
  editionId,
  listFixtures,
  openPopup,
  serveFixtures,
  tabIdFor,
  testResultsDir,
  themeIds,
  launchKiosque,
  type FixturePage,
  type KiosqueSession,
} from './support/index.ts';

/**
 * Fields that expected.json and the stored article share a name and a shape
 * for; the extractor's unit tests check the same file, so a mismatch here
 * means the save path (messaging, storage) lost or changed something.
 */
const COMPARED_FIELDS = [
  'kind',
  'title',
  'byline',
  'authors',
  'siteName',
  'lang',
  'dir',
  'publishedAt',
  'modifiedAt',
  'section',
  'leadImage',
  'keywords',
] as const;

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

let session: KiosqueSession;

beforeEach(async () => {
  session = await launchKiosque({ build: 'e2e' });
});

afterEach(async () => {
  await session?.close();
});

async function clip(fixture: FixturePage) {
  const page = await session.context.newPage();
  await page.goto(fixture.url);
  const summary = await callKiosque(session.worker, 'saveTab', await tabIdFor(session.worker, fixture.url));
  const article = await callKiosque(session.worker, 'getArticle', summary.id);
  await page.close();
  return { summary, article };
}

function lepetitjournalFixtures(): FixturePage[] {
  return listFixtures().filter((f) => new URL(f.url).hostname.endsWith('lepetitjournal.com'));
}

describe('clipping fixture pages served at their real URLs', () => {
  it('stores each fixture with the metadata of its expected.json and lists it in the popup', async () => {
    const fixtures = listFixtures();
    expect(fixtures.length, 'no fixture pages under tests/fixtures/pages').toBeGreaterThan(0);
    await serveFixtures(session.context, fixtures);

    const titles: string[] = [];
    for (const fixture of fixtures) {
      const { summary, article } = await clip(fixture);
      for (const field of COMPARED_FIELDS) {
        if (field in fixture.expected) {
          expect(article[field], `${fixture.slug}: ${field}`).toEqual(fixture.expected[field]);
        }
      }
      expect(article.pageUrl, fixture.slug).toBe(fixture.url);
      if (typeof fixture.expected.canonicalUrl === 'string') {
        expect(article.url, fixture.slug).toBe(dedupeKey(fixture.expected.canonicalUrl));
      }
      expect(summary.id).toBe(article.id);
      expect(summary.title).toBe(article.title);
      if (article.kind === 'article') expect(article.wordCount, fixture.slug).toBeGreaterThan(0);
      for (const passage of strings(fixture.expected.textIncludes)) {
        expect(article.text, fixture.slug).toContain(passage);
      }
      for (const passage of strings(fixture.expected.textExcludes)) {
        expect(article.text, fixture.slug).not.toContain(passage);
      }
      titles.push(article.title);
    }

    const listed = await callKiosque(session.worker, 'listArticles');
    expect(listed.map((row) => row.title).sort()).toEqual([...titles].sort());

    const popup = await openPopup(session.context, session.extensionId);
    // The list is windowed and newest first: the last page clipped is the first row on screen.
    const newest = titles.at(-1) ?? '';
    await popup.waitForFunction((title) => document.body.innerText.includes(title), newest, { timeout: 10_000 });
    await mkdir(testResultsDir, { recursive: true });
    await popup.screenshot({ path: path.join(testResultsDir, 'popup.png') });
  });

  it('tags a lepetitjournal.com page with the edition and themes of its expected.json', async () => {
    const fixtures = lepetitjournalFixtures().filter((f) => editionId(f.expected.edition) !== null);
    expect(fixtures.length, 'no lepetitjournal.com fixture with an expected edition').toBeGreaterThan(0);
    expect(fixtures.some((f) => themeIds(f.expected.themes).length > 0), 'no lepetitjournal.com fixture with themes').toBe(true);
    await serveFixtures(session.context, fixtures);

    for (const fixture of fixtures) {
      const { summary } = await clip(fixture);
      expect(summary.edition?.id, fixture.slug).toBe(editionId(fixture.expected.edition));
      expect(summary.editionId, fixture.slug).toBe(editionId(fixture.expected.edition));
      // The lead theme must be found; the others are ranked guesses that the
      // tagging evaluation (npm run eval:tags) scores across the corpus.
      const [leadTheme] = themeIds(fixture.expected.themes);
      const gotThemes = summary.themes.map((t) => t.id);
      if (leadTheme) expect(gotThemes, fixture.slug).toContain(leadTheme);
      expect(summary.themeIds).toEqual(gotThemes);
    }
  });
});
