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
import type { PageContext, Qualifier } from './gazetteer/resolve';
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

/** A place named on its own (`Madrid`, `Paris, Texas`), as metadata and keywords give it. */
function namedPlaces(g: Gazetteer, value: string): { places: readonly Place[]; q: Qualifier | null } | null {
  const exact = g.byName.get(words(fold(value)).join(' '));
  if (exact) return { places: exact, q: null };
  const head = value.split(/\s*[,(]\s*/)[0] ?? '';
  const places = g.byName.get(words(fold(head)).join(' '));
  return places ? { places, q: qualifierAfter(value, head.length) } : null;
}

interface Tally {
  place: Place;
  score: number;
  inTitle: boolean;
  inHead: boolean;
  mentions: number;
  /** Named by a keyword or article:tag. */
  tagged: boolean;
}

interface Segment {
  text: string;
  mentions: Mention[];
  weight: (m: Mention) => number;
  head: boolean;
  title: boolean;
}

/**
 * Edition from `places` metadata, an `article:section` naming a place, then
 * the text. Metadata must be corroborated by the page (the place named in the
 * title, lead, first paragraphs or keywords): some sites stamp every page
 * with their home city, which says nothing about the story.
 */
export function editionFromPage(input: TaggingInput): EditionTag | null {
  const g = loadGazetteer();
  const title = input.title.slice(0, 500);
  const excerpt = (input.excerpt ?? '').slice(0, 1000);
  const body = input.text.slice(0, TEXT_SCAN_LIMIT);
  const lang = input.lang;
  const segments: Segment[] = [
    { text: title, mentions: scanPlaces(g, title, { titleCase: isTitleCase(title), lang }), weight: () => 3, head: true, title: true },
    { text: excerpt, mentions: scanPlaces(g, excerpt, { lang }), weight: () => 2, head: true, title: false },
    { text: body, mentions: scanPlaces(g, body, { lang }), weight: (m) => (m.start < LEAD_CHARS ? 1.5 : 0.5), head: false, title: false },
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
  /** The qualifier a page puts after a name somewhere (`PARIS, Texas`), so a bare `Paris` elsewhere means the same. */
  const pageQualifiers = new Map<string, Qualifier>();
  const bump = (place: Place, score: number, s: { head: boolean; title: boolean }, tagged = false) => {
    const t = tallies.get(place.id) ?? { place, score: 0, inTitle: false, inHead: false, mentions: 0, tagged: false };
    t.score += score;
    t.mentions += 1;
    t.inHead ||= s.head;
    t.inTitle ||= s.title;
    t.tagged ||= tagged;
    tallies.set(place.id, t);
  };
  for (const s of segments)
    for (const m of s.mentions) {
      const q = qualifierAfter(s.text, m.end);
      if (q && !pageQualifiers.has(m.key)) pageQualifiers.set(m.key, q);
    }
  for (const s of segments) {
    for (const m of s.mentions) {
      const q = qualifierAfter(s.text, m.end) ?? pageQualifiers.get(m.key) ?? null;
      // A name that is also a common word counts only when qualified (`Nice, France`).
      if (WEAK_NAMES.has(m.key) && !q) continue;
      const place = resolvePlace(m.places, q, ctx);
      if (place) bump(place, s.weight(m), s);
    }
  }
  for (const k of input.keywords.slice(0, 30)) {
    if (typeof k !== 'string' || k.length > 60) continue;
    const named = namedPlaces(g, k);
    const place = named && resolvePlace(named.places, named.q ?? pageQualifiers.get(words(fold(k)).join(' ')) ?? null, ctx);
    if (place) bump(place, 2, { head: true, title: false }, true);
  }

  const fromMetadata = [...input.places.slice(0, 10), input.section ?? ''];
  for (const [i, value] of fromMetadata.entries()) {
    if (typeof value !== 'string' || !value || value.length > 120) continue;
    const named = namedPlaces(g, value);
    if (!named) continue;
    const key = words(fold(value.split(/\s*[,(]\s*/)[0] ?? '')).join(' ');
    const place = resolvePlace(named.places, named.q ?? pageQualifiers.get(key) ?? null, ctx);
    if (place && tallies.has(place.id)) return placeToEdition(place, 'metadata', i < fromMetadata.length - 1 ? 0.85 : 0.75);
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
  if (!top || !top.inHead) return null;
  if (second && top.score < 2.5 * second.score) return null;
  // Named in the title and tagged by the editor, or named in the head and confirmed by the body.
  const titledAndTagged = top.inTitle && top.tagged;
  if (!titledAndTagged && (top.mentions < 3 || top.score < 6)) return null;
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
