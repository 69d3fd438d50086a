/**
 * Place names the page states about itself: JSON-LD `contentLocation` and
 * `locationCreated`, the NewsArticle `dateline`, and a dateline opening the
 * text ("MADRID (AFP) —", "Heidelberg. Die Stadt…"). The tagger weighs these
 * above places merely mentioned in the story.
 */
import { capitaliseWords, textPattern } from '../latin-text';
import { namesOf, stringOf, type JsonLdNode } from './json-ld';

const AGENCY = '(?:AFP|AP|Reuters|EFE|dpa|DPA|Europa Press|EP|ANSA|Belga|ATS|KNA|epd|Xinhua|Bloomberg)';
/** "MADRID (AFP) —", "PARIS, 3 mars (Reuters) -", "Madrid, 12 ene (EFE).-", "PARIS –". */
const WIRE_DATELINE = textPattern(
  (c) =>
    `^([${c.upper}][${c.letter}'’.-]*(?:[ -][${c.upper}][${c.letter}'’.-]*){0,3})(?:\\s*,\\s*[^()\\n]{1,30}?)?\\s*(?:\\(${AGENCY}\\))?\\s*\\.?[—–-]`,
);
/**
 * German local papers open with the town and a full stop: "Heidelberg. Die…".
 * Only read in German text: elsewhere "Yes. We can." looks the same.
 */
const TOWN_DOT = textPattern((c) => `^([${c.upper}][${c.lower}]{2,}(?:[-/][${c.upper}][${c.lower}]+)?)\\.\\s+[${c.upper}„"]`);

function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return capitaliseWords(name);
}

/** The place a dateline at the start of `text` names, or null. */
export function datelinePlace(text: string, lang: string | null = null): string | null {
  const head = text.trimStart().slice(0, 120);
  // The dash the pattern ends on, looked for first: most openings have none,
  // and then the pattern is never compiled on that page.
  const wire = /[—–-]/.test(head) ? WIRE_DATELINE(head).exec(head) : null;
  // A wire dateline is written in capitals or carries an agency; a plain
  // "Madrid - …" opening could as well be a sentence.
  if (wire?.[1] !== undefined && (wire[1] === wire[1].toUpperCase() || new RegExp(`\\(${AGENCY}\\)`).test(wire[0]))) {
    return titleCase(wire[1].replace(/\.$/, ''));
  }
  if (lang !== 'de') return null;
  const town = TOWN_DOT(head).exec(head);
  return town?.[1] ?? null;
}

function locationNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((entry: unknown) => {
    const names = namesOf(entry);
    if (names.length > 0) return names;
    if (typeof entry === 'object' && entry !== null) {
      const address = (entry as JsonLdNode)['address'];
      return namesOf(address, 'addressLocality');
    }
    return [];
  });
}

/**
 * The tagger weighs the first few; a page listing hundreds of locations in
 * its JSON-LD is padding, and an unbounded list would fail the size check
 * the whole clip has to pass (EXTRACTION_LIMITS.listItems).
 */
export const MAX_PLACES = 20;

export function places(article: JsonLdNode | null, text: string, lang: string | null): string[] {
  const found: string[] = [];
  if (article !== null) {
    found.push(...locationNames(article['contentLocation']), ...locationNames(article['locationCreated']));
    const dateline = stringOf(article['dateline']);
    if (dateline !== null) found.push(datelinePlace(`${dateline} —`) ?? dateline.replace(/[,.—–-]+\s*$/, ''));
  }
  // The dateline opens the first paragraph, which may follow a kicker, the
  // headline or a caption in the extracted text.
  const firstParagraph = text.split('\n').find((line) => line.split(/\s+/).length >= 12) ?? '';
  const fromText = datelinePlace(firstParagraph, lang);
  // "Mannheim/Heidelberg." names two towns.
  if (fromText !== null) found.push(...fromText.split('/'));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const place of found.map((p) => p.trim())) {
    const key = place.toLowerCase();
    if (place === '' || place.length > 80 || seen.has(key)) continue;
    seen.add(key);
    out.push(place);
    if (out.length === MAX_PLACES) break;
  }
  return out;
}
