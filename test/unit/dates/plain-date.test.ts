// The project's PlainDate against the Temporal polyfill it replaced in the rules: every field,
// weekday, sum and difference must agree, including month ends, leap days and long spans.
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { compareDates, daysBetween, parseIsoDate, PlainDate } from '../../../src/dates/index.js';

const referenceStart = Temporal.PlainDate.from('1899-01-01');
// 1899 to about 2140: the questionnaire accepts years from 1900, and counts run a few years on.
const dayOffset = fc.integer({ min: 0, max: 88_000 });
const pairOf = (offset: number) => {
  const reference = referenceStart.add({ days: offset });
  return { reference, ours: PlainDate.of(reference.year, reference.month, reference.day) };
};

const same = (ours: PlainDate, reference: Temporal.PlainDate) => {
  expect(ours.toString()).toBe(reference.toString());
  expect([ours.year, ours.month, ours.day, ours.dayOfWeek]).toEqual([reference.year, reference.month, reference.day, reference.dayOfWeek]);
};

describe('PlainDate', () => {
  it('has the same fields, weekday and text as Temporal.PlainDate', () => {
    fc.assert(fc.property(dayOffset, (offset) => {
      const { ours, reference } = pairOf(offset);
      same(ours, reference);
      same(PlainDate.fromEpochDay(ours.epochDay), reference);
    }), { numRuns: 2000 });
  });

  it('adds and subtracts days, weeks, months and years as Temporal does (months clamped to the last day)', () => {
    const amount = fc.integer({ min: -400, max: 400 });
    fc.assert(fc.property(dayOffset, amount, amount, amount, fc.integer({ min: -30, max: 30 }), (offset, days, weeks, months, years) => {
      const { ours, reference } = pairOf(offset);
      same(ours.add({ days }), reference.add({ days }));
      same(ours.add({ weeks }), reference.add({ weeks }));
      same(ours.add({ months }), reference.add({ months }, { overflow: 'constrain' }));
      // A Temporal duration has one sign, so the mixed case takes each part's size in one direction.
      const mixed = { years: Math.abs(years), months: Math.abs(months), days: Math.abs(days) };
      same(ours.add(mixed), reference.add(mixed, { overflow: 'constrain' }));
      same(ours.subtract(mixed), reference.subtract(mixed, { overflow: 'constrain' }));
      same(ours.subtract({ years }), reference.subtract({ years }));
      same(ours.subtract({ days }), reference.subtract({ days }));
    }), { numRuns: 2000 });
  });

  it('counts the days between two dates and compares them as Temporal does', () => {
    fc.assert(fc.property(dayOffset, dayOffset, (a, b) => {
      const first = pairOf(a);
      const second = pairOf(b);
      expect(daysBetween(first.ours, second.ours)).toBe(first.reference.until(second.reference, { largestUnit: 'days' }).days);
      expect(compareDates(first.ours, second.ours)).toBe(Temporal.PlainDate.compare(first.reference, second.reference));
      expect(first.ours.equals(second.ours)).toBe(first.reference.equals(second.reference));
    }), { numRuns: 2000 });
  });

  it('keeps the month-end cases the rules depend on (Dodds v Walker)', () => {
    expect(PlainDate.of(2026, 12, 31).add({ months: 2 }).toString()).toBe('2027-02-28');
    expect(PlainDate.of(2027, 12, 31).add({ months: 2 }).toString()).toBe('2028-02-29');
    expect(PlainDate.of(2028, 2, 29).add({ years: 1 }).toString()).toBe('2029-02-28');
    expect(PlainDate.of(2026, 3, 31).with({ month: 4 }).toString()).toBe('2026-04-30');
  });

  it('rejects impossible dates and refuses < and >', () => {
    expect(() => PlainDate.of(2026, 2, 29)).toThrow(RangeError);
    expect(() => PlainDate.of(2026, 13, 1)).toThrow(RangeError);
    expect(() => PlainDate.of(2026, 0, 1)).toThrow(RangeError);
    expect(PlainDate.of(2026, 2, 31, 'constrain').toString()).toBe('2026-02-28');
    expect(parseIsoDate('2026-02-29')).toBeNull();
    expect(parseIsoDate('2028-02-29')?.toString()).toBe('2028-02-29');
    expect(parseIsoDate('0000-01-01')?.toString()).toBe('0000-01-01');
    const a = PlainDate.of(2026, 1, 1);
    expect(() => (a as unknown as number) < (a as unknown as number)).toThrow(TypeError);
    expect(JSON.stringify({ a })).toBe('{"a":"2026-01-01"}');
  });
});
