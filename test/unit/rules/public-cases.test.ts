import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../../src/dates/index.js';
import { nextSteps, situationSchema } from '../../../src/rules/index.js';
import { shippedCalendar } from '../../support/calendar.js';
import { expectOutcomeToMatch, type ExpectedOutcome } from '../../support/outcome-match.js';

interface PublicCase {
  id: string;
  situation: Record<string, unknown> & { as_of: string };
  expected: ExpectedOutcome;
}

const cases = JSON.parse(
  readFileSync(new URL('../../fixtures/public/public-cases.json', import.meta.url), 'utf8'),
) as PublicCase[];

// The shared design folder sits beside the repository in CI; a plain clone has only the copy.
const sharedCasesUrl = new URL('../../../../shared/examples/public-cases.json', import.meta.url);
const sharedCasesPresent = existsSync(sharedCasesUrl);
if (!sharedCasesPresent) console.log('Skipping the public-cases copy check: ../shared is not beside this clone.');

describe('public example cases through the rules function', () => {
  it('has cases to check', () => {
    expect(cases.length).toBeGreaterThan(0);
  });
  it.runIf(sharedCasesPresent)('uses an up-to-date copy of ../shared/examples/public-cases.json', () => {
    expect(JSON.parse(readFileSync(sharedCasesUrl, 'utf8'))).toEqual(cases);
  });
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, publicCase) => {
    const situation = situationSchema.parse(publicCase.situation);
    const asOf = parseIsoDate(publicCase.situation.as_of);
    if (!asOf) throw new Error('case without as_of');
    const outcome = nextSteps(situation, asOf, shippedCalendar);
    expectOutcomeToMatch(outcome, publicCase.expected, publicCase.id);
  });
});
