// §5.4: a draft EHC plan has arrived. SEND Regulations 2014 reg 13(1): at least 15 days, beginning
// with the day it was served, to comment and ask for a school; reg 13(2): final plan within 20 weeks.
import { daysBeginningWith, isBefore } from '../../dates/index.js';
import { laFailureBlock, LA_FAILURE_NOTE, type Trigger } from '../blocks/la-failure.js';
import { countFrom, dateOf, hasPassed } from '../context.js';
import { dutyAfter, rollBackText, rollBackToWorkingDay, show } from '../counting.js';
import { sentences } from '../plain-working.js';
import type { DeadlineDraft, EventResult, RuleContext } from '../types.js';

/** T3b + T9 for a parent window (draft or proposed amendments): the sending date is day 1. */
export function commentWindow(
  context: RuleContext,
  what: 'comments_on_draft_plan' | 'comments_on_proposed_amendments',
  sentKey: 'draft_plan_sent' | 'proposed_amendments_sent',
  source: string,
): DeadlineDraft | undefined {
  const sent = dateOf(context.situation, sentKey);
  if (!sent) return undefined;
  const legalLastDay = daysBeginningWith(sent, 15);
  const { date, rolledBack } = countFrom(`dates.${sentKey}`, () => rollBackToWorkingDay(legalLastDay, context.calendar));
  const sentWhat = what === 'comments_on_draft_plan' ? 'The draft plan was' : 'The proposed changes were';
  const rule = sentences(
    `${sentWhat} sent on ${show(sent)}, which counts as day 1`,
    `The 15th day is ${show(legalLastDay)}`,
    rolledBack && rollBackText(legalLastDay, date),
  );
  return { what, date, rule, source, ambiguous: rolledBack, kind: 'parent_window' };
}

export function draftPlanIssued(context: RuleContext): EventResult {
  const comments = commentWindow(context, 'comments_on_draft_plan', 'draft_plan_sent', 'SEND Regulations 2014 reg 13(1)(a)');
  const received = dateOf(context.situation, 'request_received_by_la');
  const deadlines: DeadlineDraft[] = comments ? [comments] : [];
  const triggers: Trigger[] = [];
  let finalPlan: DeadlineDraft | undefined;
  if (received) {
    finalPlan = dutyAfter({ what: 'la_final_plan', start: received, startEvent: 'The local authority received the request', weeks: 20, source: 'SEND Regulations 2014 reg 13(2)', calendar: context.calendar });
    deadlines.push(finalPlan);
    triggers.push({ deadline: finalPlan, startPath: 'dates.request_received_by_la' });
  }
  const block = laFailureBlock(context, { triggers, head: 'chase_la' });
  const notes = [
    'Send your comments in writing, and say which school or college you want named. You can ask for a meeting with the LA.',
    'You cannot appeal a draft plan. Once the final plan is issued you can appeal sections B, F and I.',
  ];
  if (comments && hasPassed(comments.date, context.asOf)) {
    notes.push('The time for comments has passed: send your comments now anyway. Missing it does not stop you appealing the final plan.');
  }
  if (comments && finalPlan && isBefore(finalPlan.date, comments.date)) {
    notes.push('The draft came so late that the 15 days for comments run past the LA\'s 20-week date for the final plan.');
  }
  if (block.routes.length > 0) notes.push(LA_FAILURE_NOTE);
  return { routes: ['make_representations', ...block.routes], deadlines: [...deadlines, ...block.deadlines], mediationAdviceRequired: null, notes };
}
