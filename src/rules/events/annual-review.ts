// §5.5: an annual review has been held. SEND Regulations 2014 reg 20 and R (L, M, P) v Devon CC
// [2022] EWHC 493 (Admin): decision and proposed amendments within 4 weeks of the meeting; reg 22(2)
// 15 days to comment; reg 22(3) final amended plan within 8 weeks of sending the proposals.
import { isBefore } from '../../dates/index.js';
import { laFailureBlock, LA_FAILURE_NOTE, type Trigger } from '../blocks/la-failure.js';
import { dateOf } from '../context.js';
import { dutyAfter, show } from '../counting.js';
import { sentences } from '../plain-working.js';
import type { DeadlineDraft, EventResult, RuleContext } from '../types.js';
import { commentWindow } from './draft-plan.js';

export function annualReview(context: RuleContext): EventResult {
  const { situation, calendar } = context;
  const meeting = dateOf(situation, 'review_meeting');
  const sent = dateOf(situation, 'proposed_amendments_sent');
  const deadlines: DeadlineDraft[] = [];
  const triggers: Trigger[] = [];

  let viaMeeting: DeadlineDraft | undefined;
  let viaProposals: DeadlineDraft | undefined;
  if (meeting) {
    const decision = dutyAfter({ what: 'la_review_decision_and_proposed_amendments', start: meeting, startEvent: 'The annual review meeting was held', weeks: 4, source: 'SEND Regulations 2014 reg 20; R (L, M, P) v Devon County Council [2022] EWHC 493 (Admin)', calendar });
    deadlines.push(decision);
    triggers.push({ deadline: decision, doneOn: sent, startPath: 'dates.review_meeting' });
    viaMeeting = dutyAfter({ what: 'la_final_amended_plan', start: meeting, startEvent: 'The annual review meeting was held', weeks: 12, source: 'R (L, M, P) v Devon County Council [2022]: 4 + 8 weeks', calendar });
  }
  const comments = commentWindow(context, 'comments_on_proposed_amendments', 'proposed_amendments_sent', 'SEND Regulations 2014 reg 22(2)(c)');
  if (comments) deadlines.push(comments);
  if (sent) {
    viaProposals = dutyAfter({ what: 'la_final_amended_plan', start: sent, startEvent: 'The local authority sent its proposed changes', weeks: 8, source: 'SEND Regulations 2014 reg 22(3)', calendar });
  }
  const finalAmended = chooseFinalAmendedPlan(viaMeeting, viaProposals);
  if (finalAmended) {
    deadlines.push(finalAmended.deadline);
    triggers.push({ deadline: finalAmended.deadline, startPath: finalAmended.path });
  }
  if (viaProposals) deadlines.push({ ...viaProposals, what: 'la_final_amended_plan_reg22' });

  const block = laFailureBlock(context, { triggers, head: 'chase_la' });
  const notes = [
    'After the review, the LA must decide whether to keep, amend or stop the plan. If it decides to amend, it must send the proposed changes within 4 weeks of the meeting.',
    'A decision not to change the plan, or to stop it, can be appealed: choose that event instead when you have the LA\'s letter.',
  ];
  if (comments && isBefore(comments.date, context.asOf)) {
    notes.push('The time for comments on the proposed changes has passed: send your comments now anyway.');
  }
  if (block.routes.length > 0) notes.push(LA_FAILURE_NOTE);
  return { routes: ['make_representations', ...block.routes], deadlines: [...deadlines, ...block.deadlines], mediationAdviceRequired: null, notes };
}

/** The date the LA must meet on any reading: the earlier of the two (A6 when the 12 weeks is earlier). */
function chooseFinalAmendedPlan(
  viaMeeting: DeadlineDraft | undefined,
  viaProposals: DeadlineDraft | undefined,
): { deadline: DeadlineDraft; path: string } | undefined {
  if (viaMeeting && viaProposals) {
    if (isBefore(viaMeeting.date, viaProposals.date)) {
      return {
        deadline: {
          ...viaMeeting,
          ambiguous: true,
          rule: sentences(
            viaMeeting.rule,
            'The proposed changes were sent late',
            `Counted from the day they were sent, regulation 22(3) on its own would give ${show(viaProposals.date)}`,
            'The earlier date is shown',
          ),
        },
        path: 'dates.review_meeting',
      };
    }
    return { deadline: viaProposals, path: 'dates.proposed_amendments_sent' };
  }
  if (viaMeeting) return { deadline: viaMeeting, path: 'dates.review_meeting' };
  if (viaProposals) return { deadline: viaProposals, path: 'dates.proposed_amendments_sent' };
  return undefined;
}
