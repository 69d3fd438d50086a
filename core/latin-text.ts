/**
 * Patterns with Unicode property classes (`\p{L}`, `\p{N}`…) are the
 * costliest the extractor compiles: each takes V8 a fraction of a
 * millisecond to a millisecond and a half, and every clip runs in a page
 * whose caches are cold. Most text the extractor reads is Latin-script
 * prose, where those classes are a handful of code-unit ranges. So each such
 * pattern comes in two builds: one with the ranges spelt out and no `u` flag
 * (cheap to compile), used when the text has nothing beyond those ranges,
 * and the Unicode one for any other text. On text within the domain below
 * both builds match exactly the same (tests/unit/latin-text.test.ts checks
 * every code unit of it).
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
/** `\p{Lu}` within the domain. */
export const LATIN_UPPER =
  'A-Z\\u00c0-\\u00d6\\u00d8-\\u00de\\u0100\\u0102\\u0104\\u0106\\u0108\\u010a\\u010c\\u010e\\u0110' +
  '\\u0112\\u0114\\u0116\\u0118\\u011a\\u011c\\u011e\\u0120\\u0122\\u0124\\u0126\\u0128\\u012a' +
  '\\u012c\\u012e\\u0130\\u0132\\u0134\\u0136\\u0139\\u013b\\u013d\\u013f\\u0141\\u0143\\u0145' +
  '\\u0147\\u014a\\u014c\\u014e\\u0150\\u0152\\u0154\\u0156\\u0158\\u015a\\u015c\\u015e\\u0160' +
  '\\u0162\\u0164\\u0166\\u0168\\u016a\\u016c\\u016e\\u0170\\u0172\\u0174\\u0176\\u0178\\u0179' +
  '\\u017b\\u017d\\u0181\\u0182\\u0184\\u0186\\u0187\\u0189-\\u018b\\u018e-\\u0191\\u0193\\u0194' +
  '\\u0196-\\u0198\\u019c\\u019d\\u019f\\u01a0\\u01a2\\u01a4\\u01a6\\u01a7\\u01a9\\u01ac' +
  '\\u01ae\\u01af\\u01b1-\\u01b3\\u01b5\\u01b7\\u01b8\\u01bc\\u01c4\\u01c7\\u01ca\\u01cd\\u01cf' +
  '\\u01d1\\u01d3\\u01d5\\u01d7\\u01d9\\u01db\\u01de\\u01e0\\u01e2\\u01e4\\u01e6\\u01e8\\u01ea' +
  '\\u01ec\\u01ee\\u01f1\\u01f4\\u01f6-\\u01f8\\u01fa\\u01fc\\u01fe\\u0200\\u0202\\u0204\\u0206' +
  '\\u0208\\u020a\\u020c\\u020e\\u0210\\u0212\\u0214\\u0216\\u0218\\u021a\\u021c\\u021e\\u0220' +
  '\\u0222\\u0224\\u0226\\u0228\\u022a\\u022c\\u022e\\u0230\\u0232\\u023a\\u023b\\u023d\\u023e' +
  '\\u0241\\u0243-\\u0246\\u0248\\u024a\\u024c\\u024e';
/** `\p{Ll}` within the domain. */
export const LATIN_LOWER =
  'a-z\\u00b5\\u00df-\\u00f6\\u00f8-\\u00ff\\u0101\\u0103\\u0105\\u0107\\u0109\\u010b\\u010d\\u010f' +
  '\\u0111\\u0113\\u0115\\u0117\\u0119\\u011b\\u011d\\u011f\\u0121\\u0123\\u0125\\u0127\\u0129' +
  '\\u012b\\u012d\\u012f\\u0131\\u0133\\u0135\\u0137\\u0138\\u013a\\u013c\\u013e\\u0140\\u0142' +
  '\\u0144\\u0146\\u0148\\u0149\\u014b\\u014d\\u014f\\u0151\\u0153\\u0155\\u0157\\u0159\\u015b' +
  '\\u015d\\u015f\\u0161\\u0163\\u0165\\u0167\\u0169\\u016b\\u016d\\u016f\\u0171\\u0173\\u0175' +
  '\\u0177\\u017a\\u017c\\u017e-\\u0180\\u0183\\u0185\\u0188\\u018c\\u018d\\u0192\\u0195' +
  '\\u0199-\\u019b\\u019e\\u01a1\\u01a3\\u01a5\\u01a8\\u01aa\\u01ab\\u01ad\\u01b0\\u01b4\\u01b6' +
  '\\u01b9\\u01ba\\u01bd-\\u01bf\\u01c6\\u01c9\\u01cc\\u01ce\\u01d0\\u01d2\\u01d4\\u01d6\\u01d8' +
  '\\u01da\\u01dc\\u01dd\\u01df\\u01e1\\u01e3\\u01e5\\u01e7\\u01e9\\u01eb\\u01ed\\u01ef\\u01f0' +
  '\\u01f3\\u01f5\\u01f9\\u01fb\\u01fd\\u01ff\\u0201\\u0203\\u0205\\u0207\\u0209\\u020b\\u020d' +
  '\\u020f\\u0211\\u0213\\u0215\\u0217\\u0219\\u021b\\u021d\\u021f\\u0221\\u0223\\u0225\\u0227' +
  '\\u0229\\u022b\\u022d\\u022f\\u0231\\u0233-\\u0239\\u023c\\u023f\\u0240\\u0242\\u0247\\u0249' +
  '\\u024b\\u024d\\u024f';
/** `\p{N}` within the domain: digits, superscripts ²³¹ and fractions ¼½¾. */
export const LATIN_NUMBER = '0-9\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be';
/** `\s\p{P}\p{S}` within the domain (soft hyphens and other format characters are none of them). */
export const LATIN_SPACE_PUNCTUATION_SYMBOL =
  '\\s!-\\/:-@\\[-`{-~\\u00a1-\\u00a9\\u00ab\\u00ac\\u00ae-\\u00b1\\u00b4\\u00b6-\\u00b8\\u00bb\\u00bf\\u00d7\\u00f7\\u2010-\\u2027\\u2030-\\u205e\\u20a0-\\u20c0';

/** The classes a pattern is written with; `mark` (`\p{M}`) is empty within the domain. */
export interface TextClasses {
  letter: string;
  latinScript: string;
  upper: string;
  lower: string;
  number: string;
  mark: string;
  spacePunctuationSymbol: string;
}

const LATIN: TextClasses = {
  letter: LATIN_LETTER,
  latinScript: LATIN_SCRIPT,
  upper: LATIN_UPPER,
  lower: LATIN_LOWER,
  number: LATIN_NUMBER,
  mark: '',
  spacePunctuationSymbol: LATIN_SPACE_PUNCTUATION_SYMBOL,
};
const UNICODE: TextClasses = {
  letter: '\\p{L}',
  latinScript: '\\p{Script=Latin}',
  upper: '\\p{Lu}',
  lower: '\\p{Ll}',
  number: '\\p{N}',
  mark: '\\p{M}',
  spacePunctuationSymbol: '\\s\\p{P}\\p{S}',
};

/**
 * A pattern written once against TextClasses (each used inside `[...]`).
 * Returns the build that suits a given text: the Unicode build gets the `u`
 * flag, the Latin one never does. Each build is made on first use, so a page
 * of Latin text never compiles the Unicode one.
 */
export function textPattern(write: (classes: TextClasses) => string, flags = ''): (text: string) => RegExp {
  const plain = flags.replace('u', '');
  let latin: RegExp | null = null;
  let unicode: RegExp | null = null;
  return (text) =>
    isLatinText(text) ? (latin ??= new RegExp(write(LATIN), plain)) : (unicode ??= new RegExp(write(UNICODE), `${plain}u`));
}

/**
 * How many times the global pattern `re` matches in `text`, counting up to
 * `cap` + 1 at most. `test` walks the matches without building a match
 * array (or, as `match` does, a copy of every word), which halves the cost
 * of counting the words of a block. `re` must not match the empty string.
 */
export function countMatches(re: RegExp, text: string, cap = Infinity): number {
  re.lastIndex = 0;
  let n = 0;
  while (n <= cap && re.test(text)) n++;
  re.lastIndex = 0;
  return n;
}

/** A letter at the start of each word (after a space, apostrophe or hyphen). */
const WORD_START = textPattern((c) => `(^|[\\s'’-])([${c.letter}])`, 'g');

/** "STEVE PEOPLES" → "Steve Peoples", "SAINT-DENIS" → "Saint-Denis": lower case, each word's first letter upper. */
export function capitaliseWords(text: string): string {
  const lower = text.toLowerCase();
  return lower.replace(WORD_START(lower), (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
