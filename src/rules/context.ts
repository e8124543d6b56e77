// Small helpers every event rule uses: reading dates from the situation, "passed" tests, and
// turning a missing bank-holiday year into an error that names the field the count starts from.
import {
  firstOfJanuary,
  isAfter,
  isBefore,
  parseIsoDate,
  UncoveredYearError,
  type BankHolidayCalendar,
  type ClosurePeriod,
  type PlainDate,
} from '../dates/index.js';
import type { Situation } from './situation-schema.js';
import type { DeadlineDraft, RuleContext } from './types.js';
import type { DateKey } from './vocabulary.js';

/** A count needed a bank-holiday year the data does not cover: the API answers 400 (rules-table §1). */
export class CoverageError extends Error {
  constructor(
    readonly path: string,
    readonly year: number,
    message: string,
  ) {
    super(message);
    this.name = 'CoverageError';
  }
}

export function dateOf(situation: Situation, key: DateKey): PlainDate | undefined {
  const text = situation.dates[key];
  return text ? (parseIsoDate(text) ?? undefined) : undefined;
}

/** Runs a count; a missing bank-holiday year becomes a CoverageError naming `path`. */
export function countFrom<T>(path: string, count: () => T): T {
  try {
    return count();
  } catch (error) {
    if (error instanceof UncoveredYearError) {
      throw new CoverageError(path, error.year, `${error.message} Ask again once the ${error.year} bank holidays are published.`);
    }
    throw error;
  }
}

/** Like countFrom, but a missing year gives undefined (for projections, which never fail a request). */
export function countOrSkip<T>(count: () => T): { value: T } | { missingYear: number } {
  try {
    return { value: count() };
  } catch (error) {
    if (error instanceof UncoveredYearError) return { missingYear: error.year };
    throw error;
  }
}

/**
 * §1 "Lower bounds decide comparisons": a count that ran past the last shipped year gives a date on
 * or after 1 January of the missing year. While as_of is before that day, the bound is enough to
 * compare with as_of; otherwise (and for a year before the data) undefined: the request must fail.
 */
export function lowerBoundAfterAsOf(missingYear: number, asOf: PlainDate, calendar: BankHolidayCalendar): PlainDate | undefined {
  if (missingYear <= calendar.lastYear) return undefined;
  const bound = firstOfJanuary(missingYear);
  return isBefore(asOf, bound) ? bound : undefined;
}

/** "Passed" = strictly before as_of: a deadline on as_of has not passed (§0.2). */
export function hasPassed(date: PlainDate, asOf: PlainDate): boolean {
  return isBefore(date, asOf);
}

export function latestCandidateOf(deadline: DeadlineDraft): PlainDate {
  return deadline.latestCandidate ?? deadline.date;
}

/** Definitely passed = the latest candidate is strictly before as_of: only this switches routes. */
export function hasDefinitelyPassed(deadline: DeadlineDraft, asOf: PlainDate): boolean {
  return isBefore(latestCandidateOf(deadline), asOf);
}

export function closuresOf(situation: Situation): ClosurePeriod[] {
  return (situation.school_holidays ?? []).flatMap(([start, end]) => {
    const from = parseIsoDate(start);
    const to = parseIsoDate(end);
    return from && to && !isAfter(from, to) ? [[from, to] as const] : [];
  });
}

export function buildContext(situation: Situation, asOf: PlainDate, calendar: RuleContext['calendar']): RuleContext {
  return { situation, asOf, calendar, closures: closuresOf(situation) };
}
