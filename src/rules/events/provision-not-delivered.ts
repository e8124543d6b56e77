// §5.7: provision in the plan is not being made. The LA must secure it (Children and Families Act
// 2014 s.42): a continuing duty, not appealable. Complaint, Ombudsman, judicial review.
import { laFailureBlock, LA_FAILURE_NOTE } from '../blocks/la-failure.js';
import { dateOf } from '../context.js';
import type { EventResult, RuleContext } from '../types.js';

export function provisionNotDelivered(context: RuleContext): EventResult {
  const noticed = dateOf(context.situation, 'first_noticed');
  const block = laFailureBlock(context, {
    triggers: [],
    head: 'chase_la',
    alwaysFull: true,
    ...(noticed ? { fixedStart: { date: noticed, path: 'dates.first_noticed', day: 'the day you first knew the help was missing' } } : {}),
  });
  const notes = [
    'The LA must make sure the help in section F of the plan is provided (Children and Families Act 2014 s.42). Write to the LA saying what is missing and since when.',
    'Judicial review must be started promptly and within 3 months: get legal advice quickly if you are thinking about it.',
    LA_FAILURE_NOTE,
  ];
  notes.push(
    dateOf(context.situation, 'la_complaint_final_response')
      ? 'The LA has given its final response to your complaint, so you can go to the Ombudsman now. The final response does not restart the 12 months.'
      : 'The Ombudsman usually expects you to finish the LA complaints procedure first. Do not wait so long that the 12 months run out.',
  );
  return { routes: [...block.routes, 'legal_advice'], deadlines: block.deadlines, mediationAdviceRequired: null, notes };
}
