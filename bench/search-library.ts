/**
 * A synthetic library for the search and list benchmarks: fr/en/es/de news
 * articles, Zipfian vocabulary with each language's accents, seeded so every
 * run sees the same text. Kept apart so the list benchmark and the index
 * benchmark measure the same articles.
 */
import { THEME_IDS, type Article, type ArticleStatus } from '../core/model';
import { prng } from './support/prng';

const rand = prng(7);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

const LANGS = {
  fr: {
    common: 'le la les des est et du une un dans que qui pour pas sur au avec ce cette il elle sont été mais par plus nous leur son comme aussi être fait très ville élection mairie député école santé économie',
    syllables: 'ré pa lé ti on ment é è ro ma cou che tion son gne eau ve dé pré qua ça mé',
  },
  en: {
    common: 'the and of to in is that for it with was on as he be at by this had not are but from have they which his her she were been has their would will there what about who said city election council school health economy',
    syllables: 'ing er tion an ro ma st ble pro con de ly ter com ver ham ford ness wor',
  },
  es: {
    common: 'el la los las de que y en del se por con para una un es su al lo como más pero sus le ha fue este esta son también entre cuando muy sin sobre ya hay está desde ciudad elecciones ayuntamiento colegio salud economía',
    syllables: 'ción ma ri to ña es ra do ta gue lla rí ú cho ci pe sa mien í',
  },
  de: {
    common: 'der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über zum stadt wahlen rathaus schule gesundheit wirtschaft',
    syllables: 'schaft ung ber stra ße ü ö ä en ge lich keit mün chen bau rat wahl ver',
  },
} as const;
type Lang = keyof typeof LANGS;
const LANG_IDS = Object.keys(LANGS) as Lang[];
const PLACES = ['Madrid', 'München', 'Köln', 'Bucarest', 'Zürich', 'Sevilla', 'Málaga', 'Québec', 'Lisboa', 'Göteborg'];
const SITES = ['lepetitjournal.com', 'elpais.com', 'thelocal.es', 'sueddeutsche.de', 'lemonde.fr', 'bbc.co.uk'];
const EDITIONS = ['madrid', 'international', 'barcelone', 'munich', 'bucarest', ''];

interface Vocabulary {
  words: string[];
  cdf: Float64Array;
}
function vocabulary(lang: Lang, size: number): Vocabulary {
  const words = [...new Set(LANGS[lang].common.split(' '))];
  const syllables = LANGS[lang].syllables.split(' ');
  const seen = new Set(words);
  while (words.length < size) {
    let word = '';
    for (let i = between(2, 4); i > 0; i--) word += pick(syllables);
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  // Zipf (s = 1): rank r drawn with probability ∝ 1 / r.
  const cdf = new Float64Array(words.length);
  let sum = 0;
  for (let r = 0; r < words.length; r++) cdf[r] = sum += 1 / (r + 1);
  for (let r = 0; r < words.length; r++) cdf[r] = (cdf[r] as number) / sum;
  return { words, cdf };
}
let VOCABS_CACHE: Record<Lang, Vocabulary> | null = null;
const vocabs = () => (VOCABS_CACHE ??= Object.fromEntries(LANG_IDS.map((l) => [l, vocabulary(l, 30_000)])) as Record<Lang, Vocabulary>);

function word(v: Vocabulary): string {
  const x = rand();
  let lo = 0;
  let hi = v.cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((v.cdf[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return v.words[lo] as string;
}
function sentence(v: Vocabulary, n: number): string {
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(rand() < 0.02 ? pick(PLACES) : word(v));
  const s = words.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
}
function body(v: Vocabulary, words: number): string {
  const out: string[] = [];
  for (let left = words; left > 0; ) {
    const n = Math.min(left, between(8, 22));
    out.push(sentence(v, n));
    left -= n;
  }
  return out.join(' ');
}


/** Article i of the library: the same every run. `words` bounds the body length. */
export function makeLibraryArticle(i: number, words: [number, number] = [300, 1500]): Article {
  const lang = pick(LANG_IDS);
  const v = vocabs()[lang];
  const site = pick(SITES);
  const editionId = pick(EDITIONS);
  const theme = pick(THEME_IDS);
  const text = body(v, between(words[0], words[1]));
  const savedAt = Date.UTC(2024, 0, 1) + i * 60_000;
  const url = `https://www.${site}/article-${i}`;
  return {
    id: `a${String(i).padStart(7, '0')}`,
    url,
    pageUrl: url,
    kind: 'article',
    title: sentence(v, between(5, 12)).slice(0, -1),
    siteName: site,
    byline: `${pick(['Ana', 'Jean', 'Klaus', 'Mary'])} ${pick(['García', 'Dupont', 'Müller', 'Smith'])}`,
    authors: [],
    excerpt: body(v, between(20, 40)).slice(0, 300),
    leadImage: null,
    lang,
    dir: 'ltr',
    section: null,
    keywords: [],
    publishedAt: rand() < 0.9 ? new Date(savedAt - between(0, 72) * 3_600_000).toISOString() : null,
    modifiedAt: null,
    savedAt,
    updatedAt: savedAt,
    status: pick<ArticleStatus>(['unread', 'unread', 'read', 'archived']),
    favourite: rand() < 0.1,
    edition:
      editionId === ''
        ? null
        : { id: editionId, label: { en: editionId, fr: editionId }, country: '', kind: 'city', source: 'site', confidence: 0.9 },
    themes: [{ id: theme, source: 'text', confidence: 0.7 }],
    editionId,
    themeIds: [theme],
    labels: [],
    notes: '',
    progress: 0,
    wordCount: text.split(' ').length,
    readingMinutes: 3,
    html: '',
    text,
  };
}

/** As-you-type queries: each prefix (1–12 characters) of a word from a random article. */
export function typingQueries(articles: readonly Article[], count: number): string[] {
  const out: string[] = [];
  while (out.length < count) {
    const source = pick(articles);
    const words = source.text.split(/[\s.]+/).filter((w) => w.length >= 4);
    const target = pick(words).toLowerCase();
    for (let n = 1; n <= Math.min(12, target.length) && out.length < count; n++) out.push(target.slice(0, n));
  }
  return out;
}

export { pick as pickFrom, between };
