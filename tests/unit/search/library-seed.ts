/**
 * Libraries for list and search tests: articles written straight into a
 * KiosqueDb with their bodies and index-log entries, as the repository's
 * writes leave them.
 */
import type { Article, ThemeId } from '../../../core/model';
import { scanSearch, toSearchDoc } from '../../../core/search';
import { noteIndexChange } from '../../../lib/db/index-log';
import type { KiosqueDb } from '../../../lib/db/schema';
import { startIndexMaintenance } from '../../../lib/search/maintenance';
import { fakeArticle, fakeEdition } from '../../factories';

/** putArticles, then the search index built and persisted as the background does, with no upkeep left running. */
export async function putIndexed(db: KiosqueDb, articles: Article[]): Promise<void> {
  await putArticles(db, articles);
  const upkeep = startIndexMaintenance(db, { debounceMs: 60_000 });
  await upkeep.ready;
  upkeep.stop();
}

export async function putArticles(db: KiosqueDb, articles: Article[]): Promise<void> {
  await db.transaction('rw', [db.articles, db.bodies, db.indexLog], async () => {
    await db.articles.bulkPut(articles.map(({ html: _html, text: _text, ...row }) => row));
    await db.bodies.bulkPut(articles.map((a) => ({ id: a.id, html: a.html, text: a.text, places: [] })));
    await noteIndexChange(
      db,
      articles.map((a) => a.id),
    );
  });
}

const EDITIONS = ['madrid', 'lisbonne', 'berlin', ''] as const;
const THEMES: ThemeId[] = ['politics', 'arts-culture', 'sport', 'expat-life'];
const SITES = ['lepetitjournal.com', 'elpais.com', 'thelocal.de'];
const WORDS = ['musée', 'München', 'élection', 'fútbol', 'loyer', 'métro', 'grève', 'festival'];

/** `count` varied articles; article i has a deterministic edition, theme, site, status and words. */
export function variedArticles(count: number, prefix = 'a'): Article[] {
  return Array.from({ length: count }, (_, i) => {
    const editionId = EDITIONS[i % EDITIONS.length] ?? '';
    const theme = THEMES[i % THEMES.length] ?? 'politics';
    const site = SITES[i % SITES.length] ?? 'elpais.com';
    const word = WORDS[i % WORDS.length] ?? 'musée';
    return fakeArticle({
      id: `${prefix}${String(i).padStart(6, '0')}`,
      url: `https://${site}/${prefix}/${i}`,
      siteName: site,
      title: `${word} numéro ${i}`,
      text: `Un texte sur ${word} et la ville, article ${i}.`,
      excerpt: null,
      edition: editionId === '' ? null : fakeEdition({ id: editionId }),
      themes: [{ id: theme, source: 'text', confidence: 0.8 }],
      status: (['unread', 'read', 'archived'] as const)[i % 3],
      favourite: i % 5 === 0,
      savedAt: Date.UTC(2026, 0, 1) + i * 60_000,
      publishedAt: i % 7 === 0 ? null : new Date(Date.UTC(2025, 0, 1) + ((i * 7919) % 1000) * 3_600_000).toISOString(),
    });
  });
}

/** The ids a plain scan of `articles` finds for `query`, best first: what the index must answer. */
export function expectedHits(articles: Article[], query: string): string[] {
  return scanSearch(articles.map((a) => toSearchDoc(a)), query, { limit: 10_000 }).map((h) => h.id);
}
