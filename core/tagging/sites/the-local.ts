/**
 * The Local: one English-language site per country (`thelocal.es`, `.fr`…),
 * so the country-code domain is the edition. Its URLs are dated
 * (`/20240101/{slug}`) and carry no rubric, so themes come from the page's
 * `article:section` when it has one.
 */
import { themesFromSection } from '../section-themes';
import type { SiteRule } from './site-rule';

const COUNTRY_BY_TLD: Record<string, string> = {
  es: 'spain',
  fr: 'france',
  de: 'germany',
  it: 'italy',
  se: 'sweden',
  no: 'norway',
  dk: 'denmark',
  ch: 'switzerland',
  at: 'austria',
};

export const theLocal: SiteRule = {
  id: 'the-local',
  hosts: Object.keys(COUNTRY_BY_TLD).map((tld) => `thelocal.${tld}`),
  edition(url) {
    const tld = url.hostname.toLowerCase().split('.').pop() ?? '';
    return COUNTRY_BY_TLD[tld] ?? null;
  },
  theme(_url, meta) {
    return meta.section ? themesFromSection(meta.section).slice(0, 3) : [];
  },
};
