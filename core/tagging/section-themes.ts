/**
 * Site sections, rubric slugs, keywords and `article:tag` values mapped to the
 * fixed theme vocabulary. A section is an editor's own classification, so it
 * is the surest theme signal a page gives; words that say nothing about the
 * subject (`news`, `actualites`, `home`) are deliberately absent.
 */
import type { ThemeId } from '../model';
import { fold, words } from './text-fold';

/** Folded word prefixes per theme, fr/en/es/de/it/pt. Prefixes are ≥ 4 letters or exact words. */
const SECTION_WORDS: Record<ThemeId, string> = {
  'arts-culture':
    'culture cultura kultur arts art kunst cinema cine kino film musique music musica musik concert konzert theatre theater teatro livre books libro literat expo exhibit museum musee museo spectacle',
  'crime-justice': 'justice justicia justiz crime crimen faits-divers faitsdivers police polizei policia tribunal court courts',
  'disaster-accident': 'catastrophe disaster accident unglueck',
  'economy-business':
    'economie economy economia wirtschaft business negocios affaires entreprise empresa unternehmen finance finanz finanzas markets marches money argent geld immobilier realestate property entreprendre tech-business',
  education: 'education educacion bildung ecole ecoles school schule escuela universit etudes studies scolarite',
  environment: 'environnement environment medioambiente umwelt climat climate clima ecologie ecology nature',
  health: 'sante health salud gesundheit medecine medicine',
  'human-interest': 'portrait portraits insolite offbeat people gens personnes',
  labour: 'emploi jobs job empleo arbeit travail work career carriere trabajo',
  'lifestyle-leisure':
    'loisirs leisure ocio freizeit lifestyle style mode fashion gastronomie gastronomy food cuisine restaurants recettes recipes sorties agenda a-voir-a-faire what-s-on vivre living shopping maison home-garden',
  politics: 'politique politics politica politik elections election wahlen gouvernement government',
  religion: 'religion religions religion glaube',
  'science-technology':
    'science sciences ciencia wissenschaft technologie technology tecnologia technik tech digital numerique internet',
  society: 'societe society sociedad gesellschaft social',
  sport: 'sport sports deportes deporte futbol football fussball soccer rugby tennis',
  'conflict-war-peace': 'guerre war guerra krieg conflict conflit defense defence',
  weather: 'meteo weather tiempo wetter',
  'expat-life': 'expat expats expatriation expat-mag communaute community comunidad vie-pratique demarches formalites practical visas',
  'travel-transport': 'voyage voyages travel viajes reise reisen tourisme tourism turismo transport transports verkehr',
};

/** Multi-word rubric slugs that only mean something whole. */
const WHOLE_SLUGS: Record<string, ThemeId> = {
  'a-voir-a-faire': 'lifestyle-leisure',
  'vie-pratique': 'expat-life',
  'faits-divers': 'crime-justice',
  'expat-mag': 'expat-life',
  'what-s-on': 'lifestyle-leisure',
  'real-estate': 'economy-business',
};

const EXACT = new Map<string, ThemeId>();
for (const [theme, list] of Object.entries(SECTION_WORDS) as Array<[ThemeId, string]>) {
  for (const w of list.split(' ')) if (!w.includes('-')) EXACT.set(w, theme);
}

/** Themes named by one section label or slug, in order of appearance, de-duplicated. */
export function themesFromSection(label: string): ThemeId[] {
  const folded = fold(label).trim();
  const slug = words(folded).join('-');
  const whole = WHOLE_SLUGS[slug];
  if (whole) return [whole];
  const out: ThemeId[] = [];
  for (const w of words(folded)) {
    const theme = EXACT.get(w) ?? prefixTheme(w);
    if (theme && !out.includes(theme)) out.push(theme);
  }
  return out;
}

/** `economique`, `politiques`, `sportif`: a known word of 5+ letters as a prefix. */
function prefixTheme(word: string): ThemeId | undefined {
  if (word.length < 5) return undefined;
  for (let n = word.length - 1; n >= 5; n--) {
    const t = EXACT.get(word.slice(0, n));
    if (t) return t;
  }
  return undefined;
}
