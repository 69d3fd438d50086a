/** Title, site name, excerpt and declared language/direction: the labels a list row shows. */
import { normaliseLanguageTag } from '../language';
import { firstMeta, type MetaIndex } from './meta-tags';
import { namesOf, stringOf, type JsonLdNode } from './json-ld';

const MAX_EXCERPT = 500;
/**
 * A hostile page can put a megabyte in <title> or og:site_name; the storage
 * schema refuses such a row, which would make the page impossible to save.
 * No real title or publisher name comes near these lengths.
 */
const MAX_TITLE = 1_000;
const MAX_SITE_NAME = 300;

function capped(text: string | null, max: number): string | null {
  return text !== null && text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/**
 * Runs of ASCII white space (line breaks and indentation in the markup)
 * become one space. A no-break space or an ideographic one is the writer's:
 * French puts one before ":" and inside « », Japanese titles use U+3000.
 */
function clean(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = value.replace(/[ \t\n\r\f\v]+/g, ' ').trim();
  return text === '' ? null : text;
}

export function hostLabel(pageUrl: string): string {
  try {
    return new URL(pageUrl).hostname.replace(/^www\./, '');
  } catch {
    return pageUrl;
  }
}

export function pageTitle(doc: Document, meta: MetaIndex, readabilityTitle: string | null | undefined, pageUrl: string): string {
  const title =
    clean(readabilityTitle) ??
    clean(firstMeta(meta, ['og:title', 'twitter:title'])) ??
    clean(doc.querySelector('title')?.textContent) ??
    clean(doc.querySelector('h1')?.textContent);
  return capped(title, MAX_TITLE) ?? hostLabel(pageUrl);
}

/** What may follow a name in og:site_name when the page adds to it: a tagline after a separator, or its domain's ending. */
const NAME_EXTRA = /^(?:\s+[-–—|:·]\s+\S|\.[a-z]{2,6}$)/i;

/**
 * og:site_name first, the publisher's name when the former only adds to it:
 * "Aktuálně.cz - Víte, co se právě děje" or "Libération.fr" are the
 * publisher's name with a tagline or a domain ending, and a list row wants
 * the name.
 */
function bareName(declared: string | null, publisher: string | null): string | null {
  if (declared === null || publisher === null || declared.length <= publisher.length) return declared;
  if (!declared.toLowerCase().startsWith(publisher.toLowerCase())) return declared;
  return NAME_EXTRA.test(declared.slice(publisher.length)) ? publisher : declared;
}

export function siteName(meta: MetaIndex, article: JsonLdNode | null, readabilitySite: string | null | undefined): string | null {
  const publisher = clean(article === null ? undefined : namesOf(article['publisher'])[0]);
  return capped(
    bareName(clean(firstMeta(meta, ['og:site_name'])), publisher) ??
      publisher ??
      clean(readabilitySite) ??
      clean(firstMeta(meta, ['application-name', 'apple-mobile-web-app-title'])),
    MAX_SITE_NAME,
  );
}

export function excerpt(meta: MetaIndex, article: JsonLdNode | null, readabilityExcerpt: string | null | undefined): string | null {
  const text =
    clean(readabilityExcerpt) ??
    clean(firstMeta(meta, ['og:description', 'description', 'twitter:description'])) ??
    clean(stringOf(article?.['description']));
  if (text === null) return null;
  return text.length > MAX_EXCERPT ? `${text.slice(0, MAX_EXCERPT - 1).trimEnd()}…` : text;
}

export function declaredLanguage(doc: Document, meta: MetaIndex, readabilityLang: string | null | undefined): string | null {
  return (
    normaliseLanguageTag(doc.documentElement?.getAttribute('lang')) ??
    normaliseLanguageTag(doc.documentElement?.getAttribute('xml:lang')) ??
    normaliseLanguageTag(readabilityLang) ??
    normaliseLanguageTag(firstMeta(meta, ['og:locale', 'content-language', 'language', 'dc.language'])?.split(',')[0])
  );
}

export function declaredDir(doc: Document, readabilityDir: string | null | undefined): 'ltr' | 'rtl' | null {
  for (const value of [readabilityDir, doc.documentElement?.getAttribute('dir'), doc.body?.getAttribute('dir')]) {
    const dir = value?.trim().toLowerCase();
    if (dir === 'rtl' || dir === 'ltr') return dir;
  }
  return null;
}
