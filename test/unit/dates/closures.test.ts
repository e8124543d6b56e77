// The closure lookup behind isSchoolDay against the plain definition: a day is closed when some
// range [start, end] (inclusive, reversed ranges empty) contains it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates, isoDate, isSchoolDay, isWorkingDay, type ClosurePeriod, type PlainDate } from '../../../src/dates/index.js';
import { shippedCalendar } from '../../support/calendar.js';

const ORIGIN = isoDate('2025-12-01');
const day = (offset: number): PlainDate => ORIGIN.add({ days: offset });
const plainDefinition = (date: PlainDate, closures: readonly ClosurePeriod[]) =>
  isWorkingDay(date, shippedCalendar) && !closures.some(([start, end]) => compareDates(start, date) <= 0 && compareDates(date, end) <= 0);

describe('isSchoolDay with closure ranges', () => {
  it('agrees with the plain definition for overlapping, touching, reversed and one-day ranges', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: -20, max: 60 })), { maxLength: 40 }),
        fc.array(fc.integer({ min: -10, max: 480 }), { minLength: 1, maxLength: 30 }),
        (ranges, probes) => {
          const closures = ranges.map(([from, length]) => [day(from), day(from + length)] as const);
          for (const offset of probes) expect(isSchoolDay(day(offset), shippedCalendar, closures)).toBe(plainDefinition(day(offset), closures));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts each range\'s first and last day as closed and the days either side as open', () => {
    const closures = [[isoDate('2026-02-16'), isoDate('2026-02-20')]] as const;
    expect(isSchoolDay(isoDate('2026-02-13'), shippedCalendar, closures)).toBe(true);
    expect(isSchoolDay(isoDate('2026-02-16'), shippedCalendar, closures)).toBe(false);
    expect(isSchoolDay(isoDate('2026-02-20'), shippedCalendar, closures)).toBe(false);
    expect(isSchoolDay(isoDate('2026-02-23'), shippedCalendar, closures)).toBe(true);
    // Across a year end and a leap day.
    const winter = [[isoDate('2027-12-20'), isoDate('2028-03-01')]] as const;
    expect(isSchoolDay(isoDate('2028-02-29'), shippedCalendar, winter)).toBe(false);
    expect(isSchoolDay(isoDate('2028-03-02'), shippedCalendar, winter)).toBe(true);
  });
});
