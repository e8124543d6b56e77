// Property: on any schema-valid situation the rules return an outcome (or refuse a count needing
// bank holidays the site lacks) and never throw anything else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/dates/index.js';
import { checkSituation, CoverageError, DEADLINE_IDS, nextSteps, ROUTES } from '../../../src/rules/index.js';
import { shippedCalendar } from '../../support/calendar.js';
import { anySituation } from '../../support/situations.js';

describe('the rules function', () => {
  it('never throws on a schema-valid situation', () => {
    fc.assert(
      fc.property(anySituation, (input) => {
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
