/**
 * Synthetic reading-list rows for the list benchmark: what an expat's library
 * looks like after years of clipping. Four languages with their accents, the
 * city editions and a few national sites, themes, a mix of statuses, and
 * saved dates spread over three years. Seeded, so every run seeds the same
 * library; runs inside the extension page, so nothing crosses the wire.
 */
import { THEME_IDS, type ArticleStatus, type ArticleSummary, type EditionTag, type ThemeTag } from '../../core/model';
import { listEditions } from '../../core/tagging/editions-list';
import type { BodyRow } from '../../lib/db/schema';
import { prng } from '../support/prng';

type Lang = 'fr' | 'en' | 'es' | 'de';

/** Common words first: the generator draws with a Zipf-like bias toward the front. */
export const WORDS: Record<Lang, string[]> = {
  fr: 'le la les des est et du une dans que pour sur avec ville mairie école santé économie logement métro début année élection député grève quartier marché culture fête exposition théâtre musée impôts retraite consulat expatriés français étudiants rentrée vacances plage été hiver prix loyer café restaurant festival départ arrivée sécurité hôpital médecin vaccin université entreprise emploi salaire chômage énergie électricité tramway aéroport vol train grève manifestation maire région gouvernement réforme'.split(' '),
  en: 'the of and to in is for on with city council school health economy housing subway start year election strike district market culture festival exhibition theatre museum taxes pension consulate expats students holiday beach summer winter price rent coffee restaurant departure arrival safety hospital doctor vaccine university company jobs wages unemployment energy electricity tram airport flight train protest mayor region government reform visa residence'.split(' '),
  es: 'el la los las de y en que para con ciudad ayuntamiento escuela salud economía vivienda metro comienzo año elecciones huelga barrio mercado cultura fiesta exposición teatro museo impuestos jubilación consulado expatriados estudiantes vacaciones playa verano invierno precio alquiler café restaurante salida llegada seguridad hospital médico vacuna universidad empresa empleo salario paro energía electricidad tranvía aeropuerto vuelo tren manifestación alcalde región gobierno reforma'.split(' '),
  de: 'der die das und in ist für mit auf stadt rathaus schule gesundheit wirtschaft wohnung ubahn beginn jahr wahl streik viertel markt kultur fest ausstellung theater museum steuern rente konsulat auswanderer studenten urlaub strand sommer winter preis miete café restaurant abfahrt ankunft sicherheit krankenhaus arzt impfung universität unternehmen arbeit lohn arbeitslosigkeit energie strom straßenbahn flughafen flug zug demonstration bürgermeister region regierung reform münchen'.split(' '),
};

const SITES: { host: string; name: string; lang: Lang }[] = [
  { host: 'lepetitjournal.com', name: 'lepetitjournal.com', lang: 'fr' },
  { host: 'www.lemonde.fr', name: 'Le Monde', lang: 'fr' },
  { host: 'www.lefigaro.fr', name: 'Le Figaro', lang: 'fr' },
  { host: 'elpais.com', name: 'El País', lang: 'es' },
  { host: 'www.lavanguardia.com', name: 'La Vanguardia', lang: 'es' },
  { host: 'www.thelocal.es', name: 'The Local Spain', lang: 'en' },
  { host: 'www.thelocal.de', name: 'The Local Germany', lang: 'en' },
  { host: 'www.theguardian.com', name: 'The Guardian', lang: 'en' },
  { host: 'www.sueddeutsche.de', name: 'Süddeutsche Zeitung', lang: 'de' },
  { host: 'www.spiegel.de', name: 'Der Spiegel', lang: 'de' },
];

const STATUSES: ArticleStatus[] = ['unread', 'unread', 'unread', 'read', 'read', 'archived'];
const DAY = 86_400_000;
/** Saved dates end here, so the library is the same whatever day the bench runs. */
export const NEWEST_SAVE = Date.UTC(2026, 10, 27, 8, 0, 0);

export interface GeneratedRow {
  summary: ArticleSummary;
  body: BodyRow;
}

export function createGenerator(seed: number) {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  // Squaring the uniform draw favours the front of each list, as word use does.
  const word = (lang: Lang) => {
    const list = WORDS[lang];
    return list[Math.floor(rand() * rand() * list.length)] ?? 'x';
  };
  const words = (lang: Lang, n: number) => Array.from({ length: n }, () => word(lang)).join(' ');
  const editions = listEditions();

  function row(i: number): GeneratedRow {
    const site = pick(SITES);
    const info = rand() < 0.85 ? pick(editions) : null;
    const edition: EditionTag | null = info ? { ...info, source: 'site', confidence: 0.9 } : null;
    const themeCount = 1 + Math.floor(rand() * 2);
    const themes: ThemeTag[] = [];
    while (themes.length < themeCount) {
      const id = pick(THEME_IDS);
      if (!themes.some((t) => t.id === id)) themes.push({ id, source: 'text', confidence: 0.6 });
    }
    const lang = site.lang;
    const title = words(lang, 6 + Math.floor(rand() * 7));
    const paragraphs = Array.from({ length: 3 + Math.floor(rand() * 4) }, () => words(lang, 30 + Math.floor(rand() * 30)));
    const text = paragraphs.join('\n');
    const wordCount = text.split(/\s+/).length;
    const savedAt = NEWEST_SAVE - Math.floor(rand() * 3 * 365 * DAY);
    const slug = `${i.toString(36)}-${title.split(' ').slice(0, 4).join('-')}`;
    const url = `https://${site.host}/${info?.id ?? 'monde'}/${slug}`;
    const id = `bench-${i.toString(36).padStart(6, '0')}`;
    const summary: ArticleSummary = {
      id,
      url,
      pageUrl: url,
      kind: 'article',
      title: title.charAt(0).toUpperCase() + title.slice(1),
      siteName: site.name,
      byline: rand() < 0.7 ? pick(['Marie Dupont', 'Javier García', 'Jana Müller', 'Tom Ellis', 'Lucía Fernández']) : null,
      authors: [],
      excerpt: paragraphs[0]?.slice(0, 200) ?? null,
      leadImage: null,
      lang,
      dir: 'ltr',
      section: null,
      keywords: [],
      publishedAt: new Date(savedAt - Math.floor(rand() * 2 * DAY)).toISOString(),
      modifiedAt: null,
      savedAt,
      updatedAt: savedAt,
      status: pick(STATUSES),
      favourite: rand() < 0.05,
      labels: [],
      notes: '',
      progress: 0,
      wordCount,
      readingMinutes: Math.max(1, Math.round(wordCount / 230)),
      edition,
      themes,
      editionId: edition?.id ?? '',
      themeIds: themes.map((t) => t.id),
    };
    const html = paragraphs.map((p) => `<p>${p}</p>`).join('');
    return { summary, body: { id, html, text, places: info ? [info.label.en] : [] } };
  }

  return { row };
}

/**
 * What a reader types: whole words, prefixes, accents left out (`debut`,
 * `munchen`), several languages, two-word queries.
 */
export const QUERIES = [
  'metro', 'debut', 'munchen', 'greve', 'loyer', 'alquiler', 'election', 'festival', 'musee', 'vivienda',
  'strassenbahn', 'consulat', 'vaccin', 'hospital', 'flughafen', 'expatri', 'rentree', 'economie', 'miete', 'theatre',
  'universit', 'salario', 'plage ete', 'city council', 'manifestacion', 'energie', 'reforme', 'studenten', 'aeroport', 'securite',
];
