// The First-tier Tribunal (HESC) Rules 2008 rule 12 for special educational needs cases.
import type { BankHolidayCalendar } from './bank-holidays.js';
import { PlainDate } from './plain-date.js';
import { firstWorkingDayAfter, isWorkingDay, nextWorkingDayOnOrAfter } from './working-days.js';

export type Rule12Move = 'none' | 'christmas_window' | 'august' | 'next_working_day';

export interface Rule12Result {
  date: PlainDate;
  move: Rule12Move;
}

/** 25 December to 1 January inclusive, or any day in August: the r.12(3) windows. */
export function isInChristmasWindow(date: PlainDate): boolean {
  return (date.month === 12 && date.day >= 25) || (date.month === 1 && date.day === 1);
}

export function isInAugust(date: PlainDate): boolean {
  return date.month === 8;
}

/**
 * T7: the appeal (application notice) in a SEN case. r.12(3)(a): a time ending 25 Dec–1 Jan moves to
 * the first working day after 1 January; one ending in August to the first working day after
 * 31 August. Otherwise r.12(2): a non-working last day moves to the next working day, and that day
 * is never moved again, even into a window. The window test uses the raw date only.
 */
export function applyRule12ToSenAppeal(raw: PlainDate, calendar: BankHolidayCalendar): Rule12Result {
  if (isInChristmasWindow(raw)) {
    const year = raw.month === 12 ? raw.year + 1 : raw.year;
    const firstJanuary = PlainDate.of(year, 1, 1);
    return { date: firstWorkingDayAfter(firstJanuary, calendar), move: 'christmas_window' };
  }
  if (isInAugust(raw)) {
    const lastOfAugust = PlainDate.of(raw.year, 8, 31);
    return { date: firstWorkingDayAfter(lastOfAugust, calendar), move: 'august' };
  }
  if (!isWorkingDay(raw, calendar)) {
    return { date: nextWorkingDayOnOrAfter(raw, calendar), move: 'next_working_day' };
  }
  return { date: raw, move: 'none' };
}

/**
 * T8: "within N days after X" for another act in a SEN case (permission to appeal): count N days
 * from the day after X, skipping August and 25 Dec–1 Jan (r.12(3)(b)); then r.12(2) moves a
 * non-working last day to the next working day, which is not moved again.
 */
export function addDaysSkippingRule12Windows(
  start: PlainDate,
  days: number,
  calendar: BankHolidayCalendar,
): PlainDate {
  let day = start;
  let counted = 0;
  while (counted < days) {
    day = day.add({ days: 1 });
    if (!isInAugust(day) && !isInChristmasWindow(day)) counted += 1;
  }
  return nextWorkingDayOnOrAfter(day, calendar);
}

/** T8 in a disability discrimination case: plain days, then r.12(2). */
export function addDaysThenNextWorkingDay(start: PlainDate, days: number, calendar: BankHolidayCalendar): PlainDate {
  return nextWorkingDayOnOrAfter(start.add({ days }), calendar);
}
