// Working days (legal-reference §3.4): not Saturday, Sunday, Christmas Day, Good Friday or an
// England-and-Wales bank holiday. Good Friday is in the bank-holiday data; Christmas Day is checked
// by date because it is a non-working day even when the bank holiday is a substitute (Sat 25 Dec 2027).
import type { BankHolidayCalendar } from './bank-holidays.js';
import { isWeekend, type PlainDate } from './plain-date.js';

export function isChristmasDay(date: PlainDate): boolean {
  return date.month === 12 && date.day === 25;
}

export function isWorkingDay(date: PlainDate, calendar: BankHolidayCalendar): boolean {
  // Classify against the data first so an uncovered year always throws, even at a weekend.
  const bankHoliday = calendar.isBankHoliday(date);
  return !bankHoliday && !isWeekend(date) && !isChristmasDay(date);
}

/** T4: count N working days starting the day after `date`; the Nth is the result. */
export function addWorkingDays(date: PlainDate, count: number, calendar: BankHolidayCalendar): PlainDate {
  let day = date;
  let counted = 0;
  while (counted < count) {
    day = day.add({ days: 1 });
    if (isWorkingDay(day, calendar)) counted += 1;
  }
  return day;
}

export function nextWorkingDayOnOrAfter(date: PlainDate, calendar: BankHolidayCalendar): PlainDate {
  let day = date;
  while (!isWorkingDay(day, calendar)) day = day.add({ days: 1 });
  return day;
}

export function firstWorkingDayAfter(date: PlainDate, calendar: BankHolidayCalendar): PlainDate {
  return nextWorkingDayOnOrAfter(date.add({ days: 1 }), calendar);
}

/** T9's safe date: the day itself if it is a working day, else the last working day before it. */
export function lastWorkingDayOnOrBefore(date: PlainDate, calendar: BankHolidayCalendar): PlainDate {
  let day = date;
  while (!isWorkingDay(day, calendar)) day = day.subtract({ days: 1 });
  return day;
}
