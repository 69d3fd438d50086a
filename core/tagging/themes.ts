/**
 * Labels for the fixed theme vocabulary (core/model.ts THEME_IDS). The IPTC
 * Media Topics top-level code is kept where one exists so that exports can
 * speak a standard vocabulary; the two expat-specific themes have none.
 */
import type { LocalisedLabel, ThemeId } from '../model';
import { THEME_IDS } from '../model';

export interface ThemeInfo {
  label: LocalisedLabel;
  /** IPTC Media Topics code, or null for a theme outside IPTC's top level. */
  iptc: string | null;
}

export const THEME_INFO: Readonly<Record<ThemeId, ThemeInfo>> = {
  'arts-culture': { label: { en: 'Arts & culture', fr: 'Arts et culture' }, iptc: 'medtop:01000000' },
  'crime-justice': { label: { en: 'Crime & justice', fr: 'Justice et faits divers' }, iptc: 'medtop:02000000' },
  'disaster-accident': { label: { en: 'Disasters & accidents', fr: 'Catastrophes et accidents' }, iptc: 'medtop:03000000' },
  'economy-business': { label: { en: 'Economy & business', fr: 'Économie et entreprises' }, iptc: 'medtop:04000000' },
  education: { label: { en: 'Education', fr: 'Éducation' }, iptc: 'medtop:05000000' },
  environment: { label: { en: 'Environment', fr: 'Environnement' }, iptc: 'medtop:06000000' },
  health: { label: { en: 'Health', fr: 'Santé' }, iptc: 'medtop:07000000' },
  'human-interest': { label: { en: 'Human interest', fr: 'Portraits et insolite' }, iptc: 'medtop:08000000' },
  labour: { label: { en: 'Work & employment', fr: 'Travail et emploi' }, iptc: 'medtop:09000000' },
  'lifestyle-leisure': { label: { en: 'Lifestyle & leisure', fr: 'Loisirs et art de vivre' }, iptc: 'medtop:10000000' },
  politics: { label: { en: 'Politics', fr: 'Politique' }, iptc: 'medtop:11000000' },
  religion: { label: { en: 'Religion', fr: 'Religion' }, iptc: 'medtop:12000000' },
  'science-technology': { label: { en: 'Science & technology', fr: 'Sciences et technologies' }, iptc: 'medtop:13000000' },
  society: { label: { en: 'Society', fr: 'Société' }, iptc: 'medtop:14000000' },
  sport: { label: { en: 'Sport', fr: 'Sport' }, iptc: 'medtop:15000000' },
  'conflict-war-peace': { label: { en: 'Conflict, war & peace', fr: 'Conflits, guerre et paix' }, iptc: 'medtop:16000000' },
  weather: { label: { en: 'Weather', fr: 'Météo' }, iptc: 'medtop:17000000' },
  'expat-life': { label: { en: 'Expat life', fr: 'Vie d’expatrié' }, iptc: null },
  'travel-transport': { label: { en: 'Travel & transport', fr: 'Voyages et transports' }, iptc: null },
};

export function themeLabel(id: ThemeId): LocalisedLabel {
  return THEME_INFO[id].label;
}

const THEME_SET: ReadonlySet<string> = new Set(THEME_IDS);

/** Guards data read back from storage or a model: only known ids are themes. */
export function isThemeId(value: string): value is ThemeId {
  return THEME_SET.has(value);
}
