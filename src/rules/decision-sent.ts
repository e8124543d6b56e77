// S1 (rules-table §2): the SEN appeal clock runs from when written notice of the decision was SENT
// (HESC r.20(1)(c); SEND Regs 2014 reg 33), not when it arrived.
import { compareDates, type PlainDate } from '../dates/index.js';
import { dateOf } from './context.js';
import type { Situation } from './situation-schema.js';

export interface DecisionSent {
  start: PlainDate;
  /** The situation field the count starts from, for error paths. */
  startPath: string;
  /** Letter and e-mail dates both known and different: the later one is the other reading. */
  later?: { date: PlainDate; path: string };
  /** Only the date received is known: the real start is earlier, so every count is flagged. */
  onlyReceived: boolean;
}

export function decisionSent(situation: Situation): DecisionSent | undefined {
  const sent = (['decision_letter', 'decision_emailed'] as const)
    .map((key) => ({ key, date: dateOf(situation, key) }))
    .filter((entry): entry is { key: typeof entry.key; date: PlainDate } => entry.date !== undefined)
    .sort((a, b) => compareDates(a.date, b.date));
  const [first, second] = sent;
  if (first) {
    const later =
      second && !second.date.equals(first.date) ? { date: second.date, path: `dates.${second.key}` } : undefined;
    return { start: first.date, startPath: `dates.${first.key}`, onlyReceived: false, ...(later ? { later } : {}) };
  }
  const received = dateOf(situation, 'decision_received');
  return received ? { start: received, startPath: 'dates.decision_received', onlyReceived: true } : undefined;
}
