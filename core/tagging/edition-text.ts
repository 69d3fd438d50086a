/**
 * Edition from the page's metadata places and from its text through the
 * gazetteer. Precision first: a city is only returned when the page is
 * clearly about it (a dateline, or a title/lead mention the body confirms
 * and no other city rivals); a passing mention returns null.
 */
import type { EditionTag } from '../model';
import type { TaggingInput } from './index';
import { editionById } from './editions-list';
import { loadGazetteer } from './gazetteer/index';
import type { Gazetteer, Place } from './gazetteer/index';
import { countryOfHost } from './gazetteer/places-context';
import type { PageContext } from './gazetteer/resolve';
import { qualifierAfter, resolvePlace } from './gazetteer/resolve';
import type { Mention } from './gazetteer/scan';
import { WEAK_NAMES, isTitleCase, scanPlaces } from './gazetteer/scan';
import { findDatelines } from './datelines';
import { parseUrl } from './parse-url';
import { fold, words } from './text-fold';

/**
 * Only the first 20,000 characters of the body are read. Where a story takes
 * place is said in its title, lead and first paragraphs; further down come
 * passing mentions, which only add noise, and scanning a 5 MB page in full
 * would make tagging slow for no gain.
 */
export const TEXT_SCAN_LIMIT = 20_000;
const LEAD_CHARS = 800;

/** The edition a place stands for, or null for a small homonym that cannot be one. */
export function placeToEdition(place: Place, source: EditionTag['source'], confidence: number): EditionTag | null {
  if (!place.taggable) return null;
  const edition = place.editionId ? editionById(place.editionId) : undefined;
  const info = edition ?? { id: place.id, label: { ...place.label }, country: place.country, kind: 'city' as const };
  return { ...info, source, confidence };
}

function contextOf(input: TaggingInput, countries: ReadonlyMap<string, number>): PageContext {
  const url = parseUrl(input.canonicalUrl) ?? parseUrl(input.url);
  return { siteCountry: url ? countryOfHost(url.hostname) : null, lang: input.lang, countries };
}

/** A place named on its own (`Madrid`, `Paris, Texas`), as metadata gives it. */
function lookupName(g: Gazetteer, value: string, ctx: PageContext): Place | null {
  const parts = value.split(/\s*[,(]\s*/);
  const whole = words(fold(value)).join(' ');
  const exact = g.byName.get(whole);
  if (exact) return resolvePlace(exact, null, ctx);
  const head = g.byName.get(words(fold(parts[0] ?? '')).join(' '));
  if (!head) return null;
  return resolvePlace(head, qualifierAfter(value, (parts[0] ?? '').length), ctx);
}

/** `places` from JSON-LD / datelines, then an `article:section` that is a place name. */
export function editionFromMetadata(input: TaggingInput): EditionTag | null {
  const g = loadGazetteer();
  const ctx = contextOf(input, new Map());
  for (const value of input.places.slice(0, 10)) {
    if (typeof value !== 'string' || value.length > 120) continue;
    const place = lookupName(g, value, ctx);
    if (place) return placeToEdition(place, 'metadata', 0.85);
  }
  if (input.section && input.section.length <= 60) {
    const place = g.byName.get(words(fold(input.section)).join(' '));
    const resolved = place ? resolvePlace(place, null, ctx) : null;
    if (resolved) return placeToEdition(resolved, 'metadata', 0.75);
  }
  return null;
}

interface Tally {
  place: Place;
  score: number;
  inHead: boolean;
  mentions: number;
}

export function editionFromText(input: TaggingInput): EditionTag | null {
  const g = loadGazetteer();
  const title = input.title.slice(0, 500);
  const excerpt = (input.excerpt ?? '').slice(0, 1000);
  const body = input.text.slice(0, TEXT_SCAN_LIMIT);
  const segments: Array<{ text: string; mentions: Mention[]; weight: (m: Mention) => number; head: boolean }> = [
    { text: title, mentions: scanPlaces(g, title, isTitleCase(title)), weight: () => 3, head: true },
    { text: excerpt, mentions: scanPlaces(g, excerpt), weight: () => 2, head: true },
    { text: body, mentions: scanPlaces(g, body), weight: (m) => (m.start < LEAD_CHARS ? 1.5 : 0.5), head: false },
  ];
  // Unambiguous mentions first: they tell which country the page is about.
  const countries = new Map<string, number>();
  for (const s of segments)
    for (const m of s.mentions) {
      const only = m.places.length === 1 ? m.places[0] : undefined;
      if (only) countries.set(only.country, (countries.get(only.country) ?? 0) + 1);
    }
  const ctx = contextOf(input, countries);

  const tallies = new Map<string, Tally>();
  const bump = (place: Place, score: number, head: boolean) => {
    const t = tallies.get(place.id) ?? { place, score: 0, inHead: false, mentions: 0 };
    t.score += score;
    t.mentions += 1;
    t.inHead ||= head;
    tallies.set(place.id, t);
  };
  for (const s of segments) {
    for (const m of s.mentions) {
      const q = qualifierAfter(s.text, m.end);
      // A name that is also a common word counts only when qualified (`Nice, France`).
      if (WEAK_NAMES.has(m.key) && !q) continue;
      const place = resolvePlace(m.places, q, ctx);
      if (place) bump(place, s.weight(m), s.head);
    }
  }

  const dated = datelinePlace(g, [body, excerpt], ctx);
  const ranked = [...tallies.values()].sort((a, b) => b.score - a.score);
  if (dated) {
    const rival = ranked.find((t) => t.place.id !== dated.place.id);
    const own = tallies.get(dated.place.id)?.score ?? 0;
    // A dateline wins unless the story is plainly about somewhere else.
    if (!rival || rival.score < 2 * (own + 3)) return placeToEdition(dated.place, 'text', dated.kind === 'filed' ? 0.85 : 0.7);
  }
  const [top, second] = ranked;
  if (!top || !top.inHead || top.mentions < 3 || top.score < 6) return null;
  if (second && top.score < 2.5 * second.score) return null;
  return placeToEdition(top.place, 'text', Math.min(0.75, 0.4 + top.score / 40));
}

function datelinePlace(g: Gazetteer, texts: string[], ctx: PageContext): { place: Place; kind: 'filed' | 'lead' } | null {
  for (const text of texts) {
    for (const d of findDatelines(text)) {
      const places = g.byName.get(words(fold(d.name)).join(' '));
      if (!places) continue;
      const place = resolvePlace(places, qualifierAfter(d.line, d.nameEnd), ctx);
      if (place) return { place, kind: d.kind };
    }
  }
  return null;
}
