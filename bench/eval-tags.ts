/**
 * Tagging quality over labelled pages: the page fixtures
 * (tests/fixtures/pages/<slug>/expected.json: url, edition, themes) and the
 * readability-pages dev set (corpora labels.json: city, themes). Fixtures with
 * neither an edition nor a theme are extraction-only and skipped. Prints
 * edition precision/recall at city level, theme hit@1 / hit@3 / micro-F1 and
 * every confusion. Run: npm run eval:tags
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../core/extract/index';
import { isKiosqueError } from '../core/errors';
import type { ExtractedArticle, Tags, ThemeId } from '../core/model';
import { tagArticle } from '../core/tagging/index';
import { loadGazetteer } from '../core/tagging/gazetteer/index';
import { fold, words } from '../core/tagging/text-fold';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpora = path.resolve(repoRoot, '../shared/corpora');
const NOW = new Date('2026-11-27T00:00:00Z');
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: Window } };
const sanitizerWindow = new JSDOM('').window;

export interface LabelledCase {
  name: string;
  set: 'fixtures' | 'readability';
  article: ExtractedArticle;
  /** Expected edition id (fixtures) … */
  edition?: string | null;
  /** … or expected city (readability labels). */
  city?: { name: string; country: string } | null;
  themes: ThemeId[];
}

function extract(html: string, url: string): ExtractedArticle | null {
  try {
    const doc = parseHTML(html).document as unknown as Document;
    return extractArticle(doc, url, { sanitizerWindow, now: NOW });
  } catch (error) {
    if (!isKiosqueError(error)) throw error;
    console.error(`${url}: ${error.code}: ${error.message}`);
    return null;
  }
}

export function loadCases(): LabelledCase[] {
  const out: LabelledCase[] = [];
  const pages = path.join(repoRoot, 'tests/fixtures/pages');
  for (const slug of existsSync(pages) ? readdirSync(pages).sort() : []) {
    const expectedPath = path.join(pages, slug, 'expected.json');
    const sourcePath = path.join(pages, slug, 'source.html');
    if (!existsSync(expectedPath) || !existsSync(sourcePath)) continue;
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as { url: string; edition?: string | null; themes?: ThemeId[] };
    // A fixture with neither an edition nor a theme was written for extraction only and carries no tag labels.
    if ((expected.edition ?? null) === null && (expected.themes ?? []).length === 0) continue;
    const article = extract(readFileSync(sourcePath, 'utf8'), expected.url);
    if (article) out.push({ name: slug, set: 'fixtures', article, edition: expected.edition ?? null, themes: expected.themes ?? [] });
  }
  const labelsPath = path.join(corpora, 'readability-pages/labels.json');
  if (existsSync(labelsPath)) {
    const { labels } = JSON.parse(readFileSync(labelsPath, 'utf8')) as {
      labels: Record<string, { city: { name: string; country: string } | null; themes: ThemeId[] }>;
    };
    for (const [slug, label] of Object.entries(labels)) {
      const html = readFileSync(path.join(corpora, 'readability-pages', slug, 'source.html'), 'utf8').trim();
      const article = extract(html, 'http://fakehost/test/page.html');
      if (article) out.push({ name: slug, set: 'readability', article, city: label.city, themes: label.themes });
    }
  }
  return out;
}

/** The expected edition id for a labelled city: the gazetteer place of that name in that country. */
function cityEditionId(city: { name: string; country: string }): string | null {
  const places = loadGazetteer().byName.get(words(fold(city.name)).join(' ')) ?? [];
  return places.find((p) => p.country === city.country)?.id ?? null;
}

export interface Figures {
  cityPrecision: number;
  cityRecall: number;
  cityPredicted: number;
  cityGold: number;
  editionAccuracy: number;
  lepetitjournalAccuracy: number;
  lepetitjournalCases: number;
  hit1: number;
  hit3: number;
  microF1: number;
  themeCases: number;
  confusions: string[];
}

export function evaluate(cases: LabelledCase[]): Figures {
  let cityTp = 0, cityPredicted = 0, cityGold = 0, editionOk = 0, editionCases = 0, lpjOk = 0, lpjCases = 0;
  let hit1 = 0, hit3 = 0, themeCases = 0, tp = 0, fp = 0, fn = 0;
  const confusions: string[] = [];
  for (const c of cases) {
    const tags: Tags = tagArticle(c.article);
    const got = tags.edition;
    const want = c.city !== undefined ? (c.city ? cityEditionId(c.city) ?? `?${c.city.name}` : null) : (c.edition ?? null);
    editionCases++;
    if ((got?.id ?? null) === want) editionOk++;
    else confusions.push(`edition ${c.set}/${c.name}: want ${want} got ${got ? `${got.id} (${got.source} ${got.confidence})` : null}`);
    const wantCity = want !== null && (c.city !== undefined || isCityId(want));
    if (got?.kind === 'city') cityPredicted++;
    if (wantCity) cityGold++;
    if (got?.kind === 'city' && got.id === want) cityTp++;
    if (/lepetitjournal\.com$/.test(safeHost(c.article.url)) && c.article.kind === 'article') {
      lpjCases++;
      if (got?.id === want) lpjOk++;
    }
    if (c.themes.length === 0) continue;
    themeCases++;
    const ids = tags.themes.map((t) => t.id);
    if (ids[0] && c.themes.includes(ids[0])) hit1++;
    if (ids.some((id) => c.themes.includes(id))) hit3++;
    for (const id of ids) {
      if (c.themes.includes(id)) tp++;
      else fp++;
    }
    fn += c.themes.filter((id) => !ids.includes(id)).length;
    if (!ids.some((id) => c.themes.includes(id))) confusions.push(`themes ${c.set}/${c.name}: want ${c.themes.join(',')} got ${ids.join(',') || '∅'}`);
  }
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  return {
    cityPrecision: cityTp / Math.max(1, cityPredicted),
    cityRecall: cityTp / Math.max(1, cityGold),
    cityPredicted,
    cityGold,
    editionAccuracy: editionOk / Math.max(1, editionCases),
    lepetitjournalAccuracy: lpjOk / Math.max(1, lpjCases),
    lepetitjournalCases: lpjCases,
    hit1: hit1 / Math.max(1, themeCases),
    hit3: hit3 / Math.max(1, themeCases),
    microF1: p + r === 0 ? 0 : (2 * p * r) / (p + r),
    themeCases,
    confusions,
  };
}

function isCityId(id: string): boolean {
  return [...loadGazetteer().byName.values()].some((list) => list.some((p) => p.id === id));
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function print(label: string, f: Figures): void {
  const pct = (x: number) => x.toFixed(3);
  console.log(`\n== ${label}`);
  console.log(`city edition: precision ${pct(f.cityPrecision)} (${f.cityPredicted} predicted), recall ${pct(f.cityRecall)} (${f.cityGold} labelled)`);
  console.log(`edition exact match: ${pct(f.editionAccuracy)}; lepetitjournal articles: ${pct(f.lepetitjournalAccuracy)} of ${f.lepetitjournalCases}`);
  console.log(`themes over ${f.themeCases} pages: hit@1 ${pct(f.hit1)}, hit@3 ${pct(f.hit3)}, micro-F1 ${pct(f.microF1)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const cases = loadCases();
  print('page fixtures', evaluate(cases.filter((c) => c.set === 'fixtures')));
  print('readability-pages labels', evaluate(cases.filter((c) => c.set === 'readability')));
  const all = evaluate(cases);
  print('all', all);
  console.log('\nconfusions:');
  for (const line of all.confusions) console.log(`  ${line}`);
}
