// Table-driven tests for the date functions; every expected value is worked out by hand in a comment.
import { describe, expect, it } from 'vitest';
import {
  addCalendarMonths,
  addDaysSkippingRule12Windows,
  addDaysThenNextWorkingDay,
  addSchoolDays,
  addWorkingDays,
  applyRule12ToSenAppeal,
  buildBankHolidayCalendar,
  fixedClock,
  isoDate,
  isWorkingDay,
  lastWorkingDayOnOrBefore,
  monthsStartingWith,
  nthSchoolDayFrom,
  parseIsoDate,
  todayInLondon,
  UncoveredYearError,
  type ClosurePeriod,
} from '../../../src/dates/index.js';
import { shippedCalendar as cal } from '../../support/calendar.js';

const d = isoDate;

describe('addCalendarMonths (T1, corresponding date, clamped)', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'], // no 31 Feb: last day of February
    ['2028-01-31', 1, '2028-02-29'], // leap year
    ['2025-12-29', 2, '2026-02-28'],
    ['2025-12-30', 2, '2026-02-28'],
    ['2025-12-31', 2, '2026-02-28'],
    ['2027-12-31', 2, '2028-02-29'],
    ['2026-03-12', 2, '2026-05-12'],
    ['2026-07-31', -5, '2026-02-28'], // backwards, clamped
  ] as const)('%s + %i months = %s', (start, months, expected) => {
    expect(addCalendarMonths(d(start), months).toString()).toBe(expected);
  });
});

describe('monthsStartingWith (T2)', () => {
  it.each([
    ['2025-03-01', 6, '2025-08-31', false], // corresponding 1 Sep, the day before
    ['2025-03-13', 6, '2025-09-12', false],
    ['2025-03-31', 6, '2025-09-29', true], // 31 Sep does not exist: 30 Sep − 1, other reading 30 Sep
    ['2025-08-31', 6, '2026-02-27', true],
  ] as const)('%s + %i months ends %s (clamped %s)', (start, months, expected, clamped) => {
    const result = monthsStartingWith(d(start), months);
    expect(result.lastDay.toString()).toBe(expected);
    expect(result.clamped).toBe(clamped);
  });
});

describe('working days (T4)', () => {
  it.each([
    ['2026-12-23', 3, '2026-12-30'], // 24 = 1; 25 Christmas, 26-27 weekend, 28 substitute Boxing Day; 29 = 2, 30 = 3
    ['2027-12-23', 2, '2027-12-29'], // 24 = 1; 25-26 weekend; 27, 28 substitutes; 29 = 2
    ['2026-04-02', 3, '2026-04-09'], // Good Friday 3 Apr, Easter Monday 6 Apr
    ['2027-03-25', 1, '2027-03-30'], // Good Friday 26 Mar, Easter Monday 29 Mar
    ['2025-04-17', 3, '2025-04-24'],
    ['2026-05-01', 1, '2026-05-05'], // early May bank holiday Mon 4 May
    ['2026-05-22', 1, '2026-05-26'], // spring bank holiday Mon 25 May
  ] as const)('%s + %i working days = %s', (start, n, expected) => {
    expect(addWorkingDays(d(start), n, cal).toString()).toBe(expected);
  });

  it('treats Christmas Day as non-working even on a Saturday', () => {
    expect(isWorkingDay(d('2027-12-25'), cal)).toBe(false);
    expect(lastWorkingDayOnOrBefore(d('2027-12-28'), cal).toString()).toBe('2027-12-24');
  });
});

describe('Tribunal rule 12 for SEN appeals (T7)', () => {
  it.each([
    ['2026-12-25', '2027-01-04', 'christmas_window'], // 1 Jan 2027 Fri bank holiday, weekend, Mon 4 Jan
    ['2027-12-31', '2028-01-04', 'christmas_window'], // Mon 3 Jan 2028 is the substitute New Year
    ['2028-01-01', '2028-01-04', 'christmas_window'],
    ['2026-08-15', '2026-09-01', 'august'], // 31 Aug 2026 is a bank holiday; Tue 1 Sep
    ['2027-07-31', '2027-08-02', 'next_working_day'], // Sat → Mon 2 Aug, not moved again
    ['2028-12-24', '2028-12-27', 'next_working_day'], // Sun before the window → Wed 27 Dec, not carried to January
    ['2026-05-12', '2026-05-12', 'none'],
  ] as const)('%s → %s (%s)', (raw, expected, move) => {
    const result = applyRule12ToSenAppeal(d(raw), cal);
    expect(result.date.toString()).toBe(expected);
    expect(result.move).toBe(move);
  });

  it('skips August and Christmas for other acts in SEN cases (T8)', () => {
    // Fri 25 Jul 2025: 6 days in July, August not counted, 22 days in September → Mon 22 Sep.
    expect(addDaysSkippingRule12Windows(d('2025-07-25'), 28, cal).toString()).toBe('2025-09-22');
    expect(addDaysThenNextWorkingDay(d('2025-07-25'), 28, cal).toString()).toBe('2025-08-22');
  });
});

describe('school days (T5, T6)', () => {
  const halfTerm: ClosurePeriod[] = [[d('2025-02-17'), d('2025-02-21')]];
  it('counts 15 school days skipping a half-term', () => {
    expect(addSchoolDays(d('2025-02-07'), 15, cal, halfTerm).toString()).toBe('2025-03-07');
    expect(addSchoolDays(d('2025-02-07'), 15, cal).toString()).toBe('2025-02-28');
  });
  it('finds the sixth school day with day 1 counted', () => {
    expect(nthSchoolDayFrom(d('2025-02-10'), 6, cal, halfTerm).toString()).toBe('2025-02-24');
    expect(nthSchoolDayFrom(d('2025-02-08'), 1, cal).toString()).toBe('2025-02-10'); // Saturday → Monday is day 1
  });
  it('ignores a reversed range and skips bank holidays in term', () => {
    expect(addSchoolDays(d('2025-02-07'), 15, cal, [[d('2025-02-21'), d('2025-02-17')]]).toString()).toBe('2025-02-28');
    expect(addSchoolDays(d('2026-05-01'), 1, cal).toString()).toBe('2026-05-05');
  });
});

describe('bank-holiday data', () => {
  it('throws a clear error outside the shipped years', () => {
    expect(() => isWorkingDay(d('2029-01-02'), cal)).toThrow(UncoveredYearError);
    expect(() => isWorkingDay(d('2023-06-01'), cal)).toThrow(/2023/);
  });
  it('rejects broken data', () => {
    const event = (date: string) => ({ title: 'x', date, notes: '', bunting: true });
    const file = (events: unknown[]) => ({ 'england-and-wales': { division: 'england-and-wales', events } });
    expect(() => buildBankHolidayCalendar(file([event('2026-02-30')]))).toThrow(/not valid/);
    expect(() => buildBankHolidayCalendar(file([event('2024-01-01'), event('2026-01-01')]))).toThrow(/gap/);
    expect(() => buildBankHolidayCalendar(file([event('2024-01-01'), event('2024-01-01')]))).toThrow(/twice/);
  });
  it('covers at least 12 months beyond today (add the next year from GOV.UK when this fails)', () => {
    const today = todayInLondon({ nowEpochMilliseconds: () => Date.now() });
    const aYearOn = addCalendarMonths(today, 12);
    expect(cal.lastYear, `bank holidays end in ${cal.lastYear}: add ${cal.lastYear + 1} to content/data/bank-holidays.json`).toBeGreaterThanOrEqual(aYearOn.year);
  });
});

describe('parsing and the clock', () => {
  it.each(['2026-02-30', '2026-13-01', '2025-02-29', '2026-1-05', 'tomorrow', ''])('rejects %j', (text) => {
    expect(parseIsoDate(text)).toBeNull();
  });
  it('accepts 29 February in a leap year', () => {
    expect(parseIsoDate('2028-02-29')?.toString()).toBe('2028-02-29');
  });
  it('computes today in London, not UTC', () => {
    expect(todayInLondon(fixedClock('2026-06-30T23:30:00Z')).toString()).toBe('2026-07-01'); // BST
    expect(todayInLondon(fixedClock('2026-12-31T23:30:00Z')).toString()).toBe('2026-12-31'); // GMT
    // The kept day must not outlive its span, in either direction or across the clock changes.
    const sequence: [string, string][] = [
      ['2026-03-28T23:59:59Z', '2026-03-28'],
      ['2026-03-29T00:00:00Z', '2026-03-29'], // GMT midnight; clocks go forward at 01:00 UTC
      ['2026-03-29T22:59:59Z', '2026-03-29'],
      ['2026-03-29T23:00:00Z', '2026-03-30'], // BST midnight
      ['2026-03-29T12:00:00Z', '2026-03-29'],
      ['2026-10-24T22:59:59Z', '2026-10-24'],
      ['2026-10-24T23:00:00Z', '2026-10-25'], // a 25-hour day: clocks go back at 01:00 UTC
      ['2026-10-25T23:59:59Z', '2026-10-25'],
      ['2026-10-26T00:00:00Z', '2026-10-26'],
    ];
    for (const [instant, day] of sequence) expect(todayInLondon(fixedClock(instant)).toString(), instant).toBe(day);
  });
});
