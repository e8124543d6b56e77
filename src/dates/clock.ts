// The clock is injected so tests and the rules never read the machine's time; "today" is always
// the calendar date in Europe/London, whatever the server's time zone.
import { Temporal } from 'temporal-polyfill';
import { PlainDate } from './plain-date.js';

export interface Clock {
  nowEpochMilliseconds(): number;
}

export function fixedClock(isoInstant: string): Clock {
  const ms = Temporal.Instant.from(isoInstant).epochMilliseconds;
  return { nowEpochMilliseconds: () => ms };
}

// The time-zone conversion is slow next to everything else a page does, and the answer changes once
// a day, so the last London day is kept with the span of instants it covers.
let lastDay: { from: number; until: number; date: PlainDate } | undefined;

export function todayInLondon(clock: Clock): PlainDate {
  const now = clock.nowEpochMilliseconds();
  if (lastDay && now >= lastDay.from && now < lastDay.until) return lastDay.date;
  const zoned = Temporal.Instant.fromEpochMilliseconds(now).toZonedDateTimeISO('Europe/London');
  const midnight = zoned.startOfDay();
  lastDay = { from: midnight.epochMilliseconds, until: midnight.add({ days: 1 }).epochMilliseconds, date: PlainDate.of(zoned.year, zoned.month, zoned.day) };
  return lastDay.date;
}
