// R-LA (rules-table §4.5): when an LA (or ICB) misses a statutory time limit, the parent can chase,
// complain, go to the Local Government and Social Care Ombudsman, and consider judicial review.
import { isAfter, type PlainDate } from '../../dates/index.js';
import { countFrom, hasPassed } from '../context.js';
import { parentMonthsStartingWith, show } from '../counting.js';
import type { DeadlineDraft, RuleContext } from '../types.js';
import type { RouteId } from '../vocabulary.js';

export type TriggerState = 'ongoing' | 'remedied' | 'not_missed';

export interface Trigger {
  deadline: DeadlineDraft;
  /** The date an input records the act as done, if any. */
  doneOn?: PlainDate | undefined;
  /** The situation field the trigger's count starts from (for error paths). */
  startPath: string;
}

export function triggerState(trigger: Trigger, asOf: PlainDate): TriggerState {
  const { date } = trigger.deadline;
  if (trigger.doneOn) return isAfter(trigger.doneOn, date) ? 'remedied' : 'not_missed';
  return hasPassed(date, asOf) ? 'ongoing' : 'not_missed';
}

export interface LaFailureBlock {
  routes: RouteId[];
  deadlines: DeadlineDraft[];
}

/**
 * The block's routes and its lgsco_complaint date: 12 months starting with the day after the
 * earliest missed trigger (Local Government Act 1974 s.26B(2): "first had notice").
 */
export function laFailureBlock(
  context: RuleContext,
  options: {
    triggers: Trigger[];
    head: 'chase_la' | 'enforce_order_or_agreement';
    alwaysFull?: boolean;
    /** provision_not_delivered: the complaint clock starts on this day itself. */
    fixedStart?: { date: PlainDate; path: string; day: string };
  },
): LaFailureBlock {
  const states = options.triggers.map((t) => ({ trigger: t, state: triggerState(t, context.asOf) }));
  const anyOngoing = states.some((s) => s.state === 'ongoing');
  const missed = states
    .filter((s) => s.state !== 'not_missed')
    .sort((a, b) => (isAfter(a.trigger.deadline.date, b.trigger.deadline.date) ? 1 : -1));

  if (anyOngoing || options.alwaysFull) {
    const deadlines: DeadlineDraft[] = [];
    const first = missed[0];
    if (options.fixedStart) {
      const start = options.fixedStart;
      deadlines.push(ombudsmanDeadline(context, start.date, start.path, start.day, false));
    } else if (first) {
      const start = first.trigger.deadline.date.add({ days: 1 });
      deadlines.push(
        ombudsmanDeadline(context, start, first.trigger.startPath, `the day after the local authority missed its time limit of ${show(first.trigger.deadline.date)}`, first.trigger.deadline.ambiguous),
      );
    }
    return { routes: [options.head, 'la_complaint', 'lgsco_complaint', 'judicial_review'], deadlines };
  }
  if (missed.length > 0) return { routes: [options.head, 'la_complaint'], deadlines: [] };
  return { routes: [], deadlines: [] };
}

function ombudsmanDeadline(
  context: RuleContext,
  start: PlainDate,
  path: string,
  day: string,
  inheritedAmbiguity: boolean,
): DeadlineDraft {
  return countFrom(path, () =>
    parentMonthsStartingWith({
      what: 'lgsco_complaint',
      start,
      startDay: day,
      months: 12,
      source: 'Local Government Act 1974 s.26B(1)–(2)',
      calendar: context.calendar,
      forum: 'ombudsman',
      startAmbiguous: inheritedAmbiguity,
    }),
  );
}

export const LA_FAILURE_NOTE =
  'If the LA has already done what it had to, you can ignore the complaint routes. The Ombudsman usually expects you to use the LA complaints procedure first, and can accept a complaint after 12 months if there is a good reason (s.26B(3)).';
