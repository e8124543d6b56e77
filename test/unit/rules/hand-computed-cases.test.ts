// Hand-computed cases kept as data in test/fixtures/rules/. Each case's `why` has the arithmetic
// and the rules-table section that decides it.
// - edge-cases.json: the pending certificate and its lapse (§3.4), a late reg 33 contact, annual
//   reviews (A6), orders (S2), merged agreement terms (§5.9), permission to appeal (T8), phase
//   transfers (A5). Only the listed deadlines and routes are checked.
// - sen-appeal-cases.json (§5.1–5.2), la-duty-cases.json (§5.3–5.10) and
//   exclusion-and-claim-cases.json (§5.11–5.16), written row by row from the tables: each lists
//   every deadline it expects, so the emitted (what, date) pairs must match exactly.
// In every file, absent_deadlines and absent_routes must not appear.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectExactlyTheseDeadlines, expectOutcomeToMatch, type ExpectedOutcome } from '../../support/outcome-match.js';
import { outcomeFor } from '../../support/rules-case.js';

interface HandComputedCase {
  id: string;
  why: string;
  situation: Record<string, unknown> & { as_of: string };
  expected: ExpectedOutcome & { absent_deadlines?: string[]; absent_routes?: string[] };
}

const FILES = [
  { file: 'edge-cases.json', exact: false },
  { file: 'sen-appeal-cases.json', exact: true },
  { file: 'la-duty-cases.json', exact: true },
  { file: 'exclusion-and-claim-cases.json', exact: true },
];

describe.each(FILES)('hand-computed cases: $file', ({ file, exact }) => {
  const cases = JSON.parse(readFileSync(new URL(`../../fixtures/rules/${file}`, import.meta.url), 'utf8')) as HandComputedCase[];
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const outcome = outcomeFor({ situation: c.situation, as_of: c.situation.as_of });
    expectOutcomeToMatch(outcome, c.expected, c.id);
    if (exact) expectExactlyTheseDeadlines(outcome, c.expected, c.id);
    for (const id of c.expected.absent_deadlines ?? []) expect(outcome.deadlines.map((d) => d.what), c.id).not.toContain(id);
    for (const route of c.expected.absent_routes ?? []) expect(outcome.routes, c.id).not.toContain(route);
  });
});
