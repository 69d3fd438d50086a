/**
 * The gazetteer: every city the text detector can name, indexed by folded
 * name. Built once, on first use, from the generated GeoNames rows plus the
 * multilingual names and the edition list; only the tagger imports this.
 */
import type { LocalisedLabel } from '../../model';
import { editionById } from '../editions-list';
import { fold, slugify, words } from '../text-fold';
import { CITY_ROWS } from './cities.generated';
import { EDITION_BY_CITY } from './edition-cities';
import { MULTILINGUAL_ROWS } from './names-multilingual';
import { COUNTRY_BY_NAME } from './places-context';

/** City-states, whose city name is also the country's name. */
const CITY_STATES = new Set(['SG', 'HK', 'LU', 'MC']);

export interface Place {
  /** Edition id for an edition city, else a slug (suffixed with the country for a smaller homonym). */
  id: string;
  label: LocalisedLabel;
  country: string;
  /** GeoNames admin1 code: the state for US cities. */
  admin: string;
  population: number;
  editionId: string | null;
  /**
   * Whether the place can be an edition tag: edition cities and cities of
   * 300,000+. Smaller homonyms are there only so that `Paris, Texas` is
   * recognised as not-Paris-France.
   */
  taggable: boolean;
}

export interface Gazetteer {
  /** Folded name, words joined by one space → places of that name, most populous first. */
  byName: ReadonlyMap<string, readonly Place[]>;
  /** Longest name in words, to bound the n-gram scan. */
  maxWords: number;
  size: number;
}

let cached: Gazetteer | null = null;
const TAGGABLE_POPULATION = 300_000;

export function loadGazetteer(): Gazetteer {
  cached ??= build();
  return cached;
}

function nameKey(name: string): string {
  return words(fold(name)).join(' ');
}

function build(): Gazetteer {
  const alternates = new Map<string, string[]>();
  for (const line of MULTILINGUAL_ROWS.trim().split('\n')) {
    const [name = '', cc = '', alts = ''] = line.split('|');
    alternates.set(`${name}|${cc}`, alts.split(';').filter(Boolean));
  }
  const byName = new Map<string, Place[]>();
  const usedIds = new Set<string>();
  let maxWords = 1;
  let size = 0;
  // Rows are sorted by population, so the biggest homonym gets the bare slug.
  for (const line of CITY_ROWS.split('\n')) {
    const [name = '', country = '', admin = '', pop = '0'] = line.split('|');
    const editionId = EDITION_BY_CITY.get(`${name}|${country}`) ?? null;
    const edition = editionId ? editionById(editionId) : undefined;
    let id = edition?.id ?? slugify(name);
    if (!edition && usedIds.has(id)) id = `${id}-${country.toLowerCase()}`;
    if (!edition && usedIds.has(id)) id = `${id}-${admin.toLowerCase()}`;
    usedIds.add(id);
    const label = edition ? { ...edition.label } : { en: name, fr: name };
    const population = Number(pop);
    const editionId2 = edition?.id ?? null;
    const place: Place = { id, label, country, admin, population, editionId: editionId2, taggable: editionId2 !== null || population >= TAGGABLE_POPULATION };
    size++;
    const names = new Set([name, ...(alternates.get(`${name}|${country}`) ?? [])]);
    if (edition && edition.id !== 'heidelberg-mannheim') names.add(edition.label.en).add(edition.label.fr);
    for (const n of names) {
      const key = nameKey(n);
      // `Mexico` or `Koweït` in a text means the country far more often than the capital.
      if (!key || (COUNTRY_BY_NAME.has(key) && !CITY_STATES.has(country))) continue;
      maxWords = Math.max(maxWords, key.split(' ').length);
      const list = byName.get(key) ?? [];
      if (!list.includes(place)) list.push(place);
      byName.set(key, list);
    }
  }
  for (const list of byName.values()) list.sort((a, b) => b.population - a.population);
  return { byName, maxWords, size };
}
