import { describe, expect, it } from 'vitest';
import { datesInWords } from '../../src/view-models/next-steps-result.js';

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
