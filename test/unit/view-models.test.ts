import { describe, expect, it } from 'vitest';
import { datesInWords, timeLeftInWords } from '../../src/view-models/next-steps-result.js';

describe('dates in the working out and notes on the next-steps page', () => {
  it('puts every date in words, with or without its weekday', () => {
    expect(datesInWords('decision sent 2026-10-12 (Mon) + 2 calendar months = 2026-12-12 (Sat); the safe date is 2026-12-11 (Fri)')).toBe(
      'decision sent Monday 12 October 2026 + 2 calendar months = Saturday 12 December 2026; the safe date is Friday 11 December 2026',
    );
    expect(datesInWords('counted from 2027-01-04 to the end')).toBe('counted from Monday 4 January 2027 to the end');
  });

  it('leaves anything that is not a real date alone', () => {
    expect(datesInWords('rule 12(3)(b), 28 days, 2026-02-30, 12026-01-01')).toBe('rule 12(3)(b), 28 days, 2026-02-30, 12026-01-01');
  });
});

describe('how long is left, in words', () => {
  it('says today, tomorrow, days, weeks and months, forwards and back', () => {
    expect(timeLeftInWords(0)).toBe('today');
    expect(timeLeftInWords(1)).toBe('tomorrow');
    expect(timeLeftInWords(9)).toBe('9 days from today');
    expect(timeLeftInWords(49)).toBe('7 weeks from today');
    expect(timeLeftInWords(17)).toBe('2 weeks and 3 days from today');
    expect(timeLeftInWords(171)).toBe('about 5 months from today');
    expect(timeLeftInWords(-1)).toBe('yesterday');
    expect(timeLeftInWords(-4)).toBe('4 days ago');
    expect(timeLeftInWords(-42)).toBe('6 weeks ago');
  });
});
