// The rules module's one entry point: (situation, as-of date, bank holidays) → Outcome.
// Pure: no clock, no files. Each event's rule lives in its own module under events/.
import type { BankHolidayCalendar, PlainDate } from '../dates/index.js';
import { buildContext, CoverageError } from './context.js';
import { laConcededAppeal } from './events/conceded-appeal.js';
import { annualReview } from './events/annual-review.js';
import { assessmentRequested, laDelay } from './events/assessment.js';
import { disabilityDiscrimination } from './events/disability-discrimination.js';
import { draftPlanIssued } from './events/draft-plan.js';
import { permanentExclusion, permanentExclusionUpheld, suspension } from './events/exclusions.js';
import { mediationAgreement } from './events/mediation-agreement.js';
import { phaseTransfer } from './events/phase-transfer.js';
import { provisionNotDelivered } from './events/provision-not-delivered.js';
import { senAppealEvent } from './events/sen-appeal.js';
import { senSupportConcerns } from './events/sen-support.js';
import { tribunalDecision } from './events/tribunal-decision.js';
import { tribunalOrder } from './events/tribunal-order.js';
import { buildOutcome } from './outcome.js';
import type { Situation } from './situation-schema.js';
import type { EventResult, Outcome, RuleContext } from './types.js';

function resultForEvent(context: RuleContext): EventResult {
  const event = context.situation.event;
  switch (event) {
    case 'la_refused_assessment':
    case 'la_refused_reassessment':
    case 'la_refused_to_issue_plan':
    case 'final_plan_issued':
    case 'amended_plan_issued':
    case 'la_refused_to_amend':
    case 'la_ceased_plan':
      return senAppealEvent(context);
    case 'sen_support_concerns':
      return senSupportConcerns(context);
    case 'assessment_requested':
      return assessmentRequested(context);
    case 'la_delay':
      return laDelay(context);
    case 'draft_plan_issued':
      return draftPlanIssued(context);
    case 'annual_review':
      return annualReview(context);
    case 'phase_transfer_pending':
    case 'phase_transfer_delay':
      return phaseTransfer(context);
    case 'provision_not_delivered':
      return provisionNotDelivered(context);
    case 'tribunal_order':
      return tribunalOrder(context);
    case 'mediation_agreement':
      return mediationAgreement(context);
    case 'la_conceded_appeal':
      return laConcededAppeal(context);
    case 'tribunal_decision':
      return tribunalDecision(context);
    case 'suspension':
      return suspension(context);
    case 'permanent_exclusion':
      return permanentExclusion(context);
    case 'permanent_exclusion_upheld':
      return permanentExclusionUpheld(context);
    case 'disability_discrimination':
      return disabilityDiscrimination(context);
    default: {
      const unreachable: never = event;
      throw new Error(`No rule for event ${String(unreachable)}`);
    }
  }
}

/** Maps a validated situation to its routes and deadlines as of `asOf` (rules-table.md). */
export function nextSteps(situation: Situation, asOf: PlainDate, calendar: BankHolidayCalendar): Outcome {
  const context = buildContext(situation, asOf, calendar);
  return buildOutcome(situation, resultForEvent(context), asOf);
}

// Dates that only stand in for one another as one start (§2 S1, S2): once one of them is found,
// the others would only restart the same count, so they are set aside together.
const ONE_START: readonly (readonly string[])[] = [
  ['decision_letter', 'decision_emailed', 'decision_received'],
  ['order_made', 'order_sent'],
];

function setAside(situation: Situation, key: string): Situation {
  const group = ONE_START.find((keys) => keys.includes(key)) ?? [key];
  return { ...situation, dates: Object.fromEntries(Object.entries(situation.dates).filter(([k]) => !group.includes(k))) };
}

/**
 * Every start field whose count needs a bank-holiday year the site lacks: rules-table §1 asks for
 * one error per start field, but the rules stop at the first such count. So each field found is
 * set aside and the situation run again, until no new field turns up. (A date that is also a
 * fallback for one set aside, such as the exclusion notice for the board's date, may be named too.)
 */
function allCoverageErrors(first: CoverageError, situation: Situation, asOf: PlainDate, calendar: BankHolidayCalendar): CoverageError[] {
  const found = [first];
  let remaining = situation;
  for (let latest = first; latest.path.startsWith('dates.'); ) {
    remaining = setAside(remaining, latest.path.slice('dates.'.length));
    try {
      nextSteps(remaining, asOf, calendar);
      break;
    } catch (error) {
      if (!(error instanceof CoverageError) || found.some((e) => e.path === error.path)) break;
      found.push(error);
      latest = error;
    }
  }
  return found;
}

export type RulesAnswer = { ok: true; outcome: Outcome } | { ok: false; coverageErrors: CoverageError[] };

/** nextSteps, or, when a count needs bank holidays the site does not have, one error per start field. */
export function nextStepsOrCoverageErrors(situation: Situation, asOf: PlainDate, calendar: BankHolidayCalendar): RulesAnswer {
  try {
    return { ok: true, outcome: nextSteps(situation, asOf, calendar) };
  } catch (error) {
    if (!(error instanceof CoverageError)) throw error;
    return { ok: false, coverageErrors: allCoverageErrors(error, situation, asOf, calendar) };
  }
}
