import type { ArticleSummary, ThemeId } from '../core/model';
import { THEME_IDS } from '../core/model';
import type { EditionOption } from './edition-option';

/** `NO_EDITION` selects rows the tagger left without an edition, so untagged items stay findable. */
export const NO_EDITION = '__none__';

export interface ListFilter {
  edition: string | null;
  theme: ThemeId | null;
}

export const NO_FILTER: ListFilter = { edition: null, theme: null };

export interface Facets {
  editions: { edition: EditionOption; count: number }[];
  untagged: number;
  themes: { id: ThemeId; count: number }[];
  total: number;
}

/** Newest first by save time; the id breaks ties so the order is stable between renders. */
export function newestFirst(rows: readonly ArticleSummary[]): ArticleSummary[] {
  return [...rows].sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Counts are built from the rows themselves, so a filter never offers an empty choice. */
export function facetsOf(rows: readonly ArticleSummary[]): Facets {
  const editions = new Map<string, { edition: EditionOption; count: number }>();
  const themes = new Map<ThemeId, number>();
  let untagged = 0;
  for (const row of rows) {
    if (row.edition) {
      const entry = editions.get(row.edition.id);
      if (entry) entry.count += 1;
      else editions.set(row.edition.id, { edition: row.edition, count: 1 });
    } else {
      untagged += 1;
    }
    for (const theme of new Set(row.themes.map((th) => th.id))) themes.set(theme, (themes.get(theme) ?? 0) + 1);
  }
  return {
    editions: [...editions.values()].sort((a, b) => b.count - a.count || a.edition.id.localeCompare(b.edition.id)),
    untagged,
    // Taxonomy order keeps the list predictable as counts change.
    themes: THEME_IDS.filter((id) => themes.has(id)).map((id) => ({ id, count: themes.get(id) ?? 0 })),
    total: rows.length,
  };
}

export function applyFilter(rows: readonly ArticleSummary[], filter: ListFilter): ArticleSummary[] {
  return rows.filter((row) => {
    if (filter.edition === NO_EDITION && row.edition) return false;
    if (filter.edition && filter.edition !== NO_EDITION && row.edition?.id !== filter.edition) return false;
    if (filter.theme && !row.themes.some((th) => th.id === filter.theme)) return false;
    return true;
  });
}
