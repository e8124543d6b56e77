// Calendar dates only: Temporal.PlainDate has no time and no time zone, so nothing can shift a day.
import { Temporal } from 'temporal-polyfill';

export type PlainDate = Temporal.PlainDate;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses YYYY-MM-DD strictly: impossible dates such as 2026-02-30 return null instead of clamping. */
export function parseIsoDate(text: string): PlainDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [, y, m, d] = match;
  try {
    return Temporal.PlainDate.from(
      { year: Number(y), month: Number(m), day: Number(d) },
      { overflow: 'reject' },
    );
  } catch {
    return null;
  }
}

export function isoDate(text: string): PlainDate {
  const date = parseIsoDate(text);
  if (!date) throw new RangeError(`Not a real calendar date: ${text}`);
  return date;
}

export function compareDates(a: PlainDate, b: PlainDate): number {
  return Temporal.PlainDate.compare(a, b);
}

export const isBefore = (a: PlainDate, b: PlainDate): boolean => compareDates(a, b) < 0;
export const isAfter = (a: PlainDate, b: PlainDate): boolean => compareDates(a, b) > 0;
export const isSameDay = (a: PlainDate, b: PlainDate): boolean => compareDates(a, b) === 0;

export function laterOf(a: PlainDate, b: PlainDate): PlainDate {
  return isAfter(b, a) ? b : a;
}

export function earlierOf(a: PlainDate, b: PlainDate): PlainDate {
  return isBefore(b, a) ? b : a;
}

export function earliest(dates: readonly PlainDate[]): PlainDate | undefined {
  return dates.reduce<PlainDate | undefined>((best, d) => (best && !isBefore(d, best) ? best : d), undefined);
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export function weekdayName(date: PlainDate): string {
  return WEEKDAYS[date.dayOfWeek - 1] ?? '';
}

/** "2026-05-12 (Tue)": the form used in `rule` texts. */
export function isoWithWeekday(date: PlainDate): string {
  return `${date.toString()} (${weekdayName(date).slice(0, 3)})`;
}

/** "12 May 2026". */
export function dayMonthYear(date: PlainDate): string {
  return `${date.day} ${MONTHS[date.month - 1] ?? ''} ${date.year}`;
}

/** "Tuesday 12 May 2026": the form parents read. */
export function longDate(date: PlainDate): string {
  return `${weekdayName(date)} ${dayMonthYear(date)}`;
}

export function isWeekend(date: PlainDate): boolean {
  return date.dayOfWeek >= 6;
}
