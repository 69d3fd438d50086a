/**
 * Recognises a line that is only a date or time stamp, in the languages of
 * our sources: nothing left once dates, clock times, month and weekday
 * names and stamp verbs ("Published", "Mis à jour") are taken out.
 */
import { textPattern } from '../../latin-text';

export const MONTHS =
  'jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|ago|ene|abr|dic|fev|out|dez|set|gen|mag|giu|lug|ott';
export const DAYS =
  'mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda|terça|quarta|quinta|sexta|feira|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica';
export const STAMP_WORDS =
  'published|updated|posted|last|modified|on|at|am|pm|a|m|p|est|edt|cst|cdt|pst|pdt|mst|mdt|gmt|utc|bst|cet|cest|amt|ist|jst|kst|et|pt|ct|le|à|mis|jour|publié|modifié|actualizado|publicado|atualizado|em|el|de|às|a las|alle|il|ore|aggiornato|pubblicato|h|hrs|hours|ago|min|mins|minutes|day|days|and|the|of|st|nd|rd|th|updated:|published:';

/**
 * A token: a run of letters and digits. A name or stamp word counts only as a
 * whole token ("mar" in "march" is not March), which `\b` cannot tell for
 * "à" or "publié"; and the words are looked up in sets rather than matched
 * by patterns of some 190 alternatives, two of which took V8 1.3 ms to
 * compile on every page. Applied to lower-cased text, so no case folding.
 */
const TOKEN = textPattern((c) => `[${c.letter}${c.number}]+`, 'g');
const SEPARATORS = textPattern((c) => `[${c.spacePunctuationSymbol}]+`, 'g');

/**
 * The words as whole tokens. The three entries that are not one token ("a
 * las", "updated:", "published:") never matched as such in the pattern this
 * replaces, whose earlier alternatives "a", "updated" and "published" took
 * their place; tests/unit/cleanup/date-line.test.ts checks that this holds.
 */
export const isToken = (word: string) => !/[\s:]/.test(word);
let namedWords: Set<string> | null = null;
let stampWords: Set<string> | null = null;
function wordSets(): { named: Set<string>; stamp: Set<string> } {
  namedWords ??= new Set(`${MONTHS}|${DAYS}`.split('|'));
  stampWords ??= new Set(`${MONTHS}|${DAYS}|${STAMP_WORDS}`.split('|').filter(isToken));
  return { named: namedWords, stamp: stampWords };
}

/**
 * Every month and day name holds an ASCII letter, and every stamp word too
 * but "à" (tests/unit/cleanup/date-line.test.ts checks each). A line without
 * one (a date in Cyrillic, Greek or Korean) has no such word, so these plain
 * tests spare reading its tokens with a Unicode class.
 */
export const NAMED_NEEDS = /[a-z]/;
export const DROP_NEEDS = /[a-zà]/;

function hasToken(text: string, words: Set<string>): boolean {
  const re = TOKEN(text);
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (words.has(m[0])) {
      re.lastIndex = 0;
      return true;
    }
  }
  return false;
}

export function isDateLine(text: string): boolean {
  if (text.length > 90) return false;
  // A stamp has a number in it, and something that makes the number a date:
  // a year, a clock time, a month or weekday name. A bare "1" is a footnote.
  if (!/\d/.test(text)) return false;
  const lower = text.toLowerCase();
  const { named, stamp } = wordSets();
  if (!/\b(1[89]|20)\d\d\b|\d:\d\d|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/.test(lower) && !(NAMED_NEEDS.test(lower) && hasToken(lower, named))) {
    return false;
  }
  const digitless = lower.replace(/\d{1,4}(st|nd|rd|th|º|er)?/g, ' ');
  const rest = DROP_NEEDS.test(digitless) ? digitless.replace(TOKEN(digitless), (token) => (stamp.has(token) ? ' ' : token)) : digitless;
  return rest.replace(SEPARATORS(rest), '') === '';
}
