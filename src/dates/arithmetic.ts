// Calendar arithmetic that needs no bank-holiday data (rules-table §1 T1, T2, T3, T3b).
import { PlainDate } from './plain-date.js';

/**
 * T1 "N months after X": the corresponding date N months on (negative: before); when that month is
 * too short, its last day (Dodds v Walker). 31 Dec + 2 months = 28 Feb (29 Feb in a leap year).
 */
export function addCalendarMonths(date: PlainDate, months: number): PlainDate {
  return date.add({ months }, { overflow: 'constrain' });
}

export interface MonthsStartingWithResult {
  /** The last day of the period: the earlier reading when the month end is ambiguous. */
  lastDay: PlainDate;
  /** True when the corresponding day did not exist in the target month (T2 clamp). */
  clamped: boolean;
  /** The other reading when clamped: the target month's last day. */
  otherReading?: PlainDate;
}

/**
 * T2 "N months starting with X" (X is day 1): the day before the corresponding date. When the target
 * month lacks X's day-number, the corresponding date clamps to the month's last day and the day
 * before it is taken; that is ambiguous and the month's last day is the other reading.
 */
export function monthsStartingWith(date: PlainDate, months: number): MonthsStartingWithResult {
  const corresponding = addCalendarMonths(date, months);
  const clamped = corresponding.day !== date.day;
  const lastDay = corresponding.subtract({ days: 1 });
  return clamped ? { lastDay, clamped, otherReading: corresponding } : { lastDay, clamped };
}

/** T3 "within N days of X": X + N calendar days; LA duties are never moved. */
export function addDays(date: PlainDate, days: number): PlainDate {
  return date.add({ days });
}

/** T3 "within N weeks of X": X + 7N calendar days. */
export function addWeeks(date: PlainDate, weeks: number): PlainDate {
  return date.add({ days: 7 * weeks });
}

/** T3b "at least 15 days beginning with the day served": the start is day 1, so + 14 days. */
export function daysBeginningWith(date: PlainDate, days: number): PlainDate {
  return date.add({ days: days - 1 });
}

export function daysBetween(from: PlainDate, to: PlainDate): number {
  return to.epochDay - from.epochDay;
}

export const firstOfJanuary = (year: number): PlainDate =>
  PlainDate.of(year, 1, 1);
