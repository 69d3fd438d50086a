/**
 * Dates from metadata and from the visible byline, as ISO 8601.
 *
 * Time zones: a value that carries an offset is converted to UTC
 * (`2020-09-15T15:45:00.000Z`). A value that has none, which is the rule for
 * visible bylines ("Publié le 15/09/2020 à 17:45"), is kept as the local
 * wall-clock time without an offset (`2020-09-15T17:45:00`), or as a bare
 * date (`2020-09-15`). Inventing the reader's or the site's zone would make
 * a date look more precise than the page says.
 */
import { textPattern } from '../latin-text';
import { eachMatch, lowerKeepingOffsets } from './lower-case';
import { MONTHS, MONTH_PATTERN } from './month-names';

/** News clipped today is never older than the web; older years are template junk (e.g. 1744). */
const MIN_YEAR = 1990;
const DAY_MS = 86_400_000;

const ISO =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const HAS_ZONE = /(?:\b(?:GMT|UTC|Z)\b|[+-]\d{2}:?\d{2}\s*$)/;

interface Parts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** Milliseconds, when the value gave a fraction of a second. */
  millisecond?: number;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** ".314" when the value gave a fraction of a second, nothing otherwise. */
function fractionOf(p: Parts): string {
  return p.millisecond === undefined ? '' : `.${pad(p.millisecond, 3)}`;
}

function validParts(p: Parts): boolean {
  const probe = new Date(Date.UTC(p.year, p.month - 1, p.day));
  return (
    probe.getUTCFullYear() === p.year &&
    probe.getUTCMonth() === p.month - 1 &&
    probe.getUTCDate() === p.day &&
    (p.hour === undefined || (p.hour >= 0 && p.hour < 24)) &&
    (p.minute === undefined || (p.minute >= 0 && p.minute < 60)) &&
    (p.second === undefined || (p.second >= 0 && p.second < 60))
  );
}

function inRange(ms: number, now: Date): boolean {
  return ms >= Date.UTC(MIN_YEAR, 0, 1) && ms <= now.getTime() + DAY_MS;
}

/** Local (zone-less) parts as ISO, or null when impossible or out of range. */
function localIso(p: Parts, now: Date): string | null {
  if (!validParts(p)) return null;
  // Without a zone the instant is uncertain by up to 14 hours; the one-day
  // margin in inRange absorbs that.
  const ms = Date.UTC(p.year, p.month - 1, p.day, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  if (!inRange(ms, now)) return null;
  const date = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
  if (p.hour === undefined) return date;
  return `${date}T${pad(p.hour)}:${pad(p.minute ?? 0)}:${pad(p.second ?? 0)}${fractionOf(p)}`;
}

function instantIso(ms: number, now: Date): string | null {
  if (!Number.isFinite(ms) || !inRange(ms, now)) return null;
  return new Date(ms).toISOString();
}

/**
 * A machine-readable date: ISO 8601 (with or without zone), RFC 2822 with a
 * zone, Unix seconds or milliseconds, or failing those a human date.
 */
export function parseDate(value: string | null | undefined, now: Date): string | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (text === '' || text.length > 200) return null;
  if (/^\d{10}(?:\d{3})?$/.test(text)) {
    const n = Number(text);
    return instantIso(text.length === 10 ? n * 1000 : n, now);
  }
  const iso = ISO.exec(text);
  if (iso !== null) {
    const [, y, mo, d, h, mi, s, fraction, zone] = iso;
    const parts: Parts = {
      year: Number(y),
      month: Number(mo),
      day: Number(d),
      ...(h === undefined ? {} : { hour: Number(h), minute: Number(mi), second: Number(s ?? 0) }),
      // Kept to the millisecond a Date holds ("20.314667" → 314), not rounded up into the next second.
      ...(h === undefined || fraction === undefined ? {} : { millisecond: Number(fraction.slice(0, 3).padEnd(3, '0')) }),
    };
    if (zone === undefined || h === undefined) return localIso(parts, now);
    if (!validParts(parts)) return null;
    const z = zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2}):?(\d{2})?$/, (_, hh: string, mm?: string) => `${hh}:${mm ?? '00'}`);
    const stamp = `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}T${h}:${mi}:${pad(parts.second ?? 0)}${fractionOf(parts)}${z}`;
    return instantIso(Date.parse(stamp), now);
  }
  if (HAS_ZONE.test(text)) {
    const ms = Date.parse(text);
    if (Number.isFinite(ms)) return instantIso(ms, now);
  }
  return findDates(text, now)[0]?.iso ?? null;
}

export interface FoundDate {
  iso: string;
  /** Offset of the match in the text. */
  index: number;
  end: number;
}

const TIME = /^\s*(?:,|-|–|·|\|)?\s*(?:à|a las|a la|at|um|vers|,)?\s*(\d{1,2})\s*(?:[:h]\s*(\d{2})|(?=\s*[ap]\.?m\b))\s*(?:(a\.?m\.?|p\.?m\.?)|uhr\b|h\b)?/i;
const DAY = '(\\d{1,2})(?:er|ᵉʳ|st|nd|rd|th|º|°|\\.)?';
const YEAR = '(\\d{4})';
// Both run on lower-cased text (month names are lower case): see lower-case.ts;
// Latin text gets builds without Unicode classes (latin-text.ts).
const DAY_MONTH_YEAR = textPattern(
  (c) => `\\b${DAY}\\s*(?:de\\s+)?${MONTH_PATTERN}(?![${c.letter}])\\.?\\s*(?:de\\s+|del\\s+|,\\s*)?${YEAR}\\b`,
  'g',
);
const MONTH_DAY_YEAR = textPattern((c) => `(?<![${c.letter}])${MONTH_PATTERN}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, 'g');
const NUMERIC = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b|\b(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})\b/g;

function withTime(parts: Parts, rest: string): { parts: Parts; length: number } {
  const t = TIME.exec(rest);
  if (t === null) return { parts, length: 0 };
  let hour = Number(t[1]);
  const meridiem = t[3]?.toLowerCase().replace(/\./g, '');
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  return { parts: { ...parts, hour, minute: Number(t[2] ?? 0), second: 0 }, length: t[0].length };
}

function monthNumber(name: string): number | undefined {
  return MONTHS.get(name.toLowerCase().normalize('NFC').replace(/\.$/, ''));
}

/**
 * Every plausible date written in French, English, Spanish or German prose,
 * in text order: `15/09/2020 à 17:45`, `4 mai 2022`, `1er mars 2021`,
 * `March 3, 2021`, `12 de enero de 2023`, `5. Juni 2021, 14:30 Uhr`.
 * Slash dates are read day first: this is a reader for European sites, and
 * an American `03/15/2021` is still recognised because 15 cannot be a month.
 */
export function findDates(text: string, now: Date): FoundDate[] {
  const found: FoundDate[] = [];
  // Every pattern below needs a four-digit year: most lines have none, and
  // the month-name patterns are costly to compile and to run.
  if (!/\d{4}/.test(text)) return found;
  const add = (index: number, length: number, parts: Parts): void => {
    const timed = withTime(parts, text.slice(index + length, index + length + 40));
    const iso = localIso(timed.parts, now);
    if (iso !== null && !found.some((f) => index < f.end && f.index < index + length)) {
      found.push({ iso, index, end: index + length + timed.length });
    }
  };
  const lower = lowerKeepingOffsets(text);
  eachMatch(DAY_MONTH_YEAR(lower), lower, (m) => {
    const month = monthNumber(m[2] ?? '');
    if (month !== undefined) add(m.index, m[0].length, { year: Number(m[3]), month, day: Number(m[1]) });
  });
  eachMatch(MONTH_DAY_YEAR(lower), lower, (m) => {
    const month = monthNumber(m[1] ?? '');
    if (month !== undefined) add(m.index, m[0].length, { year: Number(m[3]), month, day: Number(m[2]) });
  });
  eachMatch(NUMERIC, text, (m) => {
    if (m[4] !== undefined) {
      add(m.index, m[0].length, { year: Number(m[4]), month: Number(m[5]), day: Number(m[6]) });
      return;
    }
    const a = Number(m[1]);
    const b = Number(m[2]);
    const [day, month] = b > 12 && a <= 12 ? [b, a] : [a, b];
    add(m.index, m[0].length, { year: Number(m[3]), month, day });
  });
  return found.sort((x, y) => x.index - y.index);
}

const UPDATED = /(?:mis à jour|mise à jour|modifié|actualisé|updated|last modified|modified|actualizado|actualización|modificado|aktualisiert|geändert|zuletzt)\s*(?:le|el|am|on|:)?\s*$/i;

export interface BylineDates {
  publishedAt: string | null;
  modifiedAt: string | null;
}

/**
 * Published and modified dates from a visible byline. A date preceded (since
 * the previous date) by "mis à jour", "updated", "actualizado" or
 * "aktualisiert" is the modification; the first other date is publication.
 */
export function parseBylineDates(text: string, now: Date): BylineDates {
  let publishedAt: string | null = null;
  let modifiedAt: string | null = null;
  let previousEnd = 0;
  for (const date of findDates(text, now)) {
    const lead = text.slice(Math.max(previousEnd, date.index - 60), date.index);
    previousEnd = date.end;
    if (UPDATED.test(lead)) modifiedAt ??= date.iso;
    else publishedAt ??= date.iso;
  }
  return { publishedAt, modifiedAt };
}
