/**
 * Recognises a line that is only a date or time stamp, in the languages of
 * our sources: nothing left once dates, clock times, month and weekday
 * names and stamp verbs ("Published", "Mis à jour") are taken out.
 */
import { textPattern, type TextClasses } from '../../latin-text';

export const MONTHS =
  'jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|ago|ene|abr|dic|fev|out|dez|set|gen|mag|giu|lug|ott';
export const DAYS =
  'mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda|terça|quarta|quinta|sexta|feira|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica';
export const STAMP_WORDS =
  'published|updated|posted|last|modified|on|at|am|pm|a|m|p|est|edt|cst|cdt|pst|pdt|mst|mdt|gmt|utc|bst|cet|cest|amt|ist|jst|kst|et|pt|ct|le|à|mis|jour|publié|modifié|actualizado|publicado|atualizado|em|el|de|às|a las|alle|il|ore|aggiornato|pubblicato|h|hrs|hours|ago|min|mins|minutes|day|days|and|the|of|st|nd|rd|th|updated:|published:';

// \b only knows ASCII letters ("à", "publié"), so word edges are spelled out.
// Applied to lower-cased text only: without the `i` flag, V8 need not
// case-fold the letter class, which made these the costliest patterns to
// compile; and Latin text gets builds without Unicode classes (latin-text.ts).
const edged = (c: TextClasses, words: string) => `(?<![${c.letter}${c.number}])(${words})(?![${c.letter}${c.number}])`;
const NAMED = textPattern((c) => edged(c, `${MONTHS}|${DAYS}`));
const DROP = textPattern((c) => `${edged(c, `${MONTHS}|${DAYS}|${STAMP_WORDS}`)}\\.?`, 'g');
const SEPARATORS = textPattern((c) => `[${c.spacePunctuationSymbol}]+`, 'g');
/**
 * Every month and day name holds an ASCII letter, and every stamp word too
 * but "à" (tests/unit/cleanup/date-line.test.ts checks each). A line without
 * one (a date in Cyrillic, Greek or Korean) cannot match NAMED or DROP, so
 * these plain tests come first: those two patterns' Unicode builds take
 * milliseconds to compile.
 */
export const NAMED_NEEDS = /[a-z]/;
export const DROP_NEEDS = /[a-zà]/;

export function isDateLine(text: string): boolean {
  if (text.length > 90) return false;
  // A stamp has a number in it, and something that makes the number a date:
  // a year, a clock time, a month or weekday name. A bare "1" is a footnote.
  if (!/\d/.test(text)) return false;
  const lower = text.toLowerCase();
  if (!/\b(1[89]|20)\d\d\b|\d:\d\d|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/.test(lower) && !(NAMED_NEEDS.test(lower) && NAMED(lower).test(lower))) {
    return false;
  }
  const digitless = lower.replace(/\d{1,4}(st|nd|rd|th|º|er)?/g, ' ');
  const rest = DROP_NEEDS.test(digitless) ? digitless.replace(DROP(lower), ' ') : digitless;
  return rest.replace(SEPARATORS(rest), '') === '';
}
