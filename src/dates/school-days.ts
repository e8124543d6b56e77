// School days (rules-table §1): Monday to Friday, never a bank holiday or Christmas Day, and not
// inside any known closure range (inclusive). Without the school's holidays only weekends and bank
// holidays are skipped, which gives the earliest possible date ("no earlier than").
import type { BankHolidayCalendar } from './bank-holidays.js';
import { compareDates, type PlainDate } from './plain-date.js';
import { isWorkingDay } from './working-days.js';

export type ClosurePeriod = readonly [start: PlainDate, end: PlainDate];

/** Days since 1 March of year 0 in the proleptic Gregorian calendar: whole-number arithmetic only. */
function dayNumber(date: PlainDate): number {
  const year = date.month <= 2 ? date.year - 1 : date.year;
  const monthFromMarch = (date.month + 9) % 12;
  return 365 * year + Math.floor(year / 4) - Math.floor(year / 100) + Math.floor(year / 400) + Math.floor((153 * monthFromMarch + 2) / 5) + date.day - 1;
}

/** Closure ranges as sorted, merged [first, last] day numbers; a reversed range contains no day. */
type ClosureLookup = Int32Array;
const lookups = new WeakMap<readonly ClosurePeriod[], ClosureLookup>();

function closureLookup(closures: readonly ClosurePeriod[]): ClosureLookup {
  let lookup = lookups.get(closures);
  if (lookup) return lookup;
  const ranges = closures
    .filter(([start, end]) => compareDates(start, end) <= 0)
    .map(([start, end]) => [dayNumber(start), dayNumber(end)] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const merged: number[] = [];
  for (const [first, last] of ranges) {
    const previousLast = merged.length > 0 ? merged[merged.length - 1]! : Number.NEGATIVE_INFINITY;
    if (first <= previousLast + 1) merged[merged.length - 1] = Math.max(previousLast, last);
    else merged.push(first, last);
  }
  lookup = Int32Array.from(merged);
  lookups.set(closures, lookup);
  return lookup;
}

// The ranges are turned into a lookup once per list (kept while the list lives), so checking a day
// costs a binary search over the merged ranges (at most 6 steps for the API's 40), however many
// days they cover and however many days a count walks over.
function isInClosure(date: PlainDate, closures: readonly ClosurePeriod[]): boolean {
  if (closures.length === 0) return false;
  const lookup = closureLookup(closures);
  const day = dayNumber(date);
  let low = 0;
  let high = lookup.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (day < lookup[2 * middle]!) high = middle - 1;
    else if (day > lookup[2 * middle + 1]!) low = middle + 1;
    else return true;
  }
  return false;
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
