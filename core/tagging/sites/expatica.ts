/**
 * Expatica: guides for expats, one country per first path segment
 * (`/es/living/...`, `/de/healthcare/...`), the guide category second.
 */
import type { ThemeId } from '../../model';
import type { SiteRule } from './site-rule';
import { pathSegments } from './site-rule';

const COUNTRY_BY_SEGMENT: Record<string, string> = {
  es: 'spain',
  fr: 'france',
  de: 'germany',
  it: 'italy',
  nl: 'netherlands',
  be: 'belgium',
  ch: 'switzerland',
  at: 'austria',
  pt: 'portugal',
  lu: 'luxembourg-country',
  se: 'sweden',
  no: 'norway',
  dk: 'denmark',
  uk: 'united-kingdom',
  ie: 'ireland',
};

/** Expatica's guide categories; `living` and `moving` are the expat-life core. */
const CATEGORY_THEMES: Record<string, ThemeId[]> = {
  living: ['expat-life'],
  moving: ['expat-life'],
  'visas-and-permits': ['expat-life'],
  education: ['education', 'expat-life'],
  healthcare: ['health', 'expat-life'],
  employment: ['labour', 'expat-life'],
  working: ['labour', 'expat-life'],
  finance: ['economy-business', 'expat-life'],
  housing: ['expat-life', 'economy-business'],
  lifestyle: ['lifestyle-leisure', 'expat-life'],
  'family-essentials': ['expat-life'],
};

export const expatica: SiteRule = {
  id: 'expatica',
  hosts: ['expatica.com'],
  edition(url) {
    const first = pathSegments(url)[0];
    return first ? (COUNTRY_BY_SEGMENT[first] ?? null) : null;
  },
  theme(url) {
    const [first, category] = pathSegments(url);
    if (!first || !COUNTRY_BY_SEGMENT[first] || !category) return [];
    return CATEGORY_THEMES[category] ?? [];
  },
};
