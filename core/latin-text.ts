/**
 * Patterns with Unicode property classes (`\p{L}`, `\p{N}`…) are the
 * costliest the extractor compiles: each takes V8 a fraction of a
 * millisecond to a millisecond and a half, and every clip runs in a page
 * whose caches are cold. Most text the extractor reads is Latin-script
 * prose, where those classes are a handful of code-unit ranges. So each such
 * pattern comes in two builds: one with the ranges spelt out and no `u` flag
 * (cheap to compile), used when the text has nothing beyond those ranges,
 * and the Unicode one for any other text. On text within LATIN_DOMAIN both
 * builds match exactly the same (tests/unit/latin-text.test.ts checks every
 * code unit of it).
 */

/**
 * Basic Latin, Latin-1, Latin Extended-A and -B, General Punctuation (curly
 * quotes, dashes, thin spaces) and the currency signs up to U+20C0 (€).
 */
const OUTSIDE_DOMAIN = /[^\u0000-\u024f\u2000-\u206f\u20a0-\u20c0]/;

/** Whether `text` lies within the domain where the Latin builds are exact. */
export function isLatinText(text: string): boolean {
  return !OUTSIDE_DOMAIN.test(text);
}

/** `\p{L}` within the domain, as the inside of a character class. */
export const LATIN_LETTER = 'A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f';
/** `\p{Script=Latin}` within the domain: the letters above but µ, which is Greek. */
export const LATIN_SCRIPT = 'A-Za-z\\u00aa\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f';
/** `\p{N}` within the domain: digits, superscripts ²³¹ and fractions ¼½¾. */
export const LATIN_NUMBER = '0-9\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be';
/** `\s\p{P}\p{S}` within the domain (soft hyphens and other format characters are none of them). */
export const LATIN_SPACE_PUNCTUATION_SYMBOL =
  '\\s!-\\/:-@\\[-`{-~\\u00a1-\\u00a9\\u00ab\\u00ac\\u00ae-\\u00b1\\u00b4\\u00b6-\\u00b8\\u00bb\\u00bf\\u00d7\\u00f7\\u2010-\\u2027\\u2030-\\u205e\\u20a0-\\u20c0';

/** The classes a pattern is written with; `mark` (`\p{M}`) is empty within the domain. */
export interface TextClasses {
  letter: string;
  latinScript: string;
  number: string;
  mark: string;
  spacePunctuationSymbol: string;
}

const LATIN: TextClasses = {
  letter: LATIN_LETTER,
  latinScript: LATIN_SCRIPT,
  number: LATIN_NUMBER,
  mark: '',
  spacePunctuationSymbol: LATIN_SPACE_PUNCTUATION_SYMBOL,
};
const UNICODE: TextClasses = {
  letter: '\\p{L}',
  latinScript: '\\p{Script=Latin}',
  number: '\\p{N}',
  mark: '\\p{M}',
  spacePunctuationSymbol: '\\s\\p{P}\\p{S}',
};

/**
 * A pattern written once against TextClasses (each used inside `[...]`); the
 * Unicode build gets the `u` flag, the Latin one never does. Returns the build that suits a given text; each build
 * is made on first use, so a page of Latin text never compiles the Unicode one.
 */
export function textPattern(write: (classes: TextClasses) => string, flags = ''): (text: string) => RegExp {
  const plain = flags.replace('u', '');
  let latin: RegExp | null = null;
  let unicode: RegExp | null = null;
  return (text) =>
    isLatinText(text) ? (latin ??= new RegExp(write(LATIN), plain)) : (unicode ??= new RegExp(write(UNICODE), `${plain}u`));
}

/** A letter at the start of each word (after a space, apostrophe or hyphen). */
const WORD_START = textPattern((c) => `(^|[\\s'’-])([${c.letter}])`, 'g');

/** "STEVE PEOPLES" → "Steve Peoples", "SAINT-DENIS" → "Saint-Denis": lower case, each word's first letter upper. */
export function capitaliseWords(text: string): string {
  const lower = text.toLowerCase();
  return lower.replace(WORD_START(lower), (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
