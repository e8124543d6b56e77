// R-CLAIM (rules-table §4.6): a disability discrimination claim. Against a school it goes to the
// SEND Tribunal (Equality Act 2010 s.85, Sch 17 para 4(1)); against an FE college, a private nursery
// or another provider, to the County Court (s.114, s.118(1)(a)). 6 months starting with the conduct.
import type { PlainDate } from '../../dates/index.js';
import { countFrom, hasDefinitelyPassed, hasPassed } from '../context.js';
import { parentMonthsStartingWith } from '../counting.js';
import type { Situation } from '../situation-schema.js';
import type { DeadlineDraft, RuleContext } from '../types.js';
import type { RouteId } from '../vocabulary.js';

export type ClaimForum = 'tribunal' | 'county_court' | 'both';

/** provider_type wins over setting; an early-years setting of unknown kind could be either (§4.6). */
export function claimForum(situation: Situation): ClaimForum {
  switch (situation.provider_type) {
    case 'school':
      return 'tribunal';
    case 'private_nursery':
    case 'fe_college':
    case 'other_provider':
      return 'county_court';
    default:
      return situation.setting === 'school' ? 'tribunal' : situation.setting === 'college' ? 'county_court' : 'both';
  }
}

export interface ConductStart {
  date: PlainDate;
  path: string;
  /** The day the count starts, in words: "the day of the act". */
  day: string;
  /** A8 (conduct over a period or continuing) or A10 (counted from the board's letter). */
  ambiguous: boolean;
  extraRule?: string;
}

export interface ClaimPart {
  /** Routes that go first (a late Tribunal claim is urgent). */
  first: RouteId[];
  /** The in-time claim routes, placed after the setting's complaint. */
  routes: RouteId[];
  deadlines: DeadlineDraft[];
  notes: string[];
}

export function disabilityClaim(context: RuleContext, conduct: ConductStart | undefined): ClaimPart {
  const forum = claimForum(context.situation);
  const part: ClaimPart = { first: [], routes: [], deadlines: [], notes: [] };
  const count = (what: 'disability_discrimination_claim' | 'county_court_claim', kind: 'tribunal' | 'county_court') =>
    conduct
      ? countFrom(conduct.path, () =>
          parentMonthsStartingWith({
            what,
            start: conduct.date,
            startDay: conduct.day,
            months: 6,
            source: kind === 'tribunal' ? 'Equality Act 2010 Sch 17 para 4(1)' : 'Equality Act 2010 s.118(1)(a)',
            calendar: context.calendar,
            forum: kind,
            startAmbiguous: conduct.ambiguous,
            asOf: context.asOf,
            ...(conduct.extraRule ? { extraRule: conduct.extraRule } : {}),
          }),
        )
      : undefined;

  if (forum !== 'county_court') {
    const deadline = count('disability_discrimination_claim', 'tribunal');
    if (deadline && hasDefinitelyPassed(deadline, context.asOf)) {
      part.first.push('disability_discrimination_late_claim');
      part.notes.push('The 6 months for a claim to the Tribunal have passed. You can still send it and ask the Tribunal to hear it late: explain why (Equality Act 2010 Sch 17 para 4(3)).');
    } else {
      part.routes.push('disability_discrimination_claim');
    }
    if (deadline) part.deadlines.push(deadline);
  }
  if (forum !== 'tribunal') {
    part.routes.push('disability_discrimination_county_court');
    const deadline = count('county_court_claim', 'county_court');
    if (deadline) {
      part.deadlines.push(deadline);
      if (hasDefinitelyPassed(deadline, context.asOf)) {
        part.notes.push('The 6 months for a County Court claim have passed. The court can allow a later claim if it thinks that is fair (s.118(1)(b)): get legal advice now.');
      }
    }
  }
  if (part.deadlines.some((d) => hasPassed(d.date, context.asOf) && !hasDefinitelyPassed(d, context.asOf))) {
    part.notes.push('The safe date for the claim has passed, but you may still be in time: send the claim today, and ask, in the alternative, for it to be heard out of time.');
  }
  if (forum === 'both') {
    part.notes.push('Claims about a nursery class or maintained nursery school go to the SEND Tribunal; claims about a private, voluntary or independent nursery go to the County Court. Check which kind of setting it is.');
  }
  part.notes.push('No mediation certificate is needed for a disability discrimination claim. Complaining to the setting first does not stop the 6-month clock.');
  return part;
}
