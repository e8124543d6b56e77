// Compares an outcome with an expected one the way rules-table §0.1 says tests must: required routes
// present and in relative order, sendiass last, mediation_advice_required, every expected deadline
// (what + date, and its flags when given), out_of_time. Extra routes and deadlines are allowed.
import { expect } from 'vitest';
import type { Outcome } from '../../src/rules/index.js';

export interface ExpectedDeadline {
  what: string;
  date: string;
  ambiguous?: boolean;
  possibly_late?: boolean;
}

export interface ExpectedOutcome {
  routes: string[];
  mediation_advice_required: boolean | null;
  deadlines: ExpectedDeadline[];
  out_of_time: boolean;
}

export function expectOutcomeToMatch(actual: Outcome, expected: ExpectedOutcome, label = ''): void {
  for (const route of expected.routes) {
    expect(actual.routes, `${label} route ${route}`).toContain(route);
  }
  const positions = expected.routes.map((r) => actual.routes.indexOf(r as never));
  expect(positions, `${label} relative order of ${expected.routes.join(' → ')} in ${actual.routes.join(', ')}`).toEqual(
    [...positions].sort((a, b) => a - b),
  );
  expect(actual.routes.at(-1), `${label} sendiass last`).toBe('sendiass');
  expect(actual.mediation_advice_required, `${label} mediation_advice_required`).toBe(expected.mediation_advice_required);
  for (const want of expected.deadlines) {
    const got = actual.deadlines.filter((d) => d.what === want.what);
    expect(got.map((d) => d.date), `${label} deadline ${want.what}`).toEqual([want.date]);
    if (want.ambiguous !== undefined) expect(got[0]?.ambiguous, `${label} ${want.what} ambiguous`).toBe(want.ambiguous);
    if (want.possibly_late !== undefined) {
      expect(got[0]?.possibly_late ?? false, `${label} ${want.what} possibly_late`).toBe(want.possibly_late);
    }
  }
  expect(actual.out_of_time, `${label} out_of_time`).toBe(expected.out_of_time);
}

/** Every emitted deadline id must be one the case expects (for hand-built cases that list all of them). */
export function expectExactlyTheseDeadlines(actual: Outcome, expected: ExpectedOutcome, label = ''): void {
  expect(
    actual.deadlines.map((d) => `${d.what} ${d.date}`).sort(),
    `${label} deadlines`,
  ).toEqual(expected.deadlines.map((d) => `${d.what} ${d.date}`).sort());
}
