/**
 * Author names from JSON-LD, meta tags, `rel=author` links, Readability's
 * byline and the page's visible byline lines, most trustworthy first. What
 * counts as a person's name is decided in author-names.ts.
 */
import { firstMeta, type MetaIndex } from './meta-tags';
import { namesOf, typesOf, type JsonLdNode } from './json-ld';
import { hasBylinePrefix, splitAuthors } from './author-names';

const MAX_AUTHORS = 8;

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
    .filter((text) => text !== '' && text.length <= 120 && hasBylinePrefix(text))
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
  // Every hit must sit in navigation, so the text must appear in some
  // navigation block; checking those few blocks first spares reading the
  // text of every link, item and span of a large page.
  const navigation = Array.from(doc.querySelectorAll(NAVIGATION));
  if (!navigation.some((el) => (el.textContent ?? '').replace(/\s+/g, ' ').includes(wanted))) return false;
  const hits = Array.from(doc.querySelectorAll('a, li, span')).filter(
    (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim() === wanted,
  );
  return hits.length > 0 && hits.every((el) => el.closest(NAVIGATION) !== null);
}

/** A value, or how to compute it: the page scans behind the last sources only run when the first ones found nobody. */
type Lazy<T> = T | (() => T);

function force<T>(value: Lazy<T>): T {
  return typeof value === 'function' ? (value as () => T)() : value;
}

export interface AuthorSources {
  article: JsonLdNode | null;
  meta: MetaIndex;
  relAuthor: Lazy<string[]>;
  readabilityByline: Lazy<string | null>;
  /** Short byline-like lines of the live page, for when cleanup removed the byline before the parse. */
  visibleBylines: Lazy<string[]>;
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
  const candidates: Array<() => string[]> = [
    () => jsonLdAuthors(src.article),
    () => (metaAuthor === null ? [] : [metaAuthor]),
    () => force(src.relAuthor),
    () => {
      const byline = force(src.readabilityByline);
      return byline === null ? [] : [byline];
    },
  ];
  const organisations = jsonLdOrganisations(src.article);
  const people = (names: string[]): string[] => dedupe(names.filter((n) => !organisations.has(n.toLowerCase())));
  for (const group of candidates) {
    const names = people(group().flatMap((entry) => splitAuthors(entry, src.siteName)));
    if (names.length > 0) return names;
  }
  // Only the first byline line of the page that names someone: later ones
  // usually belong to teasers.
  for (const line of force(src.visibleBylines)) {
    const names = people(splitAuthors(line, src.siteName));
    if (names.length > 0) return names;
  }
  return [];
}
