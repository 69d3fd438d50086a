/**
 * The shape every site-family module shares (one file per family, CONVENTIONS
 * §5). A rule only reads the URL and the page's own metadata, so that adding a
 * site is one new file plus one fixture.
 */
import type { ThemeId } from '../../model';

export interface SiteMeta {
  section: string | null;
  keywords: readonly string[];
  lang: string | null;
}

export interface SiteRule {
  /** Stable id, also the name of its fixture file in tests/fixtures/tagging/sites/. */
  id: string;
  /** Registrable hosts; sub-domains (www., m.) match too. */
  hosts: readonly string[];
  /** An edition id from editions-list.ts, or null when the URL does not say. */
  edition(url: URL, meta: SiteMeta): string | null;
  /** Themes the URL's rubric says, most specific first; [] when it says nothing. */
  theme(url: URL, meta: SiteMeta): ThemeId[];
}

export function hostMatches(host: string, hosts: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return hosts.some((known) => h === known || h.endsWith(`.${known}`));
}

/** Decoded, lower-cased, non-empty path segments. Never throws on bad escapes. */
export function pathSegments(url: URL): string[] {
  return url.pathname
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s).toLowerCase();
      } catch {
        // A malformed escape is still a usable slug for matching purposes.
        return s.toLowerCase();
      }
    });
}
