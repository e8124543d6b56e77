// The hand-computed rules cases entered through the questionnaire: each gives the same outcome as
// the API, except the few listed below, which the questionnaire deliberately cannot express. The
// list is checked too, so a case that becomes expressible must leave it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock, isoDate } from '../../../src/dates/index.js';
import { CHECK_PAGE } from '../../../src/questionnaire/flow.js';
import { replay } from '../../../src/questionnaire/replay.js';
import { toSituation } from '../../../src/questionnaire/to-situation.js';
import { answerNextStepsRequest } from '../../../src/view-models/api-outcome.js';
import { rootDir } from '../../support/app.js';
import { shippedCalendar } from '../../support/calendar.js';
import { answersForSituation } from '../../support/situation-answers.js';

const NOT_EXPRESSIBLE: Record<string, string> = {
  'DD5 conduct_ended after as_of': 'the questionnaire refuses a date in the future',
  'LA-A11 la_delay, agreement recorded after the 6-week date but after as_of (B14)': 'a future date',
  'LA-A12 assessment_requested, future late agreement (B14)': 'a future date',
  'S16 reversed and overlapping holiday ranges': 'a holiday that ends before it starts is refused',
  'AA54 §5.2 T9 roll-back over Christmas': 'section K is not offered (it is the plan\'s appendices)',
  'LA-M06 empty terms': 'the agreement question needs at least one answer ("Something else" covers the rest)',
  'LA-M07 terms absent, ongoing': 'as above: "Something else" is the nearest answer',
  'C agreement merge': 'the same terms, kept in the order the question lists them',
  'PE6 private nursery with setting school: regime none': 'who runs the setting is asked only for nurseries and colleges',
  'S12 other provider: regime none': 'as above',
  'DD13 clamp + roll-back, County Court latest': 'as above',
  'AA25 M2 declined, told only': 'declining mediation and asking the LA for it are one choice or the other',
  'AA26 M2 declined, contact and told': 'as above',
  'AA36 only decision_received': 'the day the decision arrived is not asked: the clock runs from when it was sent',
  'AA70 §5.2 only decision_received': 'as above',
  'AA46 R-SECTIONS refusal to issue with C and H1': 'the sections are asked only for a final or amended plan',
  'AA47 R-SECTIONS refusal to assess with D': 'as above',
  'AA49 R-SECTIONS with LEAVE and late': 'as above',
};

interface RulesCase {
  id: string;
  situation: Record<string, unknown> & { as_of?: string };
}

const dir = join(rootDir, 'test', 'fixtures', 'rules');
const cases = readdirSync(dir).filter((f) => f.endsWith('.json')).flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as RulesCase[]);

function throughTheQuestionnaire(c: RulesCase): { same: boolean; stoppedAt?: string } {
  const asOf = c.situation.as_of ?? '2026-11-24';
  const clock = fixedClock(`${asOf}T12:00:00Z`);
  const replayed = replay(Object.fromEntries(answersForSituation(c.situation)), isoDate(asOf));
  if (replayed.current !== CHECK_PAGE) return { same: false, stoppedAt: replayed.current };
  const api = answerNextStepsRequest(c.situation, clock, shippedCalendar);
  const questionnaire = answerNextStepsRequest({ ...toSituation(replayed.answers), as_of: asOf }, clock, shippedCalendar);
  return { same: JSON.stringify(api) === JSON.stringify(questionnaire) };
}

describe('the rules cases entered through the questionnaire', () => {
  it('has the cases', () => {
    expect(cases.length).toBeGreaterThan(200);
    for (const id of Object.keys(NOT_EXPRESSIBLE)) expect(cases.map((c) => c.id)).toContain(id);
  });

  it('gives the API\'s outcome for every case it can express', () => {
    const different = cases.filter((c) => !(c.id in NOT_EXPRESSIBLE)).filter((c) => !throughTheQuestionnaire(c).same).map((c) => c.id);
    expect(different).toEqual([]);
  });

  it('really cannot express the cases listed as not expressible', () => {
    const expressible = cases.filter((c) => c.id in NOT_EXPRESSIBLE).filter((c) => throughTheQuestionnaire(c).same).map((c) => c.id);
    expect(expressible).toEqual([]);
  });
});
