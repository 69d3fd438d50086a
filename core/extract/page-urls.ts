/** Canonical URL and lead image: the two absolute URLs the page declares about itself. */
import { absoluteUrl } from '../url';
import { allMeta, type MetaIndex } from './meta-tags';
import { namesOf, stringOf, type JsonLdNode } from './json-ld';

/** `<base href>` resolved against the page URL, since relative metadata resolves against it. */
export function baseUrl(doc: Document, pageUrl: string): string {
  return absoluteUrl(doc.querySelector('base[href]')?.getAttribute('href'), pageUrl) ?? pageUrl;
}

function isHomePage(url: string): boolean {
  try {
    const u = new URL(url);
    return u.pathname === '/' && u.search === '';
  } catch {
    return false;
  }
}

/**
 * `link[rel=canonical]`, then `og:url`, else the page URL. A canonical that
 * points at the site's home page from an article is a known CMS mistake
 * (every page of the site would collapse into one); it is ignored.
 */
export function canonicalUrl(doc: Document, pageUrl: string, meta: MetaIndex): string {
  const base = baseUrl(doc, pageUrl);
  const candidates = [
    ...Array.from(doc.querySelectorAll('link[rel~="canonical" i][href]')).map((l) => l.getAttribute('href')),
    ...allMeta(meta, ['og:url']),
  ];
  const pageIsHome = isHomePage(pageUrl);
  for (const href of candidates) {
    const abs = absoluteUrl(href, base);
    if (abs !== null && (pageIsHome || !isHomePage(abs))) return abs;
  }
  return absoluteUrl(pageUrl, pageUrl) ?? pageUrl;
}

/** `og:image`, `twitter:image`, then JSON-LD `image` / `thumbnailUrl`. */
export function leadImage(doc: Document, pageUrl: string, meta: MetaIndex, article: JsonLdNode | null): string | null {
  const base = baseUrl(doc, pageUrl);
  const candidates = [
    ...allMeta(meta, ['og:image:secure_url', 'og:image:url', 'og:image', 'twitter:image', 'twitter:image:src']),
    ...(article === null ? [] : [...namesOf(article['image'], 'url'), stringOf(article['thumbnailUrl'])]),
  ];
  for (const href of candidates) {
    const abs = absoluteUrl(href, base);
    if (abs !== null) return abs;
  }
  return null;
}
