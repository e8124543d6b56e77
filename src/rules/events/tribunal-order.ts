// §5.8: the SEND Tribunal ordered the LA to act. SEND Regulations 2014 reg 44(2) time limits; GOV.UK
// "SEND18" counts from the day the order is sent, reg 44 from the order being made (S2).
import { isBefore, type PlainDate } from '../../dates/index.js';
import { laFailureBlock, LA_FAILURE_NOTE, type Trigger } from '../blocks/la-failure.js';
import { dateOf } from '../context.js';
import { dutyAfter, show } from '../counting.js';
import { sentences } from '../plain-working.js';
import type { DeadlineDraft, EventResult, RuleContext } from '../types.js';
import type { DeadlineId, OrderType } from '../vocabulary.js';

interface Clock {
  what: DeadlineId;
  weeks: number;
  source: string;
  trigger: boolean;
}

export type ClockTable = Record<OrderType, Clock[]>;

const ORDER_CLOCKS: ClockTable = {
  assess: [
    { what: 'la_notify_will_assess', weeks: 2, source: 'SEND Regulations 2014 reg 44(2)(b)', trigger: true },
    { what: 'la_notice_if_no_plan', weeks: 10, source: 'SEND Regulations 2014 reg 44(2)(b)', trigger: false },
    { what: 'la_final_plan', weeks: 14, source: 'SEND Regulations 2014 reg 44(2)(b)', trigger: true },
  ],
  make_and_maintain_plan: [
    { what: 'la_issue_draft_plan', weeks: 5, source: 'SEND Regulations 2014 reg 44(2)(c)', trigger: true },
    { what: 'la_final_plan', weeks: 11, source: 'SEND Regulations 2014 reg 44(2)(c)', trigger: true },
  ],
  amend_plan: [{ what: 'la_issue_amended_plan', weeks: 5, source: 'SEND Regulations 2014 reg 44(2)(e)', trigger: true }],
  amend_section_I_only: [{ what: 'la_issue_amended_plan', weeks: 2, source: 'SEND Regulations 2014 reg 44(2)(f)', trigger: true }],
  continue_to_maintain: [{ what: 'la_continue_to_maintain', weeks: 0, source: 'GOV.UK: time limits for complying with a SEND Tribunal decision (SEND18)', trigger: false }],
};

export interface OrderDeadlines {
  deadlines: DeadlineDraft[];
  triggers: Trigger[];
}

/** The day a count starts: what happened, as a sentence without its date, and the day in words. */
export interface ClockStart {
  date: PlainDate;
  /** "The Tribunal made its order": the working out adds " on <date>", or puts it in place of "{date}". */
  happened: string;
  /** "the day the order was made". */
  day: string;
  path: string;
}

/**
 * The reg 44 clocks for one kind of order (or mediation agreement, reg 42(2)), counted from `start`.
 * `other` is the other reading of the start date (S2), named in `rule` and making the date ambiguous.
 */
export function orderDeadlines(
  context: RuleContext,
  orderTypes: readonly OrderType[],
  start: ClockStart,
  other?: { date: PlainDate; day: string },
  ambiguous = false,
  clockTable: ClockTable = ORDER_CLOCKS,
): OrderDeadlines {
  const byId = new Map<DeadlineId, { deadline: DeadlineDraft; trigger: boolean }>();
  for (const type of orderTypes) {
    for (const clock of clockTable[type]) {
      const deadline = dutyAfter({
        what: clock.what,
        start: start.date,
        startEvent: start.happened,
        weeks: clock.weeks,
        source: clock.source,
        calendar: context.calendar,
        ambiguous,
        ...(other ? { extraRule: `Counted from ${other.day}, ${show(other.date)}, it would be ${show(other.date.add({ days: 7 * clock.weeks }))}.` } : {}),
      });
      if (clock.weeks === 0) {
        deadline.rule = sentences(`The local authority must keep the plan in place from ${show(start.date)}, ${start.day}`, 'This applies straight away');
      }
      const kept = byId.get(clock.what);
      // Several terms giving one id: the earliest date honours all of them (rules-table §5.9).
      if (!kept || isBefore(deadline.date, kept.deadline.date)) byId.set(clock.what, { deadline, trigger: clock.trigger });
    }
  }
  const entries = [...byId.values()];
  return {
    deadlines: entries.map((e) => e.deadline),
    triggers: entries.filter((e) => e.trigger).map((e) => ({ deadline: e.deadline, startPath: start.path })),
  };
}

export function tribunalOrder(context: RuleContext): EventResult {
  const { situation } = context;
  const made = dateOf(situation, 'order_made');
  const sent = dateOf(situation, 'order_sent');
  const orderType = situation.order_type;
  const notes = [
    'A school named by the Tribunal must admit your child.',
    'If the LA misses these dates, write to it straight away quoting the order, then complain. The Ombudsman and judicial review are the next steps.',
  ];
  if (!orderType || !(made ?? sent)) {
    notes.unshift(
      orderType ? 'Enter the date of the order to see the dates the LA must meet.' : 'Check what the order tells the LA to do (assess, make a plan, change the plan, or keep it): each has its own time limit.',
    );
    return { routes: ['enforce_order_or_agreement'], deadlines: [], mediationAdviceRequired: null, notes };
  }
  const start = made
    ? { date: made, happened: 'The Tribunal made its order', day: 'the day the order was made', path: 'dates.order_made' }
    : { date: sent!, happened: 'The Tribunal sent its order', day: 'the day the order was sent', path: 'dates.order_sent' };
  const other = made && sent && !made.equals(sent) ? { date: sent, day: 'the day the order was sent' } : undefined;
  const ambiguous = other !== undefined || !made;
  const clocks = orderDeadlines(context, [orderType], start, other, ambiguous);
  if (!made) notes.push('Counted from the day the order was sent; the regulations count from the day it was made, which may be earlier.');
  return enforcementResult(context, clocks, notes);
}

/** An order, agreement or conceded appeal to enforce: its LA clocks, then R-LA on them (§5.8). */
export function enforcementResult(context: RuleContext, clocks: { deadlines: readonly DeadlineDraft[]; triggers: readonly Trigger[] }, notes: string[]): EventResult {
  const block = laFailureBlock(context, { triggers: [...clocks.triggers], head: 'enforce_order_or_agreement' });
  if (block.routes.length > 0) notes.push(LA_FAILURE_NOTE);
  return {
    routes: ['enforce_order_or_agreement', ...block.routes],
    deadlines: [...clocks.deadlines, ...block.deadlines],
    mediationAdviceRequired: null,
    notes,
  };
}
