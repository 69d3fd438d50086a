/**
 * Articles grouped by city edition for tables of contents: editions in
 * alphabetical order of their label, articles without an edition last.
 */
import type { EditionTag } from '../model';

export interface Grouped<T> {
  label: string;
  items: T[];
}

const OTHER = { en: 'Other articles', fr: 'Autres articles' };

export function groupByEdition<T extends { edition: EditionTag | null }>(items: T[], locale: 'en' | 'fr'): Grouped<T>[] {
  const groups = new Map<string, Grouped<T>>();
  let other: Grouped<T> | null = null;
  for (const item of items) {
    if (!item.edition) {
      other ??= { label: OTHER[locale], items: [] };
      other.items.push(item);
      continue;
    }
    let group = groups.get(item.edition.id);
    if (!group) {
      group = { label: item.edition.label[locale] || item.edition.id, items: [] };
      groups.set(item.edition.id, group);
    }
    group.items.push(item);
  }
  const sorted = [...groups.values()].sort((a, b) => a.label.localeCompare(b.label, locale));
  return other ? [...sorted, other] : sorted;
}
