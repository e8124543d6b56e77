// England-and-Wales bank holidays, shipped as data in GOV.UK's bank-holidays.json shape and
// validated at start-up. A count that needs a year the data does not list throws: one-off bank
// holidays exist (2022, 2023), so guessing a year could give a wrong date.
import { z } from 'zod';
import { parseIsoDate, type PlainDate } from './plain-date.js';

const isoDateString = z.string().refine((s) => parseIsoDate(s) !== null, 'must be a real date as YYYY-MM-DD');

const bankHolidayFileSchema = z.object({
  'england-and-wales': z.object({
    division: z.literal('england-and-wales'),
    events: z
      .array(
        z.object({
          title: z.string().min(1),
          date: isoDateString,
          notes: z.string(),
          bunting: z.boolean(),
        }),
      )
      .min(1),
  }),
});

export class UncoveredYearError extends Error {
  constructor(
    readonly year: number,
    readonly firstYear: number,
    readonly lastYear: number,
  ) {
    super(
      `This date needs the bank holidays for ${year}, but the site only has them for ${firstYear} to ${lastYear}.`,
    );
    this.name = 'UncoveredYearError';
  }
}

export interface BankHolidayCalendar {
  readonly firstYear: number;
  readonly lastYear: number;
  /** Throws UncoveredYearError for a year outside the shipped data. */
  isBankHoliday(date: PlainDate): boolean;
  isCovered(year: number): boolean;
}

/** Validates the parsed JSON and builds the calendar; throws a message naming every problem. */
export function buildBankHolidayCalendar(json: unknown): BankHolidayCalendar {
  const parsed = bankHolidayFileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Bank-holiday data is not valid: ${problems}`);
  }
  const dates = parsed.data['england-and-wales'].events.map((e) => e.date);
  const unique = new Set(dates);
  if (unique.size !== dates.length) throw new Error('Bank-holiday data lists the same date twice');

  const years = [...new Set(dates.map((d) => Number(d.slice(0, 4))))].sort((a, b) => a - b);
  const firstYear = years[0] ?? 0;
  const lastYear = years[years.length - 1] ?? 0;
  for (let y = firstYear; y <= lastYear; y += 1) {
    if (!years.includes(y)) throw new Error(`Bank-holiday data has a gap: no dates for ${y}`);
  }

  const isCovered = (year: number): boolean => year >= firstYear && year <= lastYear;
  return {
    firstYear,
    lastYear,
    isCovered,
    isBankHoliday(date) {
      if (!isCovered(date.year)) throw new UncoveredYearError(date.year, firstYear, lastYear);
      return unique.has(date.toString());
    },
  };
}
