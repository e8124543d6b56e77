// Hand-computed edge cases kept as data (test/fixtures/rules/edge-cases.json): the pending
// certificate and its lapse (§3.4), a late reg 33 contact, annual reviews (A6), orders (S2),
// merged agreement terms (§5.9), permission to appeal (T8) and phase transfers (A5). Each case's
// `why` has the arithmetic. Only the listed deadlines and routes are checked; absent ones must not appear.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectOutcomeToMatch, type ExpectedOutcome } from '../../support/outcome-match.js';
import { outcomeFor } from '../../support/rules-case.js';

interface EdgeCase {
  id: string;
  why: string;
  situation: Record<string, unknown> & { as_of: string };
  expected: ExpectedOutcome & { absent_deadlines?: string[]; absent_routes?: string[] };
}

const cases = JSON.parse(readFileSync(new URL('../../fixtures/rules/edge-cases.json', import.meta.url), 'utf8')) as EdgeCase[];

describe('edge cases kept as data', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const outcome = outcomeFor({ situation: c.situation, as_of: c.situation.as_of });
    expectOutcomeToMatch(outcome, c.expected, c.id);
    for (const id of c.expected.absent_deadlines ?? []) expect(outcome.deadlines.map((d) => d.what), c.id).not.toContain(id);
    for (const route of c.expected.absent_routes ?? []) expect(outcome.routes, c.id).not.toContain(route);
  });
});
