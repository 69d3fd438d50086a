/**
 * Text folding for search: case-, accent- and compatibility-insensitive.
 *
 * `début` → `debut`, `München` → `munchen`, `Straße` → `strasse`, `ﬁn` → `fin`.
 * Only the diacritics of Latin, Greek and Cyrillic, the Arabic harakat and the
 * Hebrew points are removed: in Indic scripts the combining marks are vowels,
 * and stripping them would merge unrelated words.
 */

// Combining diacritical marks (Latin/Greek/Cyrillic), Arabic harakat and
// tatweel, Hebrew points and cantillation (not maqaf, paseq or sof pasuq,
// which are punctuation and must still split words).
const STRIPPED_MARKS =
  /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]/g;

// Letters NFKD leaves whole but a reader types with plain Latin letters.
const LETTER_MAP: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
  ħ: 'h',
  ŧ: 't',
  ς: 'σ',
};
const MAPPED_LETTERS = new RegExp(`[${Object.keys(LETTER_MAP).join('')}]`, 'g');

// Pure ASCII needs only lower-casing; most article text is mostly ASCII, and
// this path is several times faster than normalisation.
const NON_ASCII = /[^\x00-\x7f]/;

/** Fold text for matching. Idempotent: `foldText(foldText(s)) === foldText(s)`. */
export function foldText(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  // Lower-case on both sides of NFKD: a compatibility character can
  // decompose to capitals (`㎒` → `MHz`), and lower-casing can produce a
  // decomposable sequence (`İ` → `i̇`).
  return text
    .normalize('NFKD')
    .toLowerCase()
    .normalize('NFKD')
    .replace(STRIPPED_MARKS, '')
    .replace(MAPPED_LETTERS, (ch) => LETTER_MAP[ch] ?? ch)
    .normalize('NFC');
}

const HAS_UMLAUT = /[äöü]/;
const UMLAUTS = /[äöü]/g;
const UMLAUT_SPELLING: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue' };

/**
 * The German transliteration of a word with umlauts (`München` → `muenchen`),
 * or null when it has none. Readers type both `munchen` and `muenchen`, so a
 * word with an umlaut is indexed under both foldings.
 */
export function umlautSpelling(rawWord: string): string | null {
  const lower = rawWord.normalize('NFC').toLowerCase();
  if (!HAS_UMLAUT.test(lower)) return null;
  return foldText(lower.replace(UMLAUTS, (ch) => UMLAUT_SPELLING[ch] ?? ch));
}
