// A hand-computed rules case and how to run it: the situation is parsed by the real schema, the
// outcome compared as rules-table §0.1 says, and every deadline listed (no extras).
import { expect } from 'vitest';
import { parseIsoDate } from '../../src/dates/index.js';
import { nextSteps, situationSchema, type Outcome } from '../../src/rules/index.js';
import { shippedCalendar } from './calendar.js';
import { expectExactlyTheseDeadlines, expectOutcomeToMatch, type ExpectedOutcome } from './outcome-match.js';

export interface RulesCase {
  name: string;
  situation: Record<string, unknown>;
  as_of: string;
  expected: ExpectedOutcome;
  absentRoutes?: string[];
}

export function outcomeFor(c: Pick<RulesCase, 'situation' | 'as_of'>): Outcome {
  const situation = situationSchema.parse({ ...c.situation, as_of: c.as_of });
  const asOf = parseIsoDate(c.as_of);
  if (!asOf) throw new Error(`case with a bad as_of: ${c.as_of}`);
  return nextSteps(situation, asOf, shippedCalendar);
}

export function runRulesCase(c: RulesCase): Outcome {
  const outcome = outcomeFor(c);
  expectOutcomeToMatch(outcome, c.expected, c.name);
  expectExactlyTheseDeadlines(outcome, c.expected, c.name);
  for (const route of c.absentRoutes ?? []) expect(outcome.routes, `${c.name}: ${route}`).not.toContain(route);
  return outcome;
}
