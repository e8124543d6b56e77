import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  addCalendarMonths,
  addSchoolDays,
  addWorkingDays,
  applyRule12ToSenAppeal,
  compareDates,
  isoDate,
  isSchoolDay,
  isWorkingDay,
  laterOf,
} from '../../../src/dates/index.js';
import { shippedCalendar as cal } from '../../support/calendar.js';

const start = isoDate('2024-01-01');
const dateIn2024To2028 = fc.integer({ min: 0, max: 365 * 4 + 290 }).map((n) => start.add({ days: n }));

describe('date properties', () => {
  it('adding working days lands on a working day after the start', () => {
    fc.assert(
      fc.property(dateIn2024To2028, fc.integer({ min: 1, max: 20 }), (date, n) => {
        const result = addWorkingDays(date, n, cal);
        return isWorkingDay(result, cal) && compareDates(result, date) > 0;
      }),
      { numRuns: 300 },
    );
  });

  it('"whichever is later" is never earlier than either candidate', () => {
    fc.assert(
      fc.property(dateIn2024To2028, dateIn2024To2028, (a, b) => {
        const later = laterOf(a, b);
        return compareDates(later, a) >= 0 && compareDates(later, b) >= 0;
      }),
    );
  });

  it('rule 12 never moves a date backwards and always lands on a working day', () => {
    fc.assert(
      fc.property(dateIn2024To2028, (raw) => {
        const { date } = applyRule12ToSenAppeal(raw, cal);
        return compareDates(date, raw) >= 0 && isWorkingDay(date, cal);
      }),
      { numRuns: 400 },
    );
  });

  it('adding months stays in the target month', () => {
    fc.assert(
      fc.property(dateIn2024To2028, fc.integer({ min: -24, max: 24 }), (date, n) => {
        const result = addCalendarMonths(date, n);
        const target = Temporal.PlainYearMonth.from({ year: date.year, month: date.month }).add({ months: n });
        expect(result.month).toBe(target.month);
        expect(result.day).toBeLessThanOrEqual(date.day);
      }),
    );
  });

  it('adding school days lands on a school day', () => {
    fc.assert(
      fc.property(dateIn2024To2028, fc.integer({ min: 1, max: 50 }), (date, n) => isSchoolDay(addSchoolDays(date, n, cal), cal)),
      { numRuns: 200 },
    );
  });
});
