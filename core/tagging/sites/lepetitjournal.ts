/**
 * lepetitjournal.com: one site, about seventy city editions, each the first
 * path segment. Current URLs are `/{edition}/[{rubric}/[{sub-rubric}/]]{slug}-{id}`,
 * agenda items have no id (`/dakar/agenda/concerts/{slug}`), and old URLs are
 * `/{city}/{rubric}/{id}-{slug}`; the edition is the first segment in all three.
 */
import type { ThemeId } from '../../model';
import { editionById } from '../editions-list';
import { themesFromSection } from '../section-themes';
import type { SiteRule } from './site-rule';
import { pathSegments } from './site-rule';

/** Spellings found in older or shortened URLs for an edition's segment. */
const ALIASES: Record<string, string> = {
  'ho-chi-minh-ville': 'ho-chi-minh',
  hcmc: 'ho-chi-minh',
  saigon: 'ho-chi-minh',
  johannesburg: 'johannesbourg',
  heidelberg: 'heidelberg-mannheim',
  mannheim: 'heidelberg-mannheim',
  bombay: 'mumbai',
  delhi: 'new-delhi',
  newyork: 'new-york',
  'new-york-city': 'new-york',
  valencia: 'valence',
  beijing: 'pekin',
  'cape-town': 'le-cap',
  frankfurt: 'francfort',
  munchen: 'munich',
  lisboa: 'lisbonne',
  london: 'londres',
  'sao-paolo': 'sao-paulo',
  barcelona: 'barcelone',
};

/** Sections that belong to no city: the international edition and the magazine. */
const INTERNATIONAL_SECTIONS = new Set(['expat-mag', 'international', 'edition-internationale', 'monde', 'france']);

/** Rubrics that only say "news" (or are navigation) and so carry no theme. */
const NEUTRAL_RUBRICS = new Set(['actualites', 'actualite', 'actu', 'news', 'info', 'infos', 'article', 'articles']);

function editionOf(segment: string): string | null {
  if (INTERNATIONAL_SECTIONS.has(segment)) return 'international';
  const id = ALIASES[segment] ?? segment;
  const known = editionById(id);
  return known && known.kind === 'city' ? known.id : null;
}

/** Rubric segments: everything between the edition and the article slug. */
function rubrics(segments: string[]): string[] {
  const rest = segments.slice(1);
  const last = rest[rest.length - 1];
  // An id-bearing or multi-word last segment is the article itself, not a rubric.
  const isArticle = last !== undefined && (/\d{3,}/.test(last) || last.split('-').length >= 4);
  return isArticle ? rest.slice(0, -1) : rest;
}

function rubricThemes(rubric: string, edition: string): ThemeId[] {
  // Old rubrics repeat the city: `actualite-barcelone`, `vivre-a-madrid`.
  const stripped = rubric.replace(new RegExp(`-(?:a|de|en|in)?-?${edition}$`), '').replace(/-$/, '');
  if (NEUTRAL_RUBRICS.has(stripped)) return [];
  return themesFromSection(stripped);
}

export const lepetitjournal: SiteRule = {
  id: 'lepetitjournal',
  hosts: ['lepetitjournal.com'],
  edition(url) {
    const first = pathSegments(url)[0];
    return first ? editionOf(first) : null;
  },
  theme(url) {
    const segments = pathSegments(url);
    const first = segments[0];
    if (!first) return [];
    const out: ThemeId[] = [];
    // The sub-rubric is more specific than the rubric, so it comes first.
    for (const r of rubrics(segments).reverse()) {
      for (const t of rubricThemes(r, first)) if (!out.includes(t)) out.push(t);
    }
    if (first === 'expat-mag' && !out.includes('expat-life')) out.push('expat-life');
    return out.slice(0, 3);
  },
};
