/**
 * Picks which of several same-named places a mention means, from the
 * page's other signals: an explicit `, Texas` / `, Venezuela` after the name,
 * the site's country domain, the language, and the other places on the page.
 */
import { fold, words } from '../text-fold';
import type { Place } from './index';
import { COUNTRY_BY_NAME, LANGUAGE_COUNTRIES, US_STATE_BY_NAME } from './places-context';

export interface PageContext {
  siteCountry: string | null;
  lang: string | null;
  /** Countries of the page's unambiguous place mentions, with counts. */
  countries: ReadonlyMap<string, number>;
}

/** What a `, Texas` or `, Spain` after a name restricts it to; null when nothing recognisable follows. */
export type Qualifier = { country: string; admin?: string };

/** Reads the words right after a name: `, Texas`, ` (Venezuela)`. */
export function qualifierAfter(text: string, end: number): Qualifier | null {
  const m = /^\s*(?:,|\()\s*([\p{L}][\p{L}.' ]{1,30})/u.exec(text.slice(end, end + 40));
  if (!m?.[1]) return null;
  const ws = words(fold(m[1]));
  // Try the longest prefix first: `New Mexico` before `New`.
  for (let n = Math.min(3, ws.length); n >= 1; n--) {
    const key = ws.slice(0, n).join(' ');
    const state = US_STATE_BY_NAME.get(key);
    // Two-letter codes only count in capitals (`, TX`), or `, in` would mean Indiana.
    if (state && (key.length > 2 || /^[A-Z]{2}\b/.test(m[1]))) return { country: 'US', admin: state };
    const iso = COUNTRY_BY_NAME.get(key);
    if (iso) return { country: iso };
  }
  return null;
}

export function matchesQualifier(place: Place, q: Qualifier): boolean {
  return place.country === q.country && (q.admin === undefined || place.admin === q.admin);
}

/**
 * The place a mention means, or null when a qualifier names somewhere the
 * gazetteer does not hold (a `Paris, Kentucky` must not become Paris, France).
 */
export function resolvePlace(places: readonly Place[], q: Qualifier | null, ctx: PageContext): Place | null {
  const candidates = q ? places.filter((p) => matchesQualifier(p, q)) : places;
  if (candidates.length === 0) return null;
  if (candidates.length === 1) return candidates[0] ?? null;
  const langCountries = (ctx.lang && LANGUAGE_COUNTRIES[ctx.lang]) || [];
  let best: Place | null = null;
  let bestScore = -Infinity;
  for (const p of candidates) {
    const score =
      Math.log10(p.population + 10) +
      (p.country === ctx.siteCountry ? 3 : 0) +
      (langCountries.includes(p.country) ? 1 : 0) +
      Math.min(2, ctx.countries.get(p.country) ?? 0) * 1.5 +
      // Edition cities are the ones this reading list is about (Valencia, Spain over Valencia, Venezuela).
      (p.editionId ? 0.5 : 0);
    if (score > bestScore) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}
