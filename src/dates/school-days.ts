// School days (rules-table §1): Monday to Friday, never a bank holiday or Christmas Day, and not
// inside any known closure range (inclusive). Without the school's holidays only weekends and bank
// holidays are skipped, which gives the earliest possible date ("no earlier than").
import type { BankHolidayCalendar } from './bank-holidays.js';
import { compareDates, type PlainDate } from './plain-date.js';
import { isWorkingDay } from './working-days.js';

export type ClosurePeriod = readonly [start: PlainDate, end: PlainDate];

function isInClosure(date: PlainDate, closures: readonly ClosurePeriod[]): boolean {
  // A reversed range (end before start) contains no day.
  return closures.some(([start, end]) => compareDates(start, date) <= 0 && compareDates(date, end) <= 0);
}

export function isSchoolDay(
  date: PlainDate,
  calendar: BankHolidayCalendar,
  closures: readonly ClosurePeriod[] = [],
): boolean {
  return isWorkingDay(date, calendar) && !isInClosure(date, closures);
}

/** T5 "within N school days of X": count from the day after X; X need not be a school day. */
export function addSchoolDays(
  date: PlainDate,
  count: number,
  calendar: BankHolidayCalendar,
  closures: readonly ClosurePeriod[] = [],
): PlainDate {
  let day = date;
  let counted = 0;
  while (counted < count) {
    day = day.add({ days: 1 });
    if (isSchoolDay(day, calendar, closures)) counted += 1;
  }
  return day;
}

/** T6 "from the Nth school day": `firstDay` is school day 1 if it is a school day, else the next one is. */
export function nthSchoolDayFrom(
  firstDay: PlainDate,
  n: number,
  calendar: BankHolidayCalendar,
  closures: readonly ClosurePeriod[] = [],
): PlainDate {
  let day = firstDay;
  while (!isSchoolDay(day, calendar, closures)) day = day.add({ days: 1 });
  return n <= 1 ? day : addSchoolDays(day, n - 1, calendar, closures);
}

export function firstSchoolDayAfter(
  date: PlainDate,
  calendar: BankHolidayCalendar,
  closures: readonly ClosurePeriod[] = [],
): PlainDate {
  return addSchoolDays(date, 1, calendar, closures);
}
