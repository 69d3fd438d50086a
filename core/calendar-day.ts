/**
 * A publication date stored as a bare day ("2023-03-19"): the page gave no
 * time of day (see core/extract/dates). Kept apart from the search filter so
 * the popup's first screen, which formats such dates, does not load it.
 */
const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDay(value: unknown): value is string {
  return typeof value === 'string' && CALENDAR_DAY.test(value);
}

/** Epoch ms of local midnight on that day, or null when `value` is not a bare day. */
export function localMidnight(value: string): number | null {
  const day = CALENDAR_DAY.exec(value);
  return day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])).getTime() : null;
}
