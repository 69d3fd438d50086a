/**
 * Dates and counts in the reader's locale. Pure functions of their inputs: the
 * locale and, for relative dates, the current time are parameters so tests can
 * pin them.
 */
import { isCalendarDay } from '../core/calendar-day';

function toDate(value: string | number | null | undefined): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The value cached under `key`, made on first use. */
function remember<V>(cache: Map<string, V>, key: string, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

const canonical = new Map<string, string>();

function safeLocale(locale: string): string {
  return remember(canonical, locale, () => {
    // An invalid tag makes Intl throw a RangeError; fall back rather than break a whole list row.
    try {
      return Intl.getCanonicalLocales(locale)[0] ?? 'en';
    } catch {
      return 'en';
    }
  });
}

/**
 * Building an Intl formatter costs far more than formatting with one, and a
 * list draws dozens of rows in the same locale: keep one per locale and style.
 * The keys are few (UI languages × a handful of styles), so the caches stay small.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

type DateStyle = 'medium' | 'long-short' | 'day-medium' | 'day-long';

const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  medium: { dateStyle: 'medium' },
  'long-short': { dateStyle: 'long', timeStyle: 'short' },
  // A calendar day is read as midnight UTC, so it is shown in UTC: elsewhere
  // west of Greenwich it would fall on the day before.
  'day-medium': { dateStyle: 'medium', timeZone: 'UTC' },
  'day-long': { dateStyle: 'long', timeZone: 'UTC' },
};

function dateFormat(locale: string, style: DateStyle): Intl.DateTimeFormat {
  return remember(dateFormats, `${locale}|${style}`, () => new Intl.DateTimeFormat(locale, DATE_OPTIONS[style]));
}

function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  return remember(relativeFormats, locale, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
}

/** "27 nov. 2026" / "Nov 27, 2026", or null when the value is missing or not a date. */
export function formatDate(value: string | number | null | undefined, locale: string): string | null {
  const date = toDate(value);
  if (!date) return null;
  return dateFormat(safeLocale(locale), isCalendarDay(value) ? 'day-medium' : 'medium').format(date);
}

/**
 * Date with time, for the reader header where the hour of a breaking story
 * matters; a calendar day alone when the page gave no time ("at 12:00 AM"
 * would be made up).
 */
export function formatDateTime(value: string | number | null | undefined, locale: string): string | null {
  const date = toDate(value);
  if (!date) return null;
  return dateFormat(safeLocale(locale), isCalendarDay(value) ? 'day-long' : 'long-short').format(date);
}

const DAY_MS = 86_400_000;

/**
 * "today", "yesterday", "3 days ago" for the last week, then the calendar date:
 * a reading list is scanned by recency, and exact dates only help further back.
 */
export function formatSavedAt(savedAt: number, locale: string, now: number): string | null {
  const date = toDate(savedAt);
  if (!date) return null;
  const loc = safeLocale(locale);
  const startOfToday = new Date(now);
  startOfToday.setHours(0, 0, 0, 0);
  const start = startOfToday.getTime();
  // Calendar days, not 24-hour blocks: last night at 23:00 is "yesterday" at 08:00.
  const dayDiff = date.getTime() >= start ? 0 : Math.ceil((start - date.getTime()) / DAY_MS);
  if (dayDiff < 7) {
    return relativeFormat(loc).format(-dayDiff, 'day');
  }
  return formatDate(savedAt, loc);
}

/** Language name in the UI language ("espagnol" for `es` in a French UI); the code itself when unknown. */
export function formatLanguage(code: string | null, locale: string): string | null {
  if (!code) return null;
  try {
    return new Intl.DisplayNames([safeLocale(locale)], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, compact: boolean): Intl.NumberFormat {
  return remember(numberFormats, `${locale}|${compact ? 'compact' : 'plain'}`, () =>
    new Intl.NumberFormat(locale, compact ? { notation: 'compact', maximumFractionDigits: 1 } : {}),
  );
}

/** "10,000" / "10 000": a count grouped as the reader's locale writes it. */
export function formatCount(n: number, locale: string): string {
  return numberFormat(safeLocale(locale), false).format(n);
}

/**
 * A count for the popup's filter options, where four selects share 356px:
 * from a thousand up it is compact ("1.2K", "1,2 k"), the exact figure being
 * in the list heading once the filter is applied. Below a thousand a count is
 * as short as its compact form, and exact.
 */
export function formatCompactCount(n: number, locale: string): string {
  return numberFormat(safeLocale(locale), n >= 1000).format(n);
}

/** Host without `www.`, for rows whose page gave no site name. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
