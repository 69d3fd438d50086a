/**
 * Language of a text from its script, and for Latin-script text from the
 * share of each language's commonest function words. Deliberately small:
 * the reading list only needs the language to pick a tagger profile and to
 * flag a page whose `<html lang>` is wrong (two English businessinsider.com
 * pages in the benchmark corpus declare `de`).
 */
import { textPattern } from './latin-text';

export interface DetectedLanguage {
  /** ISO 639-1. */
  lang: string;
  /** 0..1: how far ahead of the runner-up the winner is, damped for short texts. */
  confidence: number;
  /** A script decides a family (Cyrillic, Arabic…); function words decide a language. */
  source: 'script' | 'words';
}

const STOP_WORDS: Record<string, string> = {
  en: 'the and of to in is that for it with was on as he be at by this had not are but from have they which his her she were been has their would will there what about who said',
  fr: 'le la les des est et du une un dans que qui pour pas sur au aux avec ce cette il elle sont ont été mais par plus ses nous vous leur son ou comme aussi être fait très',
  es: 'el la los las de que y en del se por con para una un es su al lo como más pero sus le ha fue este esta son también entre cuando muy sin sobre ya hay está desde',
  de: 'der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über zum',
  it: 'il di che e la per un una non sono della del in con le si da al lo gli nel alla come più ma anche questo delle dei è ha essere stato nella sul tra loro',
  pt: 'o a os as de que e do da em um uma para com não dos das no na por mais se como mas foi ao ele ela seu sua são também já pelo pela está isso nos entre',
  nl: 'de het een van en in is dat op te zijn voor met die niet aan er ook als bij door wordt naar maar om uit nog dan worden werd over hij zij heeft deze wel kan zo moet',
  ro: 'și şi în de la cu pe a un o care este din că nu pentru mai sau se al ai sunt fost lui au acest această dar după ce fi prin despre între foarte fără',
  ca: 'el la els les de i que en per amb un una del és al dels no es als va ha més però seu seva aquest aquesta també són hi ho com sobre entre fins molt perquè',
};

/** Word → [language, weight]: a word shared by n profiles counts 1/n for each. */
const WORD_WEIGHTS: Map<string, Array<[string, number]>> = (() => {
  const owners = new Map<string, string[]>();
  for (const [lang, list] of Object.entries(STOP_WORDS)) {
    for (const word of new Set(list.split(' '))) {
      owners.set(word, [...(owners.get(word) ?? []), lang]);
    }
  }
  const weights = new Map<string, Array<[string, number]>>();
  for (const [word, langs] of owners) {
    weights.set(
      word,
      langs.map((l) => [l, 1 / langs.length]),
    );
  }
  return weights;
})();

/** Scripts that identify a language (or a close enough family) on their own. */
const SCRIPTS: Array<[string, RegExp]> = [
  ['ar', /\p{Script=Arabic}/u],
  ['he', /\p{Script=Hebrew}/u],
  ['ru', /\p{Script=Cyrillic}/u],
  ['el', /\p{Script=Greek}/u],
  ['th', /\p{Script=Thai}/u],
  ['hi', /\p{Script=Devanagari}/u],
  ['ko', /\p{Script=Hangul}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['han', /\p{Script=Han}/u],
];

const LATIN = /\p{Script=Latin}/u;
/** A letter of any other script; most pages have none, and then the per-letter count is skipped. */
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;
/**
 * A character outside Latin letters, punctuation and symbols. Every script
 * in SCRIPTS lies outside these ranges, so text without one has no letter
 * that could count below; this plain range test spares compiling the
 * Unicode pattern above on most pages.
 */
export const BEYOND_LATIN = /[^\u0000-\u02af\u1e00-\u1eff\u2000-\u2bff]/;
const WORD = textPattern((c) => `[${c.letter}']+`, 'g');
/** Letters that only Vietnamese uses among the languages we know (horn vowels, dot-below tones). */
// Tested on lower-cased words only, so no case folding is needed.
const VIETNAMESE = /[ơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/;

/** Enough text to decide; longer pages only cost time. */
const SAMPLE_CHARS = 20_000;
/** Function words settle a language within a few hundred words; past this they only cost time. */
const WORD_SAMPLE_CHARS = 8_000;
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ku']);

export function isRtlLanguage(lang: string | null): boolean {
  return lang !== null && RTL.has(lang);
}

/** `fr-FR`, `pt_BR`, ` EN ` → `fr`, `pt`, `en`; null for anything that is not a language tag. */
export function normaliseLanguageTag(tag: string | null | undefined): string | null {
  if (tag === null || tag === undefined) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

const LETTER = /\p{L}/u;
/** What scriptLanguage counts a character as: not a letter, a Latin or other uncounted letter, or a letter of SCRIPTS. */
type CharClass = null | '' | string;

function classify(ch: string): CharClass {
  if (!LETTER.test(ch)) return null;
  if (LATIN.test(ch)) return '';
  for (const [name, re] of SCRIPTS) if (re.test(ch)) return name;
  return '';
}

function scriptLanguage(sample: string): DetectedLanguage | null {
  // Without a single non-Latin letter no script can win below.
  if (!BEYOND_LATIN.test(sample) || !NON_LATIN_LETTER.test(sample)) return null;
  const counts = new Map<string, number>();
  let letters = 0;
  // A sample holds a few hundred distinct characters at most: each is
  // classified once, where testing every character against up to eleven
  // patterns cost milliseconds on a page in another script.
  // Keyed by code point: iterating the string by character would make a new
  // string of every character outside Latin-1, the very pages that get here.
  const seen = new Map<number, CharClass>();
  for (let i = 0; i < sample.length; i++) {
    const code = sample.codePointAt(i) as number;
    if (code > 0xffff) i++;
    let cls = seen.get(code);
    if (cls === undefined) {
      cls = classify(String.fromCodePoint(code));
      seen.set(code, cls);
    }
    if (cls === null) continue;
    letters++;
    if (cls !== '') counts.set(cls, (counts.get(cls) ?? 0) + 1);
  }
  if (letters === 0) return null;
  const kana = counts.get('kana') ?? 0;
  const han = counts.get('han') ?? 0;
  // Japanese mixes kanji with kana; Chinese has no kana at all.
  if (kana + han > 0) {
    counts.delete('kana');
    counts.delete('han');
    if (kana > 0.05 * (kana + han)) counts.set('ja', kana + han);
    else counts.set('zh', han);
  }
  let best: [string, number] | null = null;
  for (const entry of counts) if (best === null || entry[1] > best[1]) best = entry;
  // Latin navigation and brand names are common on non-Latin pages, so a
  // script needs only a fair share of the letters, not a majority.
  if (best === null || best[1] / letters < 0.3) return null;
  return { lang: best[0], confidence: Math.min(1, best[1] / letters + 0.3), source: 'script' };
}

function stopWordLanguage(sample: string): DetectedLanguage | null {
  const lower = sample.toLowerCase();
  const words = lower.match(WORD(lower)) ?? [];
  if (words.length === 0) return null;
  let vietnamese = 0;
  // One scan of the sample settles the common case, where no word has a Vietnamese letter.
  const mayBeVietnamese = VIETNAMESE.test(lower);
  const scores = new Map<string, number>();
  for (const word of words) {
    if (mayBeVietnamese && VIETNAMESE.test(word)) vietnamese++;
    for (const [lang, weight] of WORD_WEIGHTS.get(word) ?? []) {
      scores.set(lang, (scores.get(lang) ?? 0) + weight);
    }
  }
  if (vietnamese / words.length > 0.15) return { lang: 'vi', confidence: 0.9, source: 'words' };
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  // Prose is 30-50% function words; lorem ipsum or a list of names is not
  // any language we know, even if "in" and "et" occur.
  if (first === undefined || first[1] < 1 || first[1] / words.length < 0.08) return null;
  const lead = (first[1] - (second?.[1] ?? 0)) / first[1];
  // Fewer than ~30 words is a headline, not evidence.
  const damping = Math.min(1, words.length / 30);
  return { lang: first[0], confidence: Math.round(lead * damping * 100) / 100, source: 'words' };
}

/** Detects the language of `text`, or null when there is too little to go on. */
export function detectLanguage(text: string): DetectedLanguage | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  return scriptLanguage(sample) ?? stopWordLanguage(sample.slice(0, WORD_SAMPLE_CHARS));
}

/** Languages written in the script a detected family stands for. */
const SCRIPT_FAMILIES: Record<string, string[]> = {
  ar: ['ar', 'fa', 'ur', 'ps', 'ku', 'sd', 'ug'],
  he: ['he', 'yi'],
  ru: ['ru', 'uk', 'bg', 'sr', 'mk', 'be', 'kk', 'ky', 'mn', 'tg'],
  hi: ['hi', 'mr', 'ne', 'sa'],
  // Kanji-only snippets of Japanese have no kana to tell them apart.
  zh: ['zh', 'yue', 'ja'],
};

/**
 * The page's language: the declared one, unless the text says otherwise with
 * confidence (declared `de` over English prose) or nothing was declared.
 * A declared language we have no profile for (Czech, Indonesian…) is only
 * overruled by a different script: its function words would otherwise be
 * misread as Portuguese or Italian.
 */
export function resolveLanguage(declared: string | null, text: string): string | null {
  const detected = detectLanguage(text);
  if (declared === null) return detected !== null && detected.confidence >= 0.2 ? detected.lang : null;
  if (detected === null || detected.lang === declared) return declared;
  if (detected.source === 'script') {
    const family = SCRIPT_FAMILIES[detected.lang] ?? [detected.lang];
    return family.includes(declared) ? declared : detected.lang;
  }
  if (!(declared in STOP_WORDS)) return declared;
  return detected.confidence >= 0.5 ? detected.lang : declared;
}
