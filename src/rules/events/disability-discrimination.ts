// §5.14: disability discrimination by a school or setting. Conduct over a period counts from its end
// (Equality Act 2010 Sch 17 para 4(5)(b)); conduct still going on counts to as_of (the end so far).
import { isAfter, monthsStartingWith } from '../../dates/index.js';
import { disabilityClaim, type ConductStart } from '../blocks/disability-claim.js';
import { dateOf } from '../context.js';
import { show } from '../counting.js';
import { sentences } from '../plain-working.js';
import type { EventResult, RuleContext } from '../types.js';
import type { RouteId } from '../vocabulary.js';

function conductStart(context: RuleContext): ConductStart | undefined {
  const { situation, asOf } = context;
  const single = dateOf(situation, 'conduct');
  if (single) return { date: single, path: 'dates.conduct', day: 'the day of the act', ambiguous: false };
  const started = dateOf(situation, 'conduct_started');
  const ended = dateOf(situation, 'conduct_ended');
  const earlierWarning = started
    ? sentences(
        `Counted from the first act, on ${show(started)}, the time would end on ${show(monthsStartingWith(started, 6).lastDay)}`,
        'So a claim about earlier acts on their own may already be late',
      )
    : undefined;
  if (ended && !isAfter(ended, asOf)) {
    return { date: ended, path: 'dates.conduct_ended', day: 'the day the unfair treatment ended', ambiguous: true, ...(earlierWarning ? { extraRule: earlierWarning } : {}) };
  }
  if (ended || started) {
    return {
      date: asOf,
      path: 'as_of',
      day: 'today, because the unfair treatment is still going on',
      ambiguous: true,
      ...(earlierWarning ? { extraRule: earlierWarning } : {}),
    };
  }
  return undefined;
}

export function disabilityDiscrimination(context: RuleContext): EventResult {
  const claim = disabilityClaim(context, conductStart(context));
  const routes: RouteId[] = [...claim.first, 'talk_to_setting'];
  if (!context.situation.has_ehc_plan) routes.push('request_ehc_needs_assessment');
  routes.push('setting_complaint', ...claim.routes);
  const notes = [
    'Schools must not treat a disabled pupil less favourably and must make reasonable adjustments (Equality Act 2010 s.85).',
    ...claim.notes,
  ];
  if (!dateOf(context.situation, 'conduct') && !dateOf(context.situation, 'conduct_started') && !dateOf(context.situation, 'conduct_ended')) {
    notes.push('Enter the date of what happened to see the last day to claim. Claims must usually be made within 6 months.');
  }
  return { routes, deadlines: claim.deadlines, mediationAdviceRequired: null, notes };
}
