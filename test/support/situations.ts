// A fast-check generator of schema-shaped situations over every event, field and date key, for the
// rules' property tests. Some are invalid on purpose (dates after as_of, reversed ranges): run them
// through checkSituation first.
import fc from 'fast-check';
import { isoDate } from '../../src/dates/index.js';
import {
  AGREEMENT_TERMS,
  BOARD_DECISION_SENT_BY,
  DATE_KEYS,
  EVENTS,
  ORDER_TYPES,
  PLAN_SECTIONS,
  TRANSFER_KINDS,
} from '../../src/rules/index.js';

const isoIn = (from: string, days: number) => fc.integer({ min: 0, max: days }).map((n) => isoDate(from).add({ days: n }).toString());
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

export const anySituation = fc.record({
  who: fc.constantFrom('parent', 'young_person'),
  setting: fc.constantFrom('early_years', 'school', 'college'),
  provider_type: opt(fc.constantFrom('school', 'private_nursery', 'fe_college', 'other_provider')),
  has_ehc_plan: fc.boolean(),
  event: fc.constantFrom(...EVENTS),
  disagree_with: opt(fc.subarray([...PLAN_SECTIONS])),
  dates: fc.dictionary(fc.constantFrom(...DATE_KEYS), isoIn('2025-01-01', 700), { maxKeys: 6 }),
  mediation_declined: opt(fc.boolean()),
  order_type: opt(fc.constantFrom(...ORDER_TYPES)),
  mediation_agreement_terms: opt(fc.subarray([...AGREEMENT_TERMS])),
  transfer_kind: opt(fc.constantFrom(...TRANSFER_KINDS)),
  tribunal_case_type: opt(fc.constantFrom('sen_appeal', 'disability_discrimination_claim')),
  school_holidays: opt(fc.array(fc.tuple(isoIn('2025-01-01', 700), isoIn('2025-01-01', 700)), { maxLength: 3 })),
  suspension_days_this_term: opt(fc.integer({ min: 0, max: 60 })),
  suspension_length_days: opt(fc.integer({ min: 1, max: 45 })),
  misses_public_exam: opt(fc.boolean()),
  representations_made: opt(fc.boolean()),
  disability_related: opt(fc.boolean()),
  board_decision_sent_by: opt(fc.constantFrom(...BOARD_DECISION_SENT_BY)),
  as_of: isoIn('2026-09-01', 300),
});

const MEDIATION_KEYS = ['contacted_mediation_adviser', 'told_la_wants_mediation', 'mediation_held', 'la_told_adviser_mediation_not_arranged', 'mediation_certificate_issued', 'decision_emailed', 'decision_received'] as const;
const APPEAL_KEYS = ['decision_letter', ...MEDIATION_KEYS] as const;

/** The date keys each event reads (domain.md, "Events and the dates each uses"). */
const DATE_KEYS_BY_EVENT: Record<(typeof EVENTS)[number], readonly string[]> = {
  sen_support_concerns: [],
  assessment_requested: ['request_received_by_la'],
  la_refused_assessment: APPEAL_KEYS,
  la_refused_reassessment: APPEAL_KEYS,
  la_refused_to_issue_plan: APPEAL_KEYS,
  draft_plan_issued: ['draft_plan_sent', 'request_received_by_la'],
  final_plan_issued: APPEAL_KEYS,
  amended_plan_issued: APPEAL_KEYS,
  annual_review: ['review_meeting', 'proposed_amendments_sent'],
  la_refused_to_amend: APPEAL_KEYS,
  la_ceased_plan: APPEAL_KEYS,
  la_delay: ['request_received_by_la', 'la_agreed_to_assess'],
  phase_transfer_pending: ['transfer'],
  phase_transfer_delay: ['transfer'],
  provision_not_delivered: ['first_noticed', 'la_complaint_final_response'],
  suspension: ['suspension_notice', 'suspension_starts', 'board_notified'],
  permanent_exclusion: ['exclusion_notice', 'exclusion_starts', 'board_notified'],
  permanent_exclusion_upheld: ['exclusion_notice', 'exclusion_starts', 'board_decision_letter', 'board_decision_received'],
  disability_discrimination: ['conduct', 'conduct_started', 'conduct_ended'],
  tribunal_order: ['order_made', 'order_sent'],
  tribunal_decision: ['written_reasons_sent'],
  mediation_agreement: ['mediation_agreement'],
  la_conceded_appeal: ['la_notified_tribunal'],
};

/**
 * Situations whose dates are the ones their event reads, clustered after one start date and
 * followed by an as_of up to about 16 months later: most reach deadlines, many have passed.
 */
export const eventSituation = anySituation.chain((base) =>
  fc
    .record({
      start: fc.integer({ min: 0, max: 730 }).map((n) => isoDate('2025-03-01').add({ days: n })),
      offsets: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 8, maxLength: 8 }),
      keep: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
      asOfAfter: fc.integer({ min: 0, max: 500 }),
    })
    .map(({ start, offsets, keep, asOfAfter }) => {
      const keys = DATE_KEYS_BY_EVENT[base.event as (typeof EVENTS)[number]];
      const dates = Object.fromEntries(
        keys.flatMap((key, i) => (keep[i % 8] ? [[key, start.add({ days: offsets[i % 8] ?? 0 }).toString()]] : [])),
      );
      return { ...base, dates, as_of: start.add({ days: asOfAfter }).toString() };
    }),
);
