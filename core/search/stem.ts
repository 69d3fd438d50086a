/**
 * Light stemmers for the four languages of the reading list. They work on
 * folded terms (no accents, lower case) and only conflate inflections a reader
 * expects to match: plurals, gender, a few verb endings. Heavier stemmers
 * (Snowball) merge unrelated words (`université` / `univers`) and are hard
 * to explain when a result looks wrong; a missed conflation costs little here
 * because every term is also matched as a prefix.
 *
 * Each rule keeps a minimum stem length so short words are left alone.
 */

export const STEM_LANGS = ['fr', 'en', 'es', 'de'] as const;
export type StemLang = (typeof STEM_LANGS)[number];

export function isStemLang(lang: string | null | undefined): lang is StemLang {
  return lang === 'fr' || lang === 'en' || lang === 'es' || lang === 'de';
}

/** Stem of a folded term; unknown languages and non-Latin terms are returned as is. */
export function stem(term: string, lang: string | null | undefined): string {
  if (!isStemLang(lang) || !/^[a-z]+$/.test(term)) return term;
  switch (lang) {
    case 'fr':
      return stemFrench(term);
    case 'en':
      return stemEnglish(term);
    case 'es':
      return stemSpanish(term);
    case 'de':
      return stemGerman(term);
  }
}

/** Strip the first matching suffix if the stem left is at least `min` long. */
function strip(word: string, rules: ReadonlyArray<[string, string]>, min: number): string {
  for (const [suffix, replacement] of rules) {
    if (word.endsWith(suffix) && word.length - suffix.length >= min) {
      return word.slice(0, word.length - suffix.length) + replacement;
    }
  }
  return word;
}

// French: plural (s, x, aux → al), then feminine e, so `élues`, `élue`,
// `élus` and `élu` meet at `elu`; `-ment` adverbs are left alone because
// the same ending makes nouns (`gouvernement`).
function stemFrench(word: string): string {
  let w = strip(word, [['aux', 'al'], ['eaux', 'eau'], ['s', ''], ['x', '']], 3);
  w = strip(w, [['e', '']], 3);
  return w;
}

// English: plurals and the regular -ing/-ed forms; a doubled final
// consonant left by them is undone (`running` → `run`), and a final silent
// e is dropped so `vote`, `votes`, `voted` and `voting` meet at `vot`.
function stemEnglish(word: string): string {
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  let w = strip(word, [['ies', 'y'], ['sses', 'ss'], ['ches', 'ch'], ['shes', 'sh'], ['xes', 'x'], ['s', '']], 3);
  if (w === word) {
    w = strip(word, [['ing', ''], ['ed', '']], 3);
    if (w !== word && /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  }
  return strip(w, [['e', '']], 3);
}

// Spanish: plural (-ces → -z, -es after a consonant, -s after a vowel),
// then the gender vowel, so `nuevos`, `nueva`, `nuevas` meet at `nuev`
// and `elecciones` meets `elección` at `eleccion`.
function stemSpanish(word: string): string {
  let w = word;
  if (w.endsWith('ces') && w.length > 4) w = w.slice(0, -3) + 'z';
  else if (/[^aeiou]es$/.test(w) && w.length > 5) w = w.slice(0, -2);
  else if (/[aeiou]s$/.test(w) && w.length > 4) w = w.slice(0, -1);
  return strip(w, [['a', ''], ['o', '']], 4);
}

// German: the inflectional endings in longest-first order; umlaut plurals
// are already folded (`Häuser` → `hauser` → `haus`).
function stemGerman(word: string): string {
  return strip(
    word,
    [['ern', ''], ['em', ''], ['en', ''], ['er', ''], ['es', ''], ['e', ''], ['s', ''], ['n', '']],
    4,
  );
}
