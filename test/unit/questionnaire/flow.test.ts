import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/dates/index.js';
import { checkSituation, EVENTS } from '../../../src/rules/index.js';
import { checkAnswer, optionsFor } from '../../../src/questionnaire/answers.js';
import { allowedNext, CHECK_PAGE, next, pathFor, type Answers } from '../../../src/questionnaire/flow.js';
import { QUESTION_IDS, QUESTIONS, TOPICS } from '../../../src/questionnaire/questions.js';
import { replay } from '../../../src/questionnaire/replay.js';
import { toSituation } from '../../../src/questionnaire/to-situation.js';
import { JOURNEYS } from '../../support/journeys.js';

const today = isoDate('2026-11-24');
const sampleDate = (id: string) => (id === 'transfer' ? '2027-09-01' : id === 'holiday_end' ? '2026-10-30' : id === 'holiday_start' ? '2026-10-26' : '2026-10-12');

/** Every complete set of answers the flow can produce, walking each option of each question. */
function allCompletePaths(): Answers[] {
  const done: Answers[] = [];
  const walk = (answers: Answers, depth: number) => {
    const id = pathFor(answers).find((q) => !(q in answers));
    if (!id) return void done.push(answers);
    if (depth > 30) throw new Error('flow too deep');
    const question = QUESTIONS.find((q) => q.id === id)!;
    const values =
      question.kind === 'date' ? (id === 'decision_letter' || id === 'holiday_start' ? [sampleDate(id), 'unknown'] : [sampleDate(id)])
      : question.kind === 'number' ? ['3', '10', '20']
      : question.kind === 'checkboxes' ? optionsFor(question, answers).map((o) => o.value).concat(question.id === 'disagree_with' ? ['B,F,I', 'E,C'] : [])
      : optionsFor(question, answers).map((o) => o.value);
    for (const value of values) {
      walk({ ...answers, [id]: value }, depth + 1);
    }
  };
  walk({}, 0);
  return done;
}

const paths = allCompletePaths();

describe('questionnaire flow', () => {
  it('every next() result is in the question\'s allowed list', () => {
    for (const answers of paths) {
      for (const id of pathFor(answers)) expect(allowedNext(id)).toContain(next(id, answers));
      expect(next(pathFor(answers).at(-1)!, answers)).toBe(CHECK_PAGE);
    }
  });

  it('reaches every question and every event', () => {
    const seen = new Set(paths.flatMap((a) => pathFor(a)));
    for (const id of QUESTION_IDS) expect(seen, id).toContain(id);
    const events = new Set(paths.map((a) => a['event']));
    for (const event of EVENTS) expect(events, event).toContain(event);
  });

  it('turns every complete path into a situation the rules accept', () => {
    for (const answers of paths) {
      const checked = checkSituation(toSituation(answers), today);
      expect(checked.ok, JSON.stringify(answers)).toBe(true);
    }
  });

  it('leads from each answer to the expected next question', () => {
    expect(next('who', { who: 'parent' })).toBe('setting');
    expect(next('topic', { topic: 'la_decision' })).toBe('event');
    const appeal = { who: 'parent', setting: 'school', has_ehc_plan: 'yes', topic: 'la_decision', event: 'final_plan_issued' };
    expect(next('event', appeal)).toBe('disagree_with');
    expect(next('decision_letter', { ...appeal, disagree_with: 'I' })).toBe(CHECK_PAGE);
    expect(next('decision_letter', { ...appeal, disagree_with: 'B,I' })).toBe('mediation_stage');
    expect(next('mediation_stage', { ...appeal, disagree_with: 'B', mediation_stage: 'held' })).toBe('mediation_held');
    const suspension = { who: 'parent', setting: 'school', has_ehc_plan: 'no', topic: 'setting', event: 'suspension' };
    expect(next('misses_public_exam', { ...suspension, suspension_days_this_term: '10' })).toBe('representations_made');
    expect(next('misses_public_exam', { ...suspension, suspension_days_this_term: '3' })).toBe('board_notified');
    expect(next('holiday_start', { ...suspension, holiday_start: 'unknown' })).toBe('disability_related');
    expect(next('holiday_start', { ...suspension, holiday_start: '2026-12-21' })).toBe('holiday_end');
    expect(toSituation({ ...suspension, holiday_start: '2026-12-21', holiday_end: '2027-01-01' })['school_holidays']).toEqual([['2026-12-21', '2027-01-01']]);
    expect(next('has_ehc_plan', { setting: 'college' })).toBe('topic');
    expect(pathFor({ ...suspension, setting: 'college' })).toContain('provider_type');
  });

  it('drops answers that no longer apply when an earlier answer changes', () => {
    const query = { who: 'parent', setting: 'school', has_ehc_plan: 'no', topic: 'la_decision', event: 'la_refused_assessment', decision_letter: '2026-10-12', mediation_stage: 'none' };
    const changed = replay({ ...query, topic: 'setting' }, today);
    expect(changed.answers).not.toHaveProperty('event');
    expect(changed.answers).not.toHaveProperty('decision_letter');
    expect(changed.current).toBe('event');
  });

  it('stops at the first invalid answer with a message', () => {
    const result = replay({ who: 'parent', setting: 'castle' }, today);
    expect(result.current).toBe('setting');
    expect(result.error).toMatch(/Select/);
  });

  it('refuses future dates, impossible dates and odd values', () => {
    expect(checkAnswer('decision_letter', '2026-12-01', {}, today)).toMatchObject({ ok: false });
    expect(checkAnswer('decision_letter', '2026-02-30', {}, today)).toMatchObject({ ok: false });
    expect(checkAnswer('transfer', '2027-09-01', {}, today)).toMatchObject({ ok: true });
    expect(checkAnswer('suspension_days_this_term', '-1', {}, today)).toMatchObject({ ok: false });
    expect(checkAnswer('event', 'la_delay', { topic: 'la_decision' }, today)).toMatchObject({ ok: false });
    expect(checkAnswer('who', ['parent', 'x'], {}, today)).toMatchObject({ ok: false });
  });

  it('has a topic for every event', () => {
    const listed = Object.values(TOPICS).flatMap((t) => t.events.map((e) => e.value));
    expect([...listed].sort()).toEqual([...EVENTS].sort());
  });

  it.each(JOURNEYS.map((j) => [j.name, j] as const))('journey "%s" is a complete path', (_name, journey) => {
    const result = replay(Object.fromEntries(journey.answers), today);
    expect(result.current).toBe(CHECK_PAGE);
  });
});
