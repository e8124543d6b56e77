// Letters: the strict start-up check, and each letter filled for representative situations (its
// dates from the outcome in words, its legal source, the parent's details in the right places).
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock, isoDate } from '../../src/dates/index.js';
import { LETTER_IDS, type LetterId } from '../../src/letters/catalogue.js';
import { letterAsText } from '../../src/letters/fill.js';
import { LetterContentError, loadLetterFile, loadLetters } from '../../src/letters/loader.js';
import { loadServiceProfile } from '../../src/services/service-profile.js';
import { buildLetterPage, letterLinksByRoute, lettersForApi } from '../../src/view-models/letters.js';
import { checkPersonalDetails, type PersonalDetails } from '../../src/view-models/letter-form.js';
import { contentDir } from '../support/app.js';
import { shippedCalendar } from '../support/calendar.js';
import { JOURNEYS } from '../support/journeys.js';
import * as CASES from '../support/letter-cases.js';

const letters = loadLetters(contentDir);
const profile = loadServiceProfile(contentDir, 'milton-keynes');
const clock = fixedClock('2026-11-24T12:00:00Z');
const details: PersonalDetails = {
  parent_name: 'Alex Parent',
  parent_address: '1 High Street\nMilton Keynes\nMK9 1AA',
  child_name: 'Sam Parent',
  child_dob: '2016-04-03',
  la_reference: 'EHC-12345',
  school_name: 'Oak Primary School',
  sen_expert: '',
};
const journey = (name: string) => Object.fromEntries(JOURNEYS.find((j) => j.name === name)!.answers);

function filled(id: LetterId, answers: Record<string, string>, withDetails: PersonalDetails = details) {
  const template = letters.find((l) => l.id === id)!;
  const built = buildLetterPage({ template, answers, clock, calendar: shippedCalendar, profile, details: withDetails });
  if (!built.ok) throw new Error(`${id}: ${built.reason} ${built.problems?.join('; ') ?? ''}`);
  return built.page;
}

const ASSESSMENT_LATE = Object.fromEntries(CASES.ASSESSMENT_LATE);
const DRAFT_PLAN = Object.fromEntries(CASES.DRAFT_PLAN);
const PROVISION = Object.fromEntries(CASES.PROVISION);
const EXCLUSION = Object.fromEntries(CASES.EXCLUSION);

describe('the letters in content/letters', () => {
  it('has every letter the site can fill, each citing its law and reviewed', () => {
    expect(letters.map((l) => l.id).sort()).toEqual([...LETTER_IDS].sort());
    for (const letter of letters) {
      expect(letter.sources.length).toBeGreaterThan(0);
      expect(letter.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('gives every step that asks the parent to write a letter to use', () => {
    const byRoute = letterLinksByRoute(letters);
    const writingRoutes = ['request_ehc_needs_assessment', 'chase_la', 'enforce_order_or_agreement', 'mediation_advice', 'mediation', 'setting_complaint', 'la_complaint', 'governing_board_review', 'independent_review_panel', 'make_representations'] as const;
    for (const route of writingRoutes) expect(byRoute[route]?.length, route).toBeGreaterThan(0);
  });

  it('maps routes to letters for the next-steps page and the API', () => {
    const byRoute = letterLinksByRoute(letters);
    expect(byRoute.chase_la?.map((l) => l.id)).toEqual(['chase-la']);
    expect(byRoute.independent_review_panel?.map((l) => l.id)).toEqual(expect.arrayContaining(['review-panel', 'records-request']));
    expect(lettersForApi(letters).letters.find((l) => l.id === 'plan-comments')?.routes).toEqual(['make_representations']);
  });
});

describe('each letter, filled', () => {
  it('asks for an assessment, with the 6-week decision date if the LA gets it today (reg 5)', () => {
    const page = filled('request-assessment', journey('unhappy with SEN support'));
    expect(page.text).toContain('section 36(1) of the Children and Families Act 2014');
    // 24 November 2026 + 6 weeks, from the rules run with the request received today.
    expect(page.text).toContain('that is by Tuesday 5 January 2027');
    expect(page.text).toContain('Sam Parent, born Sunday 3 April 2016, who goes to Oak Primary School');
    expect(page.text).toContain('Our reference: EHC-12345');
    expect(page.recipient).toEqual(['Milton Keynes SEN team', 'Milton Keynes Council']);
  });

  it('chases a missed 6-week decision with the due date, the days late and the regulation', () => {
    const page = filled('chase-la', ASSESSMENT_LATE);
    // Received 1 September 2026 + 6 weeks = 13 October 2026; 42 days before 24 November.
    expect(page.text).toContain('decide whether to carry out an EHC needs assessment, and tell me by Tuesday 13 October 2026 (SEND Regulations 2014 reg 5(1) and reg 4(1))');
    expect(page.text).toContain('today it is 42 days late');
    expect(page.whatNext.join(' ')).toMatch(/Ombudsman.*by \w+day \d+ \w+ 2027/);
  });

  it.each([
    ['a Tribunal order', { event: 'tribunal_order', order_made: '2026-09-01', order_sent: '2026-09-01' }, 'reg 44(2)(e)'],
    ['a conceded appeal', { event: 'la_conceded_appeal', la_notified_tribunal: '2026-09-01' }, 'reg 45(4)'],
  ])('chases the amended plan after %s, quoting the regulation', (_name, extra, regulation) => {
    const answers = { who: 'parent', setting: 'school', has_ehc_plan: 'yes', topic: 'after', order_type: 'amend_plan', ...extra };
    const page = filled('chase-la', answers);
    // 1 September 2026 + 5 weeks = 6 October 2026; 49 days before 24 November.
    expect(page.text).toContain('issue the amended EHC plan by Tuesday 6 October 2026');
    expect(page.text).toContain(regulation);
    expect(page.text).toContain('today it is 49 days late');
  });

  it('declines mediation: contact date (reg 33), certificate in 3 working days (reg 34), the appeal date', () => {
    const page = filled('mediation-no-thanks', journey('refused assessment'));
    expect(page.text).toContain('which end on Friday 11 December 2026');
    expect(page.text).toContain('regulation 34');
    expect(page.text).toContain('that is by Friday 27 November 2026');
    expect(page.whatNext.join(' ')).toContain('5pm on Monday 14 December 2026');
  });

  it('asks for mediation: the LA has 30 days from being told', () => {
    const page = filled('mediation-yes-please', journey('refused assessment'));
    // 24 November 2026 + 30 days.
    expect(page.text).toContain('that is by Thursday 24 December 2026');
    expect(page.text).toContain('regulation 33');
  });

  it('complains to the school, asking for a reply in 15 working days and keeping the claim date in view', () => {
    const page = filled('complaint-school', journey('disability discrimination'));
    expect(page.text).toContain('This is a formal complaint');
    expect(page.text).toContain('by Tuesday 15 December 2026');
    expect(page.whatNext.join(' ')).toContain('must be made by Wednesday 12 May 2027');
    expect(page.recipient).toEqual(['The head teacher', 'Oak Primary School']);
  });

  it('complains to the LA (stage 1) with a reply date and the Ombudsman', () => {
    const page = filled('complaint-la', PROVISION);
    expect(page.text).toContain('stage 1');
    expect(page.text).toContain('complaint');
    expect(page.text).toContain('by Tuesday 22 December 2026');
    expect(page.recipient[0]).toBe("Milton Keynes Council's Comments, Compliments and Complaints procedure");
    expect(page.whatNext.join(' ')).toMatch(/Ombudsman: do it by \w+day \d+ \w+ 2027/);
  });

  it('writes to the governing board with the date it must meet by, asking to attend and for a written decision', () => {
    const page = filled('governing-board', EXCLUSION);
    expect(page.text).toMatch(/reinstated by \w+day \d+ December 2026/);
    expect(page.text).toContain('I want to attend');
    expect(page.text).toContain('has been permanently excluded');
    expect(page.text).toContain('decision, and its reasons, in writing');
    expect(letters.find((l) => l.id === 'governing-board')!.sources.join(' ')).toContain('regulations 6, 15 and 24');
  });

  it('writes to the board after a short suspension without a meeting date the law does not give', () => {
    const page = filled('governing-board', Object.fromEntries(CASES.SHORT_SUSPENSION));
    expect(page.text).toContain('has been suspended');
    expect(page.text).not.toContain('must consider whether my child should be reinstated');
    expect(page.text).toContain('if the board meets');
  });

  it('applies for a review panel without a SEN expert when the parent says no', () => {
    const page = filled('review-panel', journey('permanent exclusion upheld'), { ...details, sen_expert: 'no' });
    expect(page.text).toContain('I am not asking for a SEN expert');
    expect(page.text).not.toContain('I ask for a SEN expert');
  });

  it('applies for a review panel within 15 school days, with a SEN expert, naming the board letter date', () => {
    const page = filled('review-panel', journey('permanent exclusion upheld'), { ...details, sen_expert: 'yes' });
    expect(page.text).not.toContain('I am not asking for a SEN expert');
    expect(page.text).toContain("The governing board's letter of Friday 13 November 2026");
    expect(page.text).toContain('by Friday 4 December 2026');
    expect(page.text).toContain('SEN expert');
    expect(page.howToSend.join(' ')).toContain('second working day after posting');
  });

  it('comments on a draft plan within 15 days (reg 13), asking for a school (s.38)', () => {
    const page = filled('plan-comments', DRAFT_PLAN);
    // Draft sent Friday 20 November 2026: day 1, so day 15 is Friday 4 December 2026.
    expect(page.text).toContain('by Friday 4 December 2026');
    expect(page.text).toContain('section 38(2)(b)');
    // Request received 6 July 2026 + 20 weeks (reg 13(2)).
    expect(page.text).toContain('The final plan must be issued by Monday 23 November 2026');
  });

  it('asks for records under Article 15 and the 2005 Regulations, with the next deadline', () => {
    const page = filled('records-request', journey('disability discrimination'));
    expect(page.text).toContain('Article 15');
    expect(page.text).toContain('15 school days');
    expect(page.text).toContain('a deadline on Wednesday 12 May 2027');
  });

  it('leaves out a paragraph whose value this situation lacks (no LA reference)', () => {
    const page = filled('request-assessment', journey('unhappy with SEN support'), { ...details, la_reference: '' });
    expect(page.text).not.toContain('Our reference');
  });

  it('keeps what the parent typed as plain text: the outputs escape it (here: "&")', () => {
    const page = filled('chase-la', ASSESSMENT_LATE, { ...details, parent_name: 'Alex & Jo Parent' });
    expect(letterAsText(page.filled)).toMatch(/^Alex & Jo Parent\n1 High Street/);
  });

  it('is not offered for a situation none of its routes fit', () => {
    const template = letters.find((l) => l.id === 'review-panel')!;
    expect(buildLetterPage({ template, answers: journey('refused assessment'), clock, calendar: shippedCalendar, profile }).ok).toBe(false);
  });
});

describe('the personal details form', () => {
  const body = { parent_name: 'Alex', parent_address: '1 High Street', child_name: 'Sam', 'child_dob-day': '3', 'child_dob-month': '4', 'child_dob-year': '2016' };
  const check = (extra: Record<string, string>) => checkPersonalDetails({ ...body, ...extra }, isoDate('2026-11-24'), { asksSenExpert: extra['asks'] === 'yes' });

  it('accepts good details', () => {
    expect(check({}).ok).toBe(true);
  });
  it.each([
    ['a date of birth in the future', { 'child_dob-year': '2027' }, 'child_dob-day'],
    ['a date of birth that is not real', { 'child_dob-day': '31', 'child_dob-month': '2' }, 'child_dob-day'],
    ['a 5 KB name', { parent_name: 'A'.repeat(5000) }, 'parent_name'],
    ['HTML in a field', { child_name: '<script>alert(1)</script>' }, 'child_name'],
    ['no address', { parent_address: '  ' }, 'parent_address'],
    ['no answer about the SEN expert on the review panel letter', { asks: 'yes' }, 'sen_expert'],
  ])('refuses %s with a message for that field', (_name, extra, field) => {
    const result = check(extra);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.field)).toEqual([field]);
  });
  it('names the date of birth in its messages, and asks for it when it is left blank', () => {
    const blank = check({ 'child_dob-day': '', 'child_dob-month': '', 'child_dob-year': '' });
    expect(blank.ok ? [] : blank.errors.map((e) => e.message)).toEqual(["Enter your child's date of birth"]);
    const noMonth = check({ 'child_dob-month': '' });
    expect(noMonth.ok ? [] : noMonth.errors.map((e) => e.message)).toEqual(['The date of birth must include a month']);
  });
});

describe('the start-up check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'letters-'));
  mkdirSync(join(dir, 'letters'), { recursive: true });
  const good = letters.find((l) => l.id === 'chase-la')!;
  const frontMatter = (extra = '') => `---
id: chase-la
title: Chase
summary: A letter for testing the loader.
routes: [chase_la]
to: la_sen_team
subject: "About {{child_name}}"
sources: ["SEND Regulations 2014 reg 5"]
how_to_send: ["Send it by e-mail."]
what_next: ["Wait for the reply."]
last_reviewed: "2026-12-04"${extra}
---
`;
  const write = (text: string) => {
    const file = join(dir, 'letters', 'chase-la.md');
    writeFileSync(file, text);
    return file;
  };

  it('loads a good file', () => {
    expect(loadLetterFile(write(`${frontMatter()}Dear team, {{child_name}} is waiting since {{due_date}}.\n`)).id).toBe(good.id);
  });
  it.each([
    ['an unknown placeholder', `${frontMatter()}Dear {{head_teacher}},\n`, /chase-la\.md: .*unknown placeholder \{\{head_teacher\}\}/],
    ['a placeholder left open', `${frontMatter()}Dear {{child_name},\n`, /chase-la\.md: .*not closed/],
    ['a heading', `${frontMatter()}## Dear team\n`, /chase-la\.md: .*heading/],
    ['formatting', `${frontMatter()}Dear **team**\n`, /chase-la\.md: .*strong/],
    ['a misspelt key', `${frontMatter('\nsorces: []')}Dear team\n`, /chase-la\.md: /],
    ['a route that does not exist', `${frontMatter().replace('[chase_la]', '[chase_school]')}Dear team\n`, /chase-la\.md: .*routes/],
    ['a subject needing a value that may be missing', `${frontMatter().replace('About {{child_name}}', 'About {{la_reference}}')}Dear team\n`, /chase-la\.md: subject: unknown placeholder/],
    ['JavaScript front matter', `---js\n{ id: 'chase-la' }\n---\nDear team\n`, /chase-la\.md: .*only YAML/],
  ])('stops start-up on %s, naming the file', (_name, text, message) => {
    const file = write(text);
    expect(() => loadLetterFile(file)).toThrow(LetterContentError);
    expect(() => loadLetterFile(file)).toThrow(message);
  });
});
