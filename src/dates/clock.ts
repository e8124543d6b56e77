// The clock is injected so tests and the rules never read the machine's time; "today" is always
// the calendar date in Europe/London, whatever the server's time zone.
import { Temporal } from 'temporal-polyfill';
import type { PlainDate } from './plain-date.js';

export interface Clock {
  nowEpochMilliseconds(): number;
}

export function fixedClock(isoInstant: string): Clock {
  const ms = Temporal.Instant.from(isoInstant).epochMilliseconds;
  return { nowEpochMilliseconds: () => ms };
}

export function todayInLondon(clock: Clock): PlainDate {
  return Temporal.Instant.fromEpochMilliseconds(clock.nowEpochMilliseconds())
    .toZonedDateTimeISO('Europe/London')
    .toPlainDate();
}
