// Calendar dates only: a PlainDate has no time and no time zone, so nothing can shift a day. It
// keeps the subset of Temporal.PlainDate's interface the rules use, on a whole-number day count:
// the Temporal polyfill took about a third of a next-steps page's rules time, and
// test/unit/dates/plain-date.test.ts checks this class against it.

/** Days in each month of a common year. */
const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_LENGTHS[month - 1] ?? 0);
}

/** Days since Thursday 1 January 1970 in the proleptic Gregorian calendar (Howard Hinnant's days_from_civil). */
function epochDayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The inverse of epochDayOf (civil_from_days). */
function civilFromEpochDay(epochDay: number): [year: number, month: number, day: number] {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

export interface DateDuration {
  years?: number;
  months?: number;
  weeks?: number;
  days?: number;
}

/** 'constrain': 31 January + 1 month = 28 (or 29) February; 'reject' throws instead. */
export type Overflow = 'constrain' | 'reject';

export class PlainDate {
  private constructor(
    readonly year: number,
    readonly month: number,
    readonly day: number,
    /** Days since 1 January 1970: two dates compare by this number alone. */
    readonly epochDay: number,
  ) {}

  /** A real calendar date, or a RangeError (or, with 'constrain', the month's last day for a day past its end). */
  static of(year: number, month: number, day: number, overflow: Overflow = 'reject'): PlainDate {
    if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) {
      throw new RangeError(`Not a real calendar date: ${year}-${month}-${day}`);
    }
    const length = daysInMonth(year, month);
    if (day > length && overflow === 'reject') throw new RangeError(`Not a real calendar date: ${year}-${month}-${day}`);
    const constrained = Math.min(day, length);
    return new PlainDate(year, month, constrained, epochDayOf(year, month, constrained));
  }

  static fromEpochDay(epochDay: number): PlainDate {
    const [year, month, day] = civilFromEpochDay(epochDay);
    return new PlainDate(year, month, day, epochDay);
  }

  static compare(a: PlainDate, b: PlainDate): number {
    return Math.sign(a.epochDay - b.epochDay);
  }

  /** 1 for Monday to 7 for Sunday, as in Temporal (1 January 1970 was a Thursday). */
  get dayOfWeek(): number {
    return ((((this.epochDay + 3) % 7) + 7) % 7) + 1;
  }

  /** As Temporal: years and months first (the day clamped to the month's length), then weeks and days. */
  add(duration: DateDuration, options: { overflow?: Overflow } = {}): PlainDate {
    const { years = 0, months = 0, weeks = 0, days = 0 } = duration;
    const shift = weeks * 7 + days;
    if (years === 0 && months === 0) return shift === 0 ? this : PlainDate.fromEpochDay(this.epochDay + shift);
    const monthIndex = this.year * 12 + (this.month - 1) + years * 12 + months;
    const year = Math.floor(monthIndex / 12);
    const moved = PlainDate.of(year, monthIndex - year * 12 + 1, this.day, options.overflow ?? 'constrain');
    return shift === 0 ? moved : PlainDate.fromEpochDay(moved.epochDay + shift);
  }

  subtract(duration: DateDuration, options: { overflow?: Overflow } = {}): PlainDate {
    const { years = 0, months = 0, weeks = 0, days = 0 } = duration;
    return this.add({ years: -years, months: -months, weeks: -weeks, days: -days }, options);
  }

  /** The same date with some fields replaced; a day past the month's end becomes its last day. */
  with(fields: { year?: number; month?: number; day?: number }): PlainDate {
    return PlainDate.of(fields.year ?? this.year, fields.month ?? this.month, fields.day ?? this.day, 'constrain');
  }

  equals(other: PlainDate): boolean {
    return this.epochDay === other.epochDay;
  }

  /** "2026-05-12". */
  toString(): string {
    const year = this.year >= 0 && this.year <= 9999 ? String(this.year).padStart(4, '0') : (this.year < 0 ? '-' : '+') + String(Math.abs(this.year)).padStart(6, '0');
    return `${year}-${this.month < 10 ? '0' : ''}${this.month}-${this.day < 10 ? '0' : ''}${this.day}`;
  }

  toJSON(): string {
    return this.toString();
  }

  /** As Temporal: `<` and `>` on dates would compare strings or throw silently wrong, so they throw. */
  valueOf(): never {
    throw new TypeError('Compare PlainDates with compareDates, isBefore or isAfter, not < or >');
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses YYYY-MM-DD strictly: impossible dates such as 2026-02-30 return null instead of clamping. */
export function parseIsoDate(text: string): PlainDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const month = Number(match[2]);
  const day = Number(match[3]);
  const year = Number(match[1]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return PlainDate.of(year, month, day);
}

export function isoDate(text: string): PlainDate {
  const date = parseIsoDate(text);
  if (!date) throw new RangeError(`Not a real calendar date: ${text}`);
  return date;
}

export function compareDates(a: PlainDate, b: PlainDate): number {
  return PlainDate.compare(a, b);
}

export const isBefore = (a: PlainDate, b: PlainDate): boolean => compareDates(a, b) < 0;
export const isAfter = (a: PlainDate, b: PlainDate): boolean => compareDates(a, b) > 0;
export const isSameDay = (a: PlainDate, b: PlainDate): boolean => compareDates(a, b) === 0;

export function laterOf(a: PlainDate, b: PlainDate): PlainDate {
  return isAfter(b, a) ? b : a;
}

export function earlierOf(a: PlainDate, b: PlainDate): PlainDate {
  return isBefore(b, a) ? b : a;
}

export function earliest(dates: readonly PlainDate[]): PlainDate | undefined {
  return dates.reduce<PlainDate | undefined>((best, d) => (best && !isBefore(d, best) ? best : d), undefined);
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export function weekdayName(date: PlainDate): string {
  return WEEKDAYS[date.dayOfWeek - 1] ?? '';
}

/** "2026-05-12 (Tue)": the form used in `rule` texts. */
export function isoWithWeekday(date: PlainDate): string {
  return `${date.toString()} (${weekdayName(date).slice(0, 3)})`;
}

/** "12 May 2026". */
export function dayMonthYear(date: PlainDate): string {
  return `${date.day} ${MONTHS[date.month - 1] ?? ''} ${date.year}`;
}

/** "Tuesday 12 May 2026": the form parents read. */
export function longDate(date: PlainDate): string {
  return `${weekdayName(date)} ${dayMonthYear(date)}`;
}

export function isWeekend(date: PlainDate): boolean {
  return date.dayOfWeek >= 6;
}
