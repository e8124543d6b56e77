// Deadline builders shared by the event rules. Each applies one counting rule of rules-table §1 and
// writes the arithmetic in words (with weekday names) into `rule`.
import {
  addDays,
  addWeeks,
  isAfter,
  isInAugust,
  isInChristmasWindow,
  isoWithWeekday,
  isWeekend,
  isWorkingDay,
  lastWorkingDayOnOrBefore,
  monthsStartingWith,
  nextWorkingDayOnOrAfter,
  UncoveredYearError,
  weekdayName,
  type BankHolidayCalendar,
  type PlainDate,
} from '../dates/index.js';
import { lowerBoundAfterAsOf } from './context.js';
import { joinWithAnd, numberWord, sentences, upperFirst } from './plain-working.js';
import type { DeadlineDraft } from './types.js';
import type { DeadlineId } from './vocabulary.js';

export const show = isoWithWeekday;

/** T9: a parent limit with no roll-forward rule that ends on a non-working day is shown on the last working day before it. */
export function rollBackToWorkingDay(
  legalLastDay: PlainDate,
  calendar: BankHolidayCalendar,
): { date: PlainDate; rolledBack: boolean } {
  const date = lastWorkingDayOnOrBefore(legalLastDay, calendar);
  return { date, rolledBack: !date.equals(legalLastDay) };
}

export function rollBackText(legalLastDay: PlainDate, date: PlainDate): string {
  return sentences(
    `The last day, ${show(legalLastDay)}, is not a working day`,
    'No rule moves this time limit to a later day',
    `So the safe date is the last working day before it: ${show(date)}`,
    `Acting on ${show(legalLastDay)} itself is still in time`,
  );
}

/** T10: duties of others are never moved; say so when they fall on a day people may not expect. */
export function notMovedText(date: PlainDate, calendar: BankHolidayCalendar): string {
  let holiday = false;
  try {
    holiday = !isWeekend(date) && !isWorkingDay(date, calendar);
  } catch (error) {
    if (!(error instanceof UncoveredYearError)) throw error;
  }
  const reasons: string[] = [];
  if (isWeekend(date)) reasons.push(`on a ${weekdayName(date)}`);
  else if (holiday) reasons.push('on a bank holiday');
  if (isInChristmasWindow(date) && !holiday) reasons.push('in the Christmas period');
  if (isInAugust(date)) reasons.push('in August');
  return reasons.length > 0 ? sentences(`That day falls ${joinWithAnd(reasons)}`, 'The law does not move it to another day') : '';
}

/** "X happened" + " on <date>", or the date put in place of "{date}". */
export function onTheDay(happened: string, date: PlainDate): string {
  return happened.includes('{date}') ? happened.replace('{date}', show(date)) : `${happened} on ${show(date)}`;
}

export interface DutyArgs {
  what: DeadlineId;
  start: PlainDate;
  /** What happened on the start date, as a sentence: "The local authority received the request" (" on <date>" is added) or one with "{date}" in it. */
  startEvent: string;
  weeks?: number;
  days?: number;
  source: string;
  calendar: BankHolidayCalendar;
  ambiguous?: boolean;
  extraRule?: string;
}

/** T3: an LA, ICB, school or adviser duty N weeks (or days) after a start; never moved. */
export function dutyAfter(args: DutyArgs): DeadlineDraft {
  const date = args.weeks !== undefined ? addWeeks(args.start, args.weeks) : addDays(args.start, args.days ?? 0);
  const span = args.weeks !== undefined ? `${args.weeks} weeks` : `${args.days ?? 0} days`;
  return {
    what: args.what,
    date,
    rule: sentences(
      onTheDay(args.startEvent, args.start),
      `Count ${span} from that day`,
      `That gives ${show(date)}`,
      notMovedText(date, args.calendar),
      args.extraRule,
    ),
    source: args.source,
    ambiguous: args.ambiguous ?? false,
    kind: 'duty',
  };
}

export type ClaimForum = 'tribunal' | 'county_court' | 'ombudsman';

export interface MonthsStartingWithArgs {
  what: DeadlineId;
  start: PlainDate;
  /** The day the count starts, in words: "the day of the act". */
  startDay: string;
  months: number;
  source: string;
  calendar: BankHolidayCalendar;
  forum: ClaimForum;
  /** Ambiguity that comes from the start date (A4, A8, A10). */
  startAmbiguous?: boolean;
  /** A later start that a reading of the law allows (S1 letter vs e-mail): gives a later candidate. */
  laterStart?: PlainDate;
  extraRule?: string;
  /** as_of: lets a County Court open day in an uncovered year be decided by its lower bound (§1). */
  asOf?: PlainDate;
}

/**
 * A latest candidate whose count may run past the shipped bank holidays: decided by its lower
 * bound when that is enough (lowerBoundAfterAsOf, rules-table §1), otherwise the request fails.
 */
export function latestCandidateOrLowerBound(
  count: () => PlainDate,
  asOf: PlainDate | undefined,
  calendar: BankHolidayCalendar,
): { date: PlainDate; text: string } {
  try {
    const date = count();
    return { date, text: show(date) };
  } catch (error) {
    const bound = error instanceof UncoveredYearError && asOf ? lowerBoundAfterAsOf(error.year, asOf, calendar) : undefined;
    if (!bound) throw error;
    // The text ends a sentence: the year, then why no exact day is given.
    return { date: bound, text: `a day in ${bound.year}. The site does not have that year's bank holidays yet` };
  }
}

/**
 * T2 + T9: "N months starting with X" for a parent limit (disability claims, the Ombudsman).
 * The latest candidate is the legal last day (under a clamp, the month's last day); for the County
 * Court, the next day its office is open after that (Pritam Kaur, rules-table §3.2).
 */
export function parentMonthsStartingWith(args: MonthsStartingWithArgs): DeadlineDraft {
  const period = monthsStartingWith(args.start, args.months);
  const legalLastDay = period.lastDay;
  const { date, rolledBack } = rollBackToWorkingDay(legalLastDay, args.calendar);

  const parts = [
    `The count starts on ${show(args.start)}, ${args.startDay}`,
    `${upperFirst(numberWord(args.months))} months starting with that day end on ${show(legalLastDay)}`,
    `That is the day before ${show(legalLastDay.add({ days: 1 }))}`,
  ];
  if (period.clamped && period.otherReading) {
    parts.push(
      'The month the period ends in has no day with the same number as the start day',
      `So another reading of the law ends it on the last day of that month, ${show(period.otherReading)}`,
      'The earlier date is shown',
    );
  }
  if (rolledBack) parts.push(rollBackText(legalLastDay, date));

  let latest = period.otherReading ?? legalLastDay;
  if (args.laterStart && !args.laterStart.equals(args.start)) {
    const later = monthsStartingWith(args.laterStart, args.months);
    const laterLast = later.otherReading ?? later.lastDay;
    if (isAfter(laterLast, latest)) latest = laterLast;
    parts.push(`Counted from the later date, ${show(args.laterStart)}, the period would end on ${show(later.lastDay)}`);
  }
  if (args.forum === 'county_court') {
    const courtOpen = latestCandidateOrLowerBound(() => nextWorkingDayOnOrAfter(latest, args.calendar), args.asOf, args.calendar);
    if (!courtOpen.date.equals(latest)) {
      parts.push(`A claim can still reach the court office on the next day it is open: ${courtOpen.text}`);
    }
    latest = courtOpen.date;
  }
  if (args.extraRule) parts.push(args.extraRule);

  // §2 S1: ambiguous only when the later start gives a different shown date (after T9).
  const laterStartDiffers =
    args.laterStart !== undefined &&
    !rollBackToWorkingDay(monthsStartingWith(args.laterStart, args.months).lastDay, args.calendar).date.equals(date);
  return {
    what: args.what,
    date,
    rule: sentences(...parts),
    source: args.source,
    ambiguous: rolledBack || period.clamped || (args.startAmbiguous ?? false) || laterStartDiffers,
    kind: 'parent',
    latestCandidate: latest,
  };
}
