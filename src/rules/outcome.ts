// Turns an event's result into the wire Outcome: out_of_time and possibly_late (rules-table §3.2),
// the general route rules (§4.1, §4.3 legal advice, N5 order), ISO dates, and the plan (plan.ts).
import { isBefore, type PlainDate } from '../dates/index.js';
import { latestCandidateOf } from './context.js';
import { buildPlan, planDeadline, type PlannedDeadline } from './plan.js';
import type { Situation } from './situation-schema.js';
import type { DeadlineDraft, EventResult, Outcome, OutcomeDeadline } from './types.js';
import type { EventId, RouteId } from './vocabulary.js';

/** A deadline counts for out_of_time when the parent must meet it and it is not suspended. */
function countsForOutOfTime(deadline: DeadlineDraft): boolean {
  return deadline.kind === 'parent' && !deadline.suspended;
}

export function isPossiblyLate(deadline: DeadlineDraft, asOf: PlainDate): boolean {
  return (
    countsForOutOfTime(deadline) && isBefore(deadline.date, asOf) && !isBefore(latestCandidateOf(deadline), asOf)
  );
}

export function isOutOfTime(deadlines: readonly DeadlineDraft[], asOf: PlainDate): boolean {
  return deadlines.some((d) => countsForOutOfTime(d) && isBefore(d.date, asOf));
}

const EVENTS_NEEDING_LEGAL_ADVICE: readonly EventId[] = [
  'permanent_exclusion',
  'permanent_exclusion_upheld',
  'tribunal_decision',
];
const ROUTES_NEEDING_LEGAL_ADVICE: readonly RouteId[] = [
  'judicial_review',
  'send_tribunal_late_appeal',
  'disability_discrimination_late_claim',
  'tribunal_permission_without_certificate',
  'disability_discrimination_county_court',
];

/** §4.3: when legal advice is required. */
export function needsLegalAdvice(event: EventId, routes: readonly RouteId[]): boolean {
  return EVENTS_NEEDING_LEGAL_ADVICE.includes(event) || routes.some((r) => ROUTES_NEEDING_LEGAL_ADVICE.includes(r));
}

/** §4.1, §4.3, N5: no duplicates; legal_advice second to last when present; sendiass always last. */
export function finishRoutes(event: EventId, routes: readonly RouteId[]): RouteId[] {
  const unique = [...new Set(routes)].filter((r) => r !== 'legal_advice' && r !== 'sendiass');
  const withAdvice = needsLegalAdvice(event, unique) || routes.includes('legal_advice');
  return [...unique, ...(withAdvice ? (['legal_advice'] as const) : []), 'sendiass'];
}

function toWire({ draft: deadline, plan }: PlannedDeadline, asOf: PlainDate): OutcomeDeadline {
  const wire: OutcomeDeadline = {
    what: deadline.what,
    date: deadline.date.toString(),
    rule: deadline.rule,
    source: deadline.source,
    ambiguous: deadline.ambiguous,
    ...(isPossiblyLate(deadline, asOf) ? { possibly_late: true } : {}),
    ...(deadline.assumption ? { assumption: deadline.assumption } : {}),
    ...plan,
  };
  return wire;
}

export function buildOutcome(situation: Situation, result: EventResult, asOf: PlainDate): Outcome {
  const routes = finishRoutes(situation.event, result.routes);
  const planned = result.deadlines.map((draft) => ({ draft, plan: planDeadline(draft, situation, asOf) }));
  const outOfTime = isOutOfTime(result.deadlines, asOf);
  return {
    routes,
    mediation_advice_required: result.mediationAdviceRequired,
    deadlines: planned.map((d) => toWire(d, asOf)),
    out_of_time: outOfTime,
    notes: [...new Set(result.notes)],
    plan: buildPlan(situation, routes, planned, { mediationAdviceRequired: result.mediationAdviceRequired, outOfTime }),
  };
}
