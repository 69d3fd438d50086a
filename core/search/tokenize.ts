/**
 * Splitting text into search terms. Index and query go through the same
 * function, so whatever a term looks like in a document, typing the same word
 * produces the same term.
 *
 * Words are letter/digit/mark runs (Arabic and Hebrew words included); emoji,
 * punctuation and spaces separate words and are never terms. Han and kana
 * text has no spaces, so each ideograph or kana is its own term: a typed word
 * still finds it, as a phrase-less match.
 *
 * A 100k-article library is ~100M words, so this is a hand-written scanner
 * with per-word caches rather than a regex over folded text: news vocabulary
 * is Zipfian and most words are folded once per run (measured in
 * bench/search-bench.ts; the regex version was ~3× slower).
 */
import { foldText, umlautSpelling } from './fold';

/** Longer runs (URLs glued together, base64) are cut: nobody types them. */
export const MAX_TOKEN_LENGTH = 40;

export interface Token {
  /** The folded term. */
  term: string;
  /** Another spelling of the same word (`muenchen` beside `munchen`). */
  alt: string | null;
}

const SEP = 0;
const WORD = 1;
const CJK = 2;
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const ASCII_KIND = new Uint8Array(128).map((_, c) => (WORD_CHAR.test(String.fromCharCode(c)) ? WORD : SEP));
const kindCache = new Map<number, number>();

function kindOf(codePoint: number): number {
  if (codePoint < 128) return ASCII_KIND[codePoint] as number;
  let kind = kindCache.get(codePoint);
  if (kind === undefined) {
    const ch = String.fromCodePoint(codePoint);
    kind = CJK_CHAR.test(ch) ? CJK : WORD_CHAR.test(ch) ? WORD : SEP;
    kindCache.set(codePoint, kind);
  }
  return kind;
}

// Folding can itself produce separators (`½` → `1⁄2`) or ideographs, so a
// folded word with anything but plain word characters is split again.
const NEEDS_SPLIT = /[^\p{L}\p{N}\p{M}]|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORDS_IN_FOLDED = new RegExp(
  '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}]|(?:(?![\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}])[\\p{L}\\p{N}\\p{M}])+',
  'gu',
);

const WORD_CACHE_LIMIT = 1_000_000;
const wordCache = new Map<string, Token[]>();

/** The tokens of one raw word (a scanner run), cached. */
export function wordTokens(raw: string): Token[] {
  const cached = wordCache.get(raw);
  if (cached) return cached;
  const folded = foldText(raw);
  // A run of nothing but stripped marks (a stray accent after a space) folds
  // to '' and must not become an empty term that every prefix matches.
  const terms = NEEDS_SPLIT.test(folded)
    ? Array.from(folded.matchAll(WORDS_IN_FOLDED), (m) => m[0])
    : folded === ''
      ? []
      : [folded];
  const alt = terms.length === 1 ? umlautSpelling(raw) : null;
  const tokens = terms.map((term) => ({
    term: term.slice(0, MAX_TOKEN_LENGTH),
    alt: alt === null ? null : alt.slice(0, MAX_TOKEN_LENGTH),
  }));
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(raw, tokens);
  return tokens;
}

/**
 * Calls `visit` with each raw word of `text` (a run of word characters, or
 * one CJK character), in order. The bulk index build visits raw words itself
 * so that it analyses each distinct word once.
 */
export function scanRawWords(text: string, visit: (raw: string) => void): void {
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const codePoint = text.codePointAt(i) as number;
    const width = codePoint > 0xffff ? 2 : 1;
    const kind = kindOf(codePoint);
    if (kind === WORD) {
      if (start < 0) start = i;
    } else {
      if (start >= 0) visit(text.slice(start, i));
      start = -1;
      if (kind === CJK) visit(text.slice(i, i + width));
    }
    i += width;
  }
  if (start >= 0) visit(text.slice(start));
}

/** Tokens of a text in order, each with its optional alternate spelling. */
export function tokenizeDetailed(text: string): Token[] {
  const out: Token[] = [];
  scanRawWords(text, (raw) => {
    for (const t of wordTokens(raw)) out.push(t);
  });
  return out;
}

/**
 * Folded search terms of a text, alternates included right after the word
 * they spell: `tokenize('Café München')` → `['cafe', 'munchen', 'muenchen']`.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const { term, alt } of tokenizeDetailed(text)) {
    out.push(term);
    if (alt !== null && alt !== term) out.push(alt);
  }
  return out;
}
