// Property: on any schema-valid situation the rules return an outcome (or refuse a count needing
// bank holidays the site lacks) and never throw anything else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/dates/index.js';
import {
  AGREEMENT_TERMS,
  BOARD_DECISION_SENT_BY,
  checkSituation,
  CoverageError,
  DATE_KEYS,
  DEADLINE_IDS,
  EVENTS,
  nextSteps,
  ORDER_TYPES,
  PLAN_SECTIONS,
  ROUTES,
  TRANSFER_KINDS,
} from '../../../src/rules/index.js';
import { shippedCalendar } from '../../support/calendar.js';

const isoIn = (from: string, days: number) => fc.integer({ min: 0, max: days }).map((n) => isoDate(from).add({ days: n }).toString());
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const situation = fc.record({
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

describe('the rules function', () => {
  it('never throws on a schema-valid situation', () => {
    fc.assert(
      fc.property(situation, (input) => {
        const checked = checkSituation(JSON.parse(JSON.stringify(input)), isoDate('2026-11-24'));
        if (!checked.ok) return;
        try {
          const outcome = nextSteps(checked.situation, checked.asOf, shippedCalendar);
          expect(outcome.routes.at(-1)).toBe('sendiass');
          for (const r of outcome.routes) expect(ROUTES).toContain(r);
          for (const d of outcome.deadlines) {
            expect(DEADLINE_IDS).toContain(d.what);
            expect(isoDate(d.date).toString()).toBe(d.date);
          }
        } catch (error) {
          if (!(error instanceof CoverageError)) throw error;
        }
      }),
      { numRuns: 1500 },
    );
  });
});
