import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/dates/index.js';
import { checkSituation, EVENTS } from '../../../src/rules/index.js';
import { checkAnswer, dateFromParts, optionsFor } from '../../../src/questionnaire/answers.js';
import { allowedNext, CHECK_PAGE, HELP_PAGE, next, pathFor, wayOutTaken, type Answers } from '../../../src/questionnaire/flow.js';
import { QUESTION_IDS, QUESTIONS, TOPICS } from '../../../src/questionnaire/questions.js';
import { replay } from '../../../src/questionnaire/replay.js';
import { toSituation } from '../../../src/questionnaire/to-situation.js';
import { JOURNEYS } from '../../support/journeys.js';

const today = isoDate('2026-11-24');
const sampleDate = (id: string) => (id === 'transfer' ? '2027-09-01' : /^holiday.*_end$/.test(id) ? '2026-10-30' : /^holiday.*_start$/.test(id) ? '2026-10-26' : '2026-10-12');

/** Every complete set of answers the flow can produce, walking each option of each question; way-out ends apart. */
function allCompletePaths(): Answers[] {
  const done: Answers[] = [];
  const walk = (answers: Answers, depth: number) => {
    const id = pathFor(answers).find((q) => !(q in answers));
    if (!id) return void (wayOutTaken(answers) ? wayOuts.push(answers) : done.push(answers));
    if (depth > 30) throw new Error('flow too deep');
    const question = QUESTIONS.find((q) => q.id === id)!;
    const values =
      question.kind === 'date' ? (id === 'decision_letter' || id === 'holiday_start' ? [sampleDate(id), 'unknown'] : [sampleDate(id)])
      : question.kind === 'number' ? ['3', '10', '20', ...(question.unsureText ? ['unknown'] : [])]
      : question.kind === 'checkboxes' ? optionsFor(question, answers).map((o) => o.value).concat(question.id === 'disagree_with' ? ['B,F,I', 'E,C'] : [])
      : optionsFor(question, answers).map((o) => o.value);
    // A question that does not change the path is walked with its first and last values only: every
    // branch is still walked, and the walk stays small enough to run in a second or two.
    const pathKey = (value: string) => pathFor({ ...answers, [id]: value }).join(' ');
    const branches = new Set(values.map(pathKey)).size > 1;
    for (const value of branches ? values : [...new Set([values[0]!, values.at(-1)!])]) {
      walk({ ...answers, [id]: value }, depth + 1);
    }
  };
  walk({}, 0);
  return done;
}

const wayOuts: Answers[] = [];
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
    expect(next('disagree_with', { ...appeal, disagree_with: 'I' })).toBe('decision_letter');
    expect(next('decision_letter', { ...appeal, disagree_with: 'I' })).toBe('decision_email_sent');
    // Section I alone needs no mediation advice, but a certificate from mediation can still move the date.
    expect(next('decision_email_sent', { ...appeal, disagree_with: 'I', decision_email_sent: 'no' })).toBe('mediation_stage');
    // Only sections that cannot be appealed: no mediation questions.
    expect(next('decision_email_sent', { ...appeal, disagree_with: 'E', decision_email_sent: 'no' })).toBe(CHECK_PAGE);
    expect(next('decision_email_sent', { ...appeal, disagree_with: 'B,I', decision_email_sent: 'no' })).toBe('mediation_stage');
    const suspension = { who: 'parent', setting: 'school', has_ehc_plan: 'no', topic: 'setting', event: 'suspension' };
    expect(next('misses_public_exam', { ...suspension, suspension_days_this_term: '10' })).toBe('representations_made');
    expect(next('misses_public_exam', { ...suspension, suspension_days_this_term: '3' })).toBe('board_notified');
    expect(next('board_notified', { ...suspension, suspension_days_this_term: '3' })).toBe('has_holidays');
    expect(next('has_holidays', { ...suspension, has_holidays: 'unsure' })).toBe('disability_related');
    expect(next('has_holidays', { ...suspension, has_holidays: 'yes' })).toBe('holiday_start');
    expect(next('holiday_start', { ...suspension, has_holidays: 'yes' })).toBe('holiday_end');
    expect(next('has_ehc_plan', { setting: 'college' })).toBe('topic');
    expect(pathFor({ ...suspension, setting: 'college' })).toContain('provider_type');
  });

  it('asks the letter date first, then whether it was e-mailed, and the e-mail date only after Yes', () => {
    const appeal = { who: 'parent', setting: 'school', has_ehc_plan: 'no', topic: 'la_decision', event: 'la_refused_assessment' };
    expect(next('event', appeal)).toBe('decision_letter');
    expect(next('decision_letter', appeal)).toBe('decision_email_sent');
    expect(next('decision_email_sent', { ...appeal, decision_email_sent: 'yes' })).toBe('decision_emailed');
    expect(next('decision_email_sent', { ...appeal, decision_email_sent: 'no' })).toBe('mediation_stage');
    expect(next('decision_email_sent', { ...appeal, decision_email_sent: 'unsure' })).toBe('mediation_stage');
    expect(next('decision_emailed', { ...appeal, decision_email_sent: 'yes' })).toBe('mediation_stage');
    const notEmailed = replay({ ...appeal, decision_letter: '2026-10-12', decision_email_sent: 'no', decision_emailed: '2026-10-10', mediation_stage: 'none' }, today);
    expect(notEmailed.current).toBe(CHECK_PAGE);
    expect(notEmailed.answers).not.toHaveProperty('decision_emailed');
    expect(toSituation(notEmailed.answers)['dates']).toEqual({ decision_letter: '2026-10-12' });
    const emailed = replay({ ...appeal, decision_letter: '2026-10-12', decision_email_sent: 'yes', decision_emailed: '2026-10-10', mediation_stage: 'none' }, today);
    expect(toSituation(emailed.answers)['dates']).toEqual({ decision_letter: '2026-10-12', decision_emailed: '2026-10-10' });
  });

  it('asks the mediation history only as far as the parent has gone, each step with its date', () => {
    const base = { who: 'parent', setting: 'school', has_ehc_plan: 'no', topic: 'la_decision', event: 'la_refused_assessment', decision_letter: '2026-10-01', decision_email_sent: 'no' };
    const after = (answers: Record<string, string>) => pathFor({ ...base, ...answers }).slice(pathFor(base).indexOf('mediation_stage'));
    expect(after({ mediation_stage: 'none' })).toEqual(['mediation_stage']);
    expect(after({ mediation_stage: 'deciding' })).toEqual(['mediation_stage', 'contacted_mediation_adviser', 'has_certificate']);
    expect(after({ mediation_stage: 'declined' })).toEqual(['mediation_stage', 'contacted_mediation_adviser', 'has_certificate']);
    expect(after({ mediation_stage: 'declined', has_certificate: 'yes' })).toEqual(['mediation_stage', 'contacted_mediation_adviser', 'has_certificate', 'mediation_certificate_issued']);
    expect(after({ mediation_stage: 'asked' })).toEqual(['mediation_stage', 'contacted_mediation_adviser', 'told_la_wants_mediation', 'mediation_progress']);
    expect(after({ mediation_stage: 'asked', mediation_progress: 'waiting' })).toEqual(['mediation_stage', 'contacted_mediation_adviser', 'told_la_wants_mediation', 'mediation_progress']);
    expect(after({ mediation_stage: 'asked', mediation_progress: 'held', has_certificate: 'yes' })).toEqual([
      'mediation_stage', 'contacted_mediation_adviser', 'told_la_wants_mediation', 'mediation_progress', 'mediation_held', 'has_certificate', 'mediation_certificate_issued',
    ]);
    expect(after({ mediation_stage: 'asked', mediation_progress: 'not_arranged', has_certificate: 'no' })).toEqual([
      'mediation_stage', 'contacted_mediation_adviser', 'told_la_wants_mediation', 'mediation_progress', 'la_told_adviser_mediation_not_arranged', 'has_certificate',
    ]);
    const full = replay({
      ...base, mediation_stage: 'asked', contacted_mediation_adviser: '2026-10-05', told_la_wants_mediation: '2026-10-06', mediation_progress: 'held',
      mediation_held: '2026-10-20', has_certificate: 'yes', mediation_certificate_issued: '2026-10-21',
    }, today);
    expect(full.current).toBe(CHECK_PAGE);
    expect(toSituation(full.answers)['dates']).toEqual({
      decision_letter: '2026-10-01', contacted_mediation_adviser: '2026-10-05', told_la_wants_mediation: '2026-10-06', mediation_held: '2026-10-20', mediation_certificate_issued: '2026-10-21',
    });
    const declined = replay({ ...base, mediation_stage: 'declined', contacted_mediation_adviser: '2026-10-05', has_certificate: 'yes', mediation_certificate_issued: '2026-10-07' }, today);
    expect(toSituation(declined.answers)).toMatchObject({ mediation_declined: true, dates: { mediation_certificate_issued: '2026-10-07' } });
  });

  it('lets each way out lead to the help page, and nowhere else', () => {
    const start = { who: 'parent', setting: 'school' };
    expect(next('has_ehc_plan', { ...start, has_ehc_plan: 'unsure' })).toBe(HELP_PAGE);
    expect(next('topic', { ...start, has_ehc_plan: 'no', topic: 'something_else' })).toBe(HELP_PAGE);
    expect(next('event', { ...start, has_ehc_plan: 'no', topic: 'setting', event: 'something_else' })).toBe(HELP_PAGE);
    const mediation = { ...start, has_ehc_plan: 'no', topic: 'la_decision', event: 'la_refused_assessment', decision_letter: '2026-10-01', decision_email_sent: 'no', mediation_stage: 'unsure' };
    expect(next('mediation_stage', mediation)).toBe(HELP_PAGE);
    expect(replay(mediation, today).current).toBe(HELP_PAGE);
    expect(wayOuts.length).toBeGreaterThan(0);
    for (const answers of wayOuts) expect(['has_ehc_plan', 'topic', 'event', 'mediation_stage']).toContain(wayOutTaken(answers));
    for (const answers of paths) expect(replay(answers, today).current).toBe(CHECK_PAGE);
  });

  it('offers only the events that fit: none that need a plan for a child without one', () => {
    const noPlan = { who: 'parent', setting: 'school', has_ehc_plan: 'no' };
    const topic = QUESTIONS.find((q) => q.id === 'topic')!;
    const event = QUESTIONS.find((q) => q.id === 'event')!;
    expect(optionsFor(topic, noPlan).map((o) => o.value)).not.toContain('plan_changes');
    expect(optionsFor(topic, { ...noPlan, has_ehc_plan: 'yes' }).map((o) => o.value)).toContain('plan_changes');
    const decisions = optionsFor(event, { ...noPlan, topic: 'la_decision' }).map((o) => o.value);
    expect(decisions).not.toContain('la_ceased_plan');
    expect(decisions).not.toContain('amended_plan_issued');
    expect(decisions).toContain('la_refused_assessment');
    expect(decisions.at(-1)).toBe('something_else');
    expect(optionsFor(event, { ...noPlan, has_ehc_plan: 'yes', topic: 'la_decision' }).map((o) => o.value)).toContain('la_ceased_plan');
    expect(checkAnswer('event', 'la_ceased_plan', { ...noPlan, topic: 'la_decision' }, today)).toMatchObject({ ok: false });
  });

  it('asks for up to three holidays, "add another" after each, and sends them all to the rules', () => {
    const s = { who: 'parent', setting: 'school', has_ehc_plan: 'no', topic: 'setting', event: 'permanent_exclusion', exclusion_notice: '2026-11-02', exclusion_starts: '2026-11-03', board_notified: '2026-11-02' };
    expect(next('has_holidays', { ...s, has_holidays: 'no' })).toBe('disability_related');
    expect(next('holiday_end', { ...s, has_holidays: 'yes' })).toBe('holiday_more');
    expect(next('holiday_more', { ...s, has_holidays: 'yes', holiday_more: 'no' })).toBe('disability_related');
    expect(next('holiday_more', { ...s, has_holidays: 'yes', holiday_more: 'yes' })).toBe('holiday_2_start');
    expect(next('holiday_2_more', { ...s, has_holidays: 'yes', holiday_more: 'yes', holiday_2_more: 'yes' })).toBe('holiday_3_start');
    expect(next('holiday_3_end', { ...s, has_holidays: 'yes', holiday_more: 'yes', holiday_2_more: 'yes' })).toBe('disability_related');
    const three = replay({
      ...s, has_holidays: 'yes', holiday_start: '2026-12-21', holiday_end: '2027-01-01', holiday_more: 'yes', holiday_2_start: '2027-02-15', holiday_2_end: '2027-02-19',
      holiday_2_more: 'yes', holiday_3_start: '2027-01-04', holiday_3_end: '2027-01-04', disability_related: 'no',
    }, today);
    expect(three.current).toBe(CHECK_PAGE);
    expect(toSituation(three.answers)['school_holidays']).toEqual([['2026-12-21', '2027-01-01'], ['2027-02-15', '2027-02-19'], ['2027-01-04', '2027-01-04']]);
    expect(toSituation({ ...s, has_holidays: 'no' })['school_holidays']).toEqual([]);
    expect(toSituation({ ...s, has_holidays: 'unsure' })['school_holidays']).toBeNull();
    expect(checkAnswer('holiday_end', '2026-12-20', { holiday_start: '2026-12-21' }, today)).toMatchObject({ ok: false, message: expect.stringMatching(/same as or after/) });
  });

  it('lets "not sure" be said for the suspension length, the exam and the representations, and counts back-to-back suspensions', () => {
    const length = QUESTIONS.find((q) => q.id === 'suspension_length_days')!;
    expect(length.hint).toMatch(/count them together/);
    expect(checkAnswer('suspension_length_days', 'unknown', {}, today)).toEqual({ ok: true, value: 'unknown' });
    expect(checkAnswer('misses_public_exam', 'unsure', {}, today)).toEqual({ ok: true, value: 'unsure' });
    expect(checkAnswer('representations_made', 'unsure', {}, today)).toEqual({ ok: true, value: 'unsure' });
    const situation = toSituation({ event: 'suspension', suspension_length_days: 'unknown', misses_public_exam: 'unsure', representations_made: 'unsure', suspension_days_this_term: '8' });
    expect(situation).not.toHaveProperty('suspension_length_days');
    expect(situation).not.toHaveProperty('misses_public_exam');
    expect(situation).not.toHaveProperty('representations_made');
    expect(QUESTIONS.find((q) => q.id === 'exclusion_notice')!.title).toMatch(/first told/);
    expect(QUESTIONS.find((q) => q.id === 'suspension_notice')!.title).toMatch(/first told/);
  });

  it('asks when the board\'s decision reached the parent, offers same_phase moves and the conceded appeal (rules-table §12)', () => {
    const upheld = { who: 'parent', setting: 'school', has_ehc_plan: 'no', topic: 'setting', event: 'permanent_exclusion_upheld' };
    expect(next('board_decision_sent_by', upheld)).toBe('board_decision_received');
    expect(QUESTIONS.find((q) => q.id === 'board_decision_received')!.title).toBe('When did the letter or email reach you?');
    expect(toSituation({ ...upheld, board_decision_received: '2026-11-16' })['dates']).toEqual({ board_decision_received: '2026-11-16' });
    expect(checkAnswer('transfer_kind', 'same_phase', {}, today)).toEqual({ ok: true, value: 'same_phase' });
    const conceded = { who: 'parent', setting: 'school', has_ehc_plan: 'yes', topic: 'after', event: 'la_conceded_appeal' };
    expect(TOPICS['after']!.events.find((e) => e.value === 'la_conceded_appeal')!.text).toBe('The LA said it will not oppose my appeal');
    expect(next('event', conceded)).toBe('appeal_about');
    expect(next('appeal_about', { ...conceded, appeal_about: 'amend_plan' })).toBe('la_notified_tribunal');
    expect(toSituation({ ...conceded, appeal_about: 'amend_plan', la_notified_tribunal: '2026-11-10' })).toMatchObject({ order_type: 'amend_plan', dates: { la_notified_tribunal: '2026-11-10' } });
  });

  it('matches options regardless of case and refuses "not sure" with a section', () => {
    expect(checkAnswer('who', 'Parent', {}, today)).toEqual({ ok: true, value: 'parent' });
    expect(checkAnswer('disagree_with', 'b,f', {}, today)).toEqual({ ok: true, value: 'B,F' });
    expect(checkAnswer('disagree_with', 'B,unsure', {}, today)).toMatchObject({ ok: false, message: expect.stringMatching(/not both/) });
    expect(checkAnswer('decision_letter', '2026-13-45', {}, today)).toMatchObject({ ok: false, message: 'The date on the decision letter must be a real date, for example 12 3 2026' });
    expect(checkAnswer('decision_letter', '2027-01-01', {}, today)).toMatchObject({ ok: false, message: 'The date on the decision letter must be today or in the past' });
  });

  it('turns date boxes into a date with GOV.UK\'s messages, naming only the boxes to fix', () => {
    expect(dateFromParts('12', '3', '2026')).toBe('2026-03-12');
    expect(dateFromParts('', '', '')).toBe('empty');
    expect(dateFromParts('12', '3', '26')).toEqual({ message: 'Year must include 4 numbers', parts: ['year'] });
    expect(dateFromParts('12', '', '2026', 'the date on the decision letter')).toEqual({ message: 'The date on the decision letter must include a month', parts: ['month'] });
    expect(dateFromParts('', '', '2026')).toEqual({ message: 'The date must include a day and a month', parts: ['day', 'month'] });
    expect(dateFromParts('30', '2', '2026')).toMatchObject({ parts: ['day'] });
    expect(dateFromParts('3', '13', '2026')).toMatchObject({ parts: ['month'] });
    expect(dateFromParts('x', '3', '2026')).toMatchObject({ parts: ['day'] });
  });

  it('drops answers that no longer apply when an earlier answer changes', () => {
    const query = { who: 'parent', setting: 'school', has_ehc_plan: 'no', topic: 'la_decision', event: 'la_refused_assessment', decision_letter: '2026-10-12', decision_email_sent: 'no', mediation_stage: 'none' };
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
