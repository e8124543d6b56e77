// §5.3: waiting for the LA after asking for an EHC needs assessment, or the LA is late.
// SEND Regulations 2014 reg 4(1), 5(1) (6 weeks), 10(1) (16 weeks), 13(2) (20 weeks).
import { isAfter } from '../../dates/index.js';
import { laFailureBlock, LA_FAILURE_NOTE, type Trigger } from '../blocks/la-failure.js';
import { dateOf } from '../context.js';
import { dutyAfter } from '../counting.js';
import type { DeadlineDraft, EventResult, RuleContext } from '../types.js';

const FROM_REQUEST = 'The local authority received the request';

/** The LA's assessment clocks counted from the day it received the request, with their triggers. */
export function assessmentClocks(context: RuleContext): { deadlines: DeadlineDraft[]; triggers: Trigger[] } {
  const received = dateOf(context.situation, 'request_received_by_la');
  if (!received) return { deadlines: [], triggers: [] };
  const agreed = dateOf(context.situation, 'la_agreed_to_assess');
  const deadlines: DeadlineDraft[] = [];
  const triggers: Trigger[] = [];
  const path = 'dates.request_received_by_la';
  const calendar = context.calendar;

  const decide = dutyAfter({ what: 'la_decision_whether_to_assess', start: received, startEvent: FROM_REQUEST, weeks: 6, source: 'SEND Regulations 2014 reg 5(1) and reg 4(1)', calendar });
  // Met when the LA said it will assess on or before the date: then it is left out (§5.3).
  if (!agreed || isAfter(agreed, decide.date)) {
    deadlines.push(decide);
    triggers.push({ deadline: decide, doneOn: agreed, startPath: path });
  }
  deadlines.push(dutyAfter({ what: 'la_notice_if_no_plan', start: received, startEvent: FROM_REQUEST, weeks: 16, source: 'SEND Regulations 2014 reg 10(1)', calendar }));
  const finalPlan = dutyAfter({ what: 'la_final_plan', start: received, startEvent: FROM_REQUEST, weeks: 20, source: 'SEND Regulations 2014 reg 13(2)', calendar });
  deadlines.push(finalPlan);
  triggers.push({ deadline: finalPlan, startPath: path });
  return { deadlines, triggers };
}

const NO_DEEMED_REFUSAL =
  'There is no "deemed refusal" in England: until the LA decides, there is nothing to appeal. If it is late, write to the LA, then complain.';
const EXCEPTIONS =
  'The LA can take longer in a few cases set out in the regulations (for example, when a school is closed for 4 weeks or more, or exceptional personal circumstances: regs 5(4), 10(4), 13(3)).';

function assessmentEvent(context: RuleContext, alwaysFull: boolean): EventResult {
  const { deadlines, triggers } = assessmentClocks(context);
  const block = laFailureBlock(context, { triggers, head: 'chase_la', alwaysFull });
  const notes = [NO_DEEMED_REFUSAL, EXCEPTIONS];
  if (block.routes.length > 0) notes.push(LA_FAILURE_NOTE);
  if (!dateOf(context.situation, 'request_received_by_la')) {
    notes.push('Enter the date the LA received your request to see the dates it must meet.');
  }
  return {
    routes: [...block.routes, ...(alwaysFull ? (['legal_advice'] as const) : [])],
    deadlines: [...deadlines, ...block.deadlines],
    mediationAdviceRequired: null,
    notes,
  };
}

export function assessmentRequested(context: RuleContext): EventResult {
  return assessmentEvent(context, false);
}

export function laDelay(context: RuleContext): EventResult {
  return assessmentEvent(context, true);
}
