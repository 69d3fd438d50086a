/**
 * Lexicon theme classifier over title, lead and the start of the text, in
 * English, French, Spanish and German. Words are matched by folded prefix
 * (`politi` covers politics, politique, política, Politik), so one short
 * list per language goes a long way without a stemmer.
 */
import type { ThemeId } from '../model';
import type { TaggingInput } from './index';
import { DE } from './lexicon/de';
import { EN } from './lexicon/en';
import { ES } from './lexicon/es';
import { FR } from './lexicon/fr';
import { UNSPACED } from './lexicon/unspaced';
import { fold, words } from './text-fold';
import { isThemeId } from './themes';

interface Lexicon {
  exact: Map<string, ThemeId[]>;
  prefix: Map<string, ThemeId[]>;
}

const SOURCES: Record<string, string> = { en: EN, fr: FR, es: ES, de: DE };
/** Romance languages close enough to Spanish for its prefixes to carry, at reduced confidence. */
const BORROWED: Record<string, string> = { pt: 'es', it: 'es', ca: 'es', gl: 'es' };
const MIN_PREFIX = 4;
const MAX_PREFIX = 16;
/**
 * Only the first 8,000 characters of the body are read: the subject of an
 * article is set in its opening, and a fixed bound keeps a 5 MB page as fast
 * as a short one.
 */
export const LEXICON_SCAN_LIMIT = 8000;

function build(langs: string[]): Lexicon {
  const lex: Lexicon = { exact: new Map(), prefix: new Map() };
  for (const lang of langs) {
    for (const line of (SOURCES[lang] ?? '').trim().split('\n')) {
      const [theme = '', list = ''] = line.split(':');
      if (!isThemeId(theme.trim())) throw new Error(`lexicon ${lang}: unknown theme ${theme}`);
      const id = theme.trim() as ThemeId;
      for (const entry of list.trim().split(/\s+/)) {
        const exact = entry.endsWith('=');
        const word = entry.replace(/=$/, '');
        const map = exact || word.length < MIN_PREFIX ? lex.exact : lex.prefix;
        const list2 = map.get(word) ?? [];
        if (!list2.includes(id)) list2.push(id);
        map.set(word, list2);
      }
    }
  }
  return lex;
}

const cache = new Map<string, Lexicon>();
function lexiconFor(lang: string | null): { lex: Lexicon; damp: number } | null {
  const primary = lang?.toLowerCase().slice(0, 2) ?? null;
  const key = primary === null ? 'all' : SOURCES[primary] ? primary : BORROWED[primary];
  if (!key) return null;
  let lex = cache.get(key);
  if (!lex) {
    lex = build(key === 'all' ? Object.keys(SOURCES) : [key]);
    cache.set(key, lex);
  }
  return { lex, damp: primary !== null && !SOURCES[primary] ? 0.5 : 1 };
}

function themesOfWord(lex: Lexicon, word: string): ThemeId[] | undefined {
  const exact = lex.exact.get(word);
  if (exact) return exact;
  for (let n = Math.min(word.length, MAX_PREFIX); n >= MIN_PREFIX; n--) {
    const hit = lex.prefix.get(word.slice(0, n));
    if (hit) return hit;
  }
  return undefined;
}

export interface LexiconScore {
  id: ThemeId;
  /** Position-weighted hits. */
  score: number;
  /** 0..1 */
  confidence: number;
}

/** Themes the lexicon finds, best first; [] for a language it has no words for. */
export function scoreWithLexicon(input: TaggingInput): LexiconScore[] {
  const segments: Array<[string, number]> = [
    [input.title.slice(0, 500), 3],
    [(input.excerpt ?? '').slice(0, 1000), 2],
    [input.text.slice(0, LEXICON_SCAN_LIMIT), 1],
  ];
  const unspaced = UNSPACED[input.lang?.toLowerCase().slice(0, 2) ?? ''];
  if (unspaced) return rank(substringTotals(unspaced, segments), 1);
  const chosen = lexiconFor(input.lang);
  if (!chosen) return [];
  const { lex, damp } = chosen;
  const totals: Totals = new Map();
  for (const [text, weight] of segments) {
    for (const w of words(fold(text))) {
      const themes = themesOfWord(lex, w);
      if (!themes) continue;
      for (const id of themes) {
        const t = totals.get(id) ?? { score: 0, distinct: new Set<string>() };
        t.score += weight / themes.length;
        t.distinct.add(w);
        totals.set(id, t);
      }
    }
  }
  return rank(totals, damp);
}

type Totals = Map<ThemeId, { score: number; distinct: Set<string> }>;

function substringTotals(lexicon: Partial<Record<ThemeId, string[]>>, segments: Array<[string, number]>): Totals {
  const totals: Totals = new Map();
  for (const [text, weight] of segments) {
    for (const [id, terms] of Object.entries(lexicon) as Array<[ThemeId, string[]]>) {
      for (const term of terms) {
        let at = text.indexOf(term);
        while (at !== -1) {
          const t = totals.get(id) ?? { score: 0, distinct: new Set<string>() };
          t.score += weight;
          t.distinct.add(term);
          totals.set(id, t);
          at = text.indexOf(term, at + term.length);
        }
      }
    }
  }
  return totals;
}

function rank(totals: Totals, damp: number): LexiconScore[] {
  // Two different words, or one word repeated in the title and lead: less is too thin a basis for a theme.
  const ranked = [...totals]
    .filter(([, t]) => (t.distinct.size >= 2 && t.score >= 3) || t.score >= 6)
    .map(([id, t]) => ({ id, score: t.score }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  const top = ranked[0]?.score ?? 0;
  return ranked
    .filter((r) => r.score >= 0.35 * top)
    .slice(0, 3)
    .map((r) => ({ ...r, confidence: damp * Math.min(0.7, 0.3 + (0.4 * r.score) / Math.max(top, 20)) }));
}
