/**
 * Author names from JSON-LD, meta tags, `rel=author` links and Readability's
 * byline, cleaned of "By"/"Par"/"Von"/"Por" and of the dates that share the
 * byline line, split into people, and stripped of values that are not people.
 */
import { firstMeta, type MetaIndex } from './meta-tags';
import { namesOf, typesOf, type JsonLdNode } from './json-ld';
import { MONTH_PATTERN } from './month-names';

const PREFIX =
  /^(?:(?:written|posted|published|reported|text|words|story|photos?)\s+by|by|par|écrit\s+par|publié\s+par|rédigé\s+par|texte\s*:?|von|verfasst\s+von|autor(?:in)?\s*:|por|escrito\s+por|redactado\s+por|texto\s*:|from)\s*:?\s+/iu;
/** Where the name part of a byline line ends: a separator or the start of a date clause. */
const BYLINE_END =
  /\s+[|·•—–]\s+|\s+-\s+|\s*\b(?:publié|mis à jour|published|updated|posted|publicado|actualizado|veröffentlicht|aktualisiert|am|le|on|el)\s+\d|\s*\b(?:publié|published|publicado|veröffentlicht|updated|mis à jour)\b/iu;
const SPLIT = /\s*(?:,|;|&|\band\b|\bet\b|\by\b|\bund\b)\s*/iu;
const NOT_A_PERSON =
  /\b(?:organi[sz]ation|ngo|inc|ltd|llc|gmbh|corp(?:oration)?|company|newsroom|rédaction|redaction|redacción|redaktion|editorial|editors?|staff|team|équipe|agencies|admin(?:istrator)?|webmaster|unknown|anonymous|null|undefined)\b/iu;
const MAX_AUTHORS = 8;

/** A date glued to the name: "By Nathan Willis March 25, 2015", "Par X 15/09/2020". */
const TRAILING_DATE = new RegExp(`\\s+(?:${MONTH_PATTERN}\\.?\\s+\\d|\\d{1,2}(?:er)?\\.?\\s+${MONTH_PATTERN}(?!\\p{L})|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4})`, 'iu');

/** A byline line reduced to its names: "Par Némo Empis | Publié le…" → "Némo Empis". */
export function cleanByline(raw: string): string {
  let text = raw.replace(/\s+/g, ' ').trim();
  for (const pattern of [BYLINE_END, TRAILING_DATE]) {
    const end = pattern.exec(text);
    if (end !== null) text = text.slice(0, end.index);
  }
  // Prefixes can stack ("Texte : par …").
  for (let i = 0; i < 3 && PREFIX.test(text); i++) text = text.replace(PREFIX, '');
  return text.replace(/^[\s,:;|·-]+|[\s,:;|·-]+$/g, '');
}

/** Whether `name` can be a person's name. */
export function isPlausibleAuthor(name: string, siteName: string | null): boolean {
  if (name.length < 2 || name.length > 60) return false;
  if (!/\p{L}/u.test(name)) return false;
  if (/https?:|www\.|\.(?:com|org|net|fr|es|de)\b|@|\//i.test(name)) return false;
  if (/\d/.test(name)) return false;
  if (name.split(/\s+/).length > 6) return false;
  if (NOT_A_PERSON.test(name)) return false;
  if (siteName !== null && name.toLowerCase() === siteName.toLowerCase()) return false;
  return true;
}

/** "X (avec Y, Z)", "X (with Y)": co-authors in brackets are authors too. */
const WITH_CLAUSE = /\(\s*(?:avec|with|con|mit)\s+([^)]*)\)/giu;

/** "CAIRO —": a wire dateline that Readability took for the byline (its class says "dateline"). */
const DATELINE = /^[\p{Lu}][\p{Lu}\s,.'’-]*[—–-]\s*$/u;

export function splitAuthors(byline: string, siteName: string | null): string[] {
  if (DATELINE.test(byline.trim())) return [];
  const cleaned = cleanByline(byline).replace(WITH_CLAUSE, ', $1');
  if (siteName !== null && cleaned.toLowerCase() === siteName.toLowerCase()) return [];
  return cleaned
    .split(SPLIT)
    .map((part) => cleanByline(part))
    .filter((name) => isPlausibleAuthor(name, siteName));
}

function isOrganisation(entry: unknown): boolean {
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typesOf(entry as JsonLdNode).some((t) => /Organi[sz]ation|Corporation|NewsMediaOrganization/i.test(t))
  );
}

function jsonLdAuthorEntries(article: JsonLdNode | null): unknown[] {
  if (article === null) return [];
  const raw = article['author'] ?? article['creator'];
  return Array.isArray(raw) ? raw : [raw];
}

function jsonLdAuthors(article: JsonLdNode | null): string[] {
  return namesOf(jsonLdAuthorEntries(article).filter((entry) => !isOrganisation(entry)));
}

/** Names JSON-LD declares as organisations ("AFP"): not people, whichever tag repeats them. */
function jsonLdOrganisations(article: JsonLdNode | null): Set<string> {
  return new Set(namesOf(jsonLdAuthorEntries(article).filter(isOrganisation)).map((n) => n.toLowerCase()));
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    const key = name.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(name);
    }
  }
  return out.slice(0, MAX_AUTHORS);
}

const BYLINE_ELEMENTS = '[class*="byline" i], [class*="author" i], [class*="auteur" i], [class*="autor" i], [itemprop="author"]';

/** Short texts of the page's byline-looking elements (a bio box is too long to qualify). */
export function visibleBylines(doc: Document): string[] {
  return Array.from(doc.querySelectorAll(BYLINE_ELEMENTS))
    .slice(0, 30)
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((text) => text !== '' && text.length <= 120 && PREFIX.test(text))
    .slice(0, 5);
}

const NAVIGATION = 'nav, header, footer, [role="navigation"], [id*="nav" i], [class*="nav" i], [class*="menu" i]';

/**
 * Readability's byline is sometimes a menu entry whose id happens to say
 * "byline" (Yahoo! Japan's "個人" link to its Bylines section). A byline whose
 * every occurrence on the page sits in navigation is not an author.
 */
export function isNavigationText(doc: Document, text: string): boolean {
  const wanted = text.replace(/\s+/g, ' ').trim();
  const hits = Array.from(doc.querySelectorAll('a, li, span')).filter(
    (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim() === wanted,
  );
  return hits.length > 0 && hits.every((el) => el.closest(NAVIGATION) !== null);
}

export interface AuthorSources {
  article: JsonLdNode | null;
  meta: MetaIndex;
  relAuthor: string[];
  readabilityByline: string | null;
  /** Short byline-like lines of the live page, for when cleanup removed the byline before the parse. */
  visibleBylines: string[];
  siteName: string | null;
}

/**
 * The first source that yields at least one plausible person wins, most
 * trustworthy first: JSON-LD, meta author tags, `rel=author`, the byline.
 */
export function extractAuthors(src: AuthorSources): string[] {
  // Readability's order: Dublin Core before the plain `author`, which CMS
  // templates fill with defaults more often.
  const metaAuthor = firstMeta(src.meta, [
    'dc:creator',
    'dcterm:creator',
    'dc.creator',
    'author',
    'parsely-author',
    'article:author',
    'sailthru.author',
    'byl',
  ]);
  const candidates: string[][] = [
    jsonLdAuthors(src.article),
    metaAuthor === null ? [] : [metaAuthor],
    src.relAuthor,
    src.readabilityByline === null ? [] : [src.readabilityByline],
  ];
  const organisations = jsonLdOrganisations(src.article);
  const people = (names: string[]): string[] => dedupe(names.filter((n) => !organisations.has(n.toLowerCase())));
  for (const group of candidates) {
    const names = people(group.flatMap((entry) => splitAuthors(entry, src.siteName)));
    if (names.length > 0) return names;
  }
  // Only the first byline line of the page that names someone: later ones
  // usually belong to teasers.
  for (const line of src.visibleBylines) {
    const names = people(splitAuthors(line, src.siteName));
    if (names.length > 0) return names;
  }
  return [];
}
