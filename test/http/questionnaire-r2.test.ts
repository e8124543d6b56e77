// The questionnaire without dead ends (issue 11) over HTTP: ways out, the e-mail question, key dates
// not known, bad links, changing an answer, GOV.UK date errors, and govuk-frontend's script.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../support/app.js';
import { elementById, titleOf } from '../support/html.js';
import { JOURNEYS } from '../support/journeys.js';

const app = buildTestApp();
const qs = (pairs: [string, string][] | Record<string, string>) => new URLSearchParams(pairs).toString();
const refused: [string, string][] = [['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'no'], ['topic', 'la_decision'], ['event', 'la_refused_assessment']];
const submit = (id: string, answers: [string, string][], fields: Record<string, string>) =>
  request(app).get(`/next-steps/question/${id}?${qs([...answers, ['answering', id], ...Object.entries(fields)])}`);
const visibleText = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the e-mail question', () => {
  it('asks the letter date first, then whether it was e-mailed; "No" gives a plan with no "not sure" box', async () => {
    const letter = await submit('decision_letter', refused, { 'decision_letter-day': '12', 'decision_letter-month': '10', 'decision_letter-year': '2026' });
    expect(letter.headers['location']).toBe(`/next-steps/question/decision_email_sent?${qs([...refused, ['decision_letter', '2026-10-12']])}`);
    const no = await submit('decision_email_sent', [...refused, ['decision_letter', '2026-10-12']], { decision_email_sent: 'no' });
    expect(no.headers['location']).toMatch(/^\/next-steps\/question\/mediation_stage\?/);
    const yes = await submit('decision_email_sent', [...refused, ['decision_letter', '2026-10-12']], { decision_email_sent: 'yes' });
    expect(yes.headers['location']).toMatch(/^\/next-steps\/question\/decision_emailed\?/);
    const result = await request(app).get(`/next-steps/result?${qs(JOURNEYS[0]!.answers)}`);
    expect(result.status).toBe(200);
    expect(result.text).not.toContain('data-unknown-date');
    expect(result.text).not.toContain('You were not sure');
    const dontKnow = JOURNEYS[0]!.answers.map(([k, v]) => [k, k === 'decision_email_sent' ? 'unsure' : v] as [string, string]);
    const unsure = await request(app).get(`/next-steps/result?${qs(dontKnow)}`);
    expect(elementById(unsure.text, 'unknown-date-decision_email_sent')).toContain('If an email with the decision came earlier, your deadlines are earlier');
  });
});

describe('the day the decision letter reached the parent', () => {
  const unsureOfLetter: [string, string][] = [...refused, ['decision_letter', 'unknown']];
  it('is asked after "I am not sure" of the letter date and no e-mail, with its own "not sure"', async () => {
    const letter = await submit('decision_letter', refused, { 'decision_letter-unsure': 'yes' });
    expect(letter.headers['location']).toBe(`/next-steps/question/decision_email_sent?${qs(unsureOfLetter)}`);
    const no = await submit('decision_email_sent', unsureOfLetter, { decision_email_sent: 'no' });
    expect(no.headers['location']).toBe(`/next-steps/question/decision_received?${qs([...unsureOfLetter, ['decision_email_sent', 'no']])}`);
    const page = await request(app).get(no.headers['location']!);
    expect(page.status).toBe(200);
    expect(titleOf(page.text)).toMatch(/^When did the letter reach you\?/);
    expect(page.text).toContain('name="decision_received-unsure"');
    const known = await submit('decision_email_sent', [...refused, ['decision_letter', '2026-10-12']], { decision_email_sent: 'no' });
    expect(known.headers['location']).toMatch(/^\/next-steps\/question\/mediation_stage\?/);
  });

  it('gives deadlines counted from the day it arrived, flagged as uncertain, with a note to check the letter date', async () => {
    const answers: [string, string][] = [...unsureOfLetter, ['decision_email_sent', 'no'], ['decision_received', '2026-10-14'], ['mediation_stage', 'none']];
    const res = await request(app).get(`/next-steps/result?${qs(answers)}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('data-deadline="tribunal_appeal"');
    const text = visibleText(res.text);
    expect(text).toContain('check the date on the letter');
    expect(visibleText(elementById(res.text, 'unknown-date-decision_letter'))).toContain('We counted from the day the letter reached you');
    const rows = res.text.match(/<tr[^>]*data-deadline="[^"]+"[\s\S]*?<\/tr>/g) ?? [];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toContain('Last day, counted from when the letter arrived');
    expect(text).toContain('Your real last day may be earlier');
    const appealRow = rows.find((row) => row.includes('data-deadline="tribunal_appeal"'));
    expect(appealRow).toContain('check the date on the letter');
  });

  it('"not sure" of that too: the key-date help, once', async () => {
    const answers: [string, string][] = [...unsureOfLetter, ['decision_email_sent', 'no'], ['decision_received', 'unknown'], ['mediation_stage', 'none']];
    const res = await request(app).get(`/next-steps/result?${qs(answers)}`);
    expect(res.status).toBe(200);
    expect([...res.text.matchAll(/data-unknown-date="([a-z_0-9]+)"/g)].map((m) => m[1])).toEqual(['decision_letter']);
    expect(visibleText(elementById(res.text, 'unknown-date-decision_letter'))).toContain('Your appeal deadline counts from the day the LA sent its decision');
  });
});

describe('who runs the school', () => {
  const exclusion = (runBy: string): [string, string][] => [
    ['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'no'], ['topic', 'setting'], ['event', 'permanent_exclusion'], ['school_run_by', runBy],
    ['exclusion_notice', '2026-11-16'], ['exclusion_starts', '2026-11-17'], ['board_notified', '2026-11-16'], ['has_holidays', 'unsure'], ['disability_related', 'yes'],
  ];
  it('is asked after an exclusion at a school, with plain options and a hint', async () => {
    const answered = await submit('event', exclusion('school').slice(0, 4), { event: 'permanent_exclusion' });
    expect(answered.headers['location']).toBe(`/next-steps/question/school_run_by?${qs(exclusion('school').slice(0, 5))}`);
    const page = await request(app).get(answered.headers['location']!);
    expect(page.status).toBe(200);
    expect(titleOf(page.text)).toMatch(/^Who runs the school\?/);
    expect(page.text).toContain('An independent (private) school that is not an academy');
    expect(page.text).toContain('This decides which exclusion rules apply');
    const next = await submit('school_run_by', exclusion('school').slice(0, 5), { school_run_by: 'other_provider' });
    expect(next.headers['location']).toMatch(/^\/next-steps\/question\/exclusion_notice\?/);
  });

  it('another organisation: no governing board or review panel, and the claim goes to the County Court', async () => {
    const other = await request(app).get(`/next-steps/result?${qs(exclusion('other_provider'))}`);
    expect(other.status).toBe(200);
    expect(other.text).not.toContain('data-route="governing_board_review"');
    expect(other.text).toContain('data-route="disability_discrimination_county_court"');
    const maintained = await request(app).get(`/next-steps/result?${qs(exclusion('school'))}`);
    expect(maintained.text).toContain('data-route="governing_board_review"');
    expect(maintained.text).not.toContain('data-route="disability_discrimination_county_court"');
    const independent = await request(app).get(`/next-steps/result?${qs(exclusion('independent_school'))}`);
    expect(visibleText(independent.text)).toContain('Independent schools that are not academies have their own procedures');
  });
});

describe('deciding not to go ahead with mediation after telling the LA', () => {
  const told: [string, string][] = [
    ['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'yes'], ['topic', 'la_decision'], ['event', 'la_refused_to_amend'], ['decision_letter', '2026-10-01'],
    ['decision_email_sent', 'no'], ['mediation_stage', 'asked'], ['contacted_mediation_adviser', '2026-10-15'], ['told_la_wants_mediation', '2026-11-02'],
  ];
  it('is an answer to "What has happened since you told the LA?", then asks about the certificate', async () => {
    const page = await request(app).get(`/next-steps/question/mediation_progress?${qs(told)}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('I decided not to go ahead, and told the mediation adviser');
    const answered = await submit('mediation_progress', told, { mediation_progress: 'declined' });
    expect(answered.headers['location']).toBe(`/next-steps/question/has_certificate?${qs([...told, ['mediation_progress', 'declined']])}`);
  });

  it('gives the certificate due 3 working days after first contact, as the rules do for a parent who declined', async () => {
    const res = await request(app).get(`/next-steps/result?${qs([...told, ['mediation_progress', 'declined'], ['has_certificate', 'no']])}`);
    expect(res.status).toBe(200);
    // Thu 15 Oct 2026 + 3 working days = Tue 20 Oct 2026.
    expect(res.text).toContain('data-deadline="mediation_certificate_due" data-date="2026-10-20"');
  });
});

describe('who is asking', () => {
  it('describes a young person by compulsory school age, never "aged 16 to 25"', async () => {
    const page = await request(app).get('/next-steps/question/who');
    expect(page.status).toBe(200);
    expect(page.text).toContain('A young person over compulsory school age and under 25');
    expect(page.text).not.toMatch(/16 to 25/);
  });
});

describe('ways out', () => {
  const wayOuts: [string, [string, string][]][] = [
    ['has_ehc_plan', [['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'unsure']]],
    ['topic', [['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'no'], ['topic', 'something_else']]],
    ['event', [...refused.slice(0, 4), ['event', 'something_else']]],
    ['mediation_stage', [...refused, ['decision_letter', '2026-10-12'], ['decision_email_sent', 'no'], ['mediation_stage', 'unsure']]],
  ];
  it.each(wayOuts)('"%s" leads to a help page with the factsheets, what to look for and the local helpline', async (id, answers) => {
    const last = answers.at(-1)!;
    const answered = await submit(id, answers.slice(0, -1), { [last[0]]: last[1] });
    expect(answered.status).toBe(303);
    expect(answered.headers['location']).toBe(`/next-steps/help?${qs(answers)}`);
    for (const [profile, phone, other] of [['milton-keynes', '01908 254518', '03000 41 3000'], ['kent', '03000 41 3000', '01908 254518']] as const) {
      const page = await request(buildTestApp(profile)).get(answered.headers['location']!);
      expect(page.status).toBe(200);
      expect(page.headers['cache-control']).toBe('no-store');
      const helpline = elementById(page.text, 'local-helpline');
      expect(helpline).toContain(phone);
      expect(helpline).not.toContain(other);
      expect(page.text).toContain('What to look for');
      expect(page.text).toContain('href="/factsheets/mediation"');
      expect(page.text).toContain(`href="/next-steps/question/${id}?`);
    }
  });

  it('sends a help-page link whose answers are not a way out back to the questions', async () => {
    const res = await request(app).get(`/next-steps/help?${qs(refused)}`);
    expect(res.status).toBe(302);
    expect(res.headers['location']).toMatch(/^\/next-steps\/question\/decision_letter\?/);
  });
});

describe('a key date not known', () => {
  it('says what the deadlines count from, how to get a copy with the local number, and what to do today; never an empty table', async () => {
    const answers = JOURNEYS[0]!.answers.flatMap(([k, v]): [string, string][] => (k === 'decision_letter' ? [[k, 'unknown']] : k === 'decision_email_sent' ? [[k, v], ['decision_received', 'unknown']] : [[k, v]]));
    for (const [profile, team] of [['milton-keynes', 'Milton Keynes'], ['kent', 'Kent County Council special educational needs (SEN) team']] as const) {
      const res = await request(buildTestApp(profile)).get(`/next-steps/result?${qs(answers)}`);
      expect(res.status).toBe(200);
      const text = visibleText(elementById(res.text, 'unknown-date-decision_letter'));
      expect(text).toContain('Your appeal deadline counts from the day the LA sent its decision');
      expect(text).toContain(team);
      expect(text).toContain('What to do today');
      const rows = (res.text.match(/data-deadline="/g) ?? []).length;
      if (rows === 0) {
        expect(res.text).not.toContain('app-deadlines');
        expect(res.text).toContain('We cannot show your deadlines until you know the date they count from');
      }
    }
  });

  it('gives each "not sure" its own help text', async () => {
    const exclusion: [string, string][] = [
      ['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'no'], ['topic', 'setting'], ['event', 'permanent_exclusion_upheld'], ['school_run_by', 'unsure'],
      ['exclusion_notice', '2026-11-02'], ['board_decision_letter', 'unknown'], ['board_decision_sent_by', 'email'], ['board_decision_received', 'unknown'],
      ['has_holidays', 'unsure'], ['disability_related', 'yes'],
    ];
    const res = await request(app).get(`/next-steps/result?${qs(exclusion)}`);
    expect(res.status).toBe(200);
    const notes = [...res.text.matchAll(/data-unknown-date="([a-z_0-9]+)"/g)].map((m) => m[1]);
    expect(notes).toEqual(['board_decision_letter', 'board_decision_received', 'has_holidays']);
    expect(res.text).toContain('within 15 school days of the day the board');
    expect(res.text).toContain('If it reached you later, you may have a little longer');
  });
});

describe('links that carry bad values', () => {
  it.each([
    ['decision_letter', '2026-13-45', 'The date on the decision letter must be a real date', ['value="45"', 'value="13"', 'value="2026"']],
    ['decision_letter', '2027-03-01', 'The date on the decision letter must be today or in the past', ['value="2027"']],
    ['decision_email_sent', 'maybe', 'Select yes if the LA also emailed you the decision', []],
  ] as const)('%s=%s comes back to the question with the value and a message', async (id, value, message, shown) => {
    const answers: [string, string][] = [...refused, ['decision_letter', '2026-10-12'], ['decision_email_sent', 'no'], ['mediation_stage', 'none']];
    const mangled = answers.map(([k, v]) => [k, k === id ? value : v] as [string, string]);
    const first = await request(app).get(`/next-steps/result?${qs(mangled)}`);
    expect(first.status).toBe(302);
    expect(first.headers['location']).toMatch(new RegExp(`^/next-steps/question/${id}\\?`));
    const page = await request(app).get(first.headers['location']!);
    expect(page.status).toBe(400);
    expect(titleOf(page.text)).toMatch(/^Error: /);
    expect(page.text).toContain(message);
    for (const s of shown) expect(page.text).toContain(s);
  });

  it('reads a link whose "&" became "&amp;" in an e-mail', async () => {
    const mangled = JOURNEYS[0]!.answers.map(([k, v]) => `${k}=${v}`).join('&amp;');
    const res = await request(app).get(`/next-steps/result?${mangled}`);
    expect(res.status).toBe(302);
    expect(res.headers['location']).toBe(`/next-steps/result?${qs(JOURNEYS[0]!.answers)}`);
  });

  it('matches option values regardless of case', async () => {
    const res = await request(app).get('/next-steps/question/setting?who=Parent');
    expect(res.status).toBe(302);
    expect(res.headers['location']).toBe('/next-steps/question/setting?who=parent');
  });
});

describe('changing an answer from Check your answers', () => {
  const full = JOURNEYS[0]!.answers;
  it('keeps the later answers still on the path and returns to Check your answers', async () => {
    const others = full.filter(([k]) => k !== 'event');
    const res = await request(app).get(`/next-steps/question/event?${qs([...others, ['answering', 'event'], ['event', 'la_refused_to_issue_plan'], ['return', 'check']])}`);
    expect(res.status).toBe(303);
    expect(res.headers['location']).toBe(`/next-steps/check?${qs(full.map(([k, v]) => [k, k === 'event' ? 'la_refused_to_issue_plan' : v] as [string, string]))}`);
  });

  it('asks only what is new, then returns to Check your answers', async () => {
    const others = full.filter(([k]) => k !== 'mediation_stage');
    const changed = await request(app).get(`/next-steps/question/mediation_stage?${qs([...others, ['answering', 'mediation_stage'], ['mediation_stage', 'deciding'], ['return', 'check']])}`);
    expect(changed.headers['location']).toBe(`/next-steps/question/contacted_mediation_adviser?${qs([...full.slice(0, -1), ['mediation_stage', 'deciding'], ['return', 'check']])}`);
    const date = await request(app).get(`${changed.headers['location']}&answering=contacted_mediation_adviser&contacted_mediation_adviser-day=20&contacted_mediation_adviser-month=10&contacted_mediation_adviser-year=2026`);
    expect(date.status).toBe(303);
    expect(date.headers['location']).toMatch(/^\/next-steps\/question\/has_certificate\?.*contacted_mediation_adviser=2026-10-20.*&return=check$/);
    const certificate = await request(app).get(`${date.headers['location']}&answering=has_certificate&has_certificate=no`);
    expect(certificate.status).toBe(303);
    expect(certificate.headers['location']).toMatch(/^\/next-steps\/check\?.*contacted_mediation_adviser=2026-10-20&has_certificate=no$/);
  });

  it('has a Back link, and Change links whose hidden text keeps capitals', async () => {
    const res = await request(app).get(`/next-steps/check?${qs(full)}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain(`<a href="/next-steps/question/mediation_stage?${qs(full).replace(/&/g, '&amp;')}" class="govuk-back-link">Back</a>`);
    expect(res.text).toContain('the answer to: What date is on the decision letter?');
    expect(res.text).not.toContain('role="button"');
  });
});

describe('date errors as GOV.UK writes them', () => {
  const at = [...refused];
  it('"26" for the year: "Year must include 4 numbers", only the year highlighted and linked', async () => {
    const res = await submit('decision_letter', at, { 'decision_letter-day': '12', 'decision_letter-month': '3', 'decision_letter-year': '26' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Year must include 4 numbers');
    expect(res.text).toContain('href="#decision_letter-year"');
    expect(res.text).toMatch(/govuk-input--width-4 govuk-input--error[^>]*id="decision_letter-year"|id="decision_letter-year"[^>]*govuk-input--error/);
    expect(res.text).not.toMatch(/id="decision_letter-day"[^>]*govuk-input--error/);
    expect(res.text).not.toMatch(/govuk-input--error[^>]*id="decision_letter-day"/);
  });

  it('a missing month: says so, and only the month is highlighted', async () => {
    const res = await submit('decision_letter', at, { 'decision_letter-day': '12', 'decision_letter-month': '', 'decision_letter-year': '2026' });
    expect(res.text).toContain('The date on the decision letter must include a month');
    expect(res.text).toContain('href="#decision_letter-month"');
    expect((res.text.match(/govuk-input--error/g) ?? []).length).toBe(1);
  });

  it('a date typed and "I am not sure" ticked: asks to choose one', async () => {
    const res = await submit('decision_letter', at, { 'decision_letter-day': '12', 'decision_letter-month': '3', 'decision_letter-year': '2026', 'decision_letter-unsure': 'yes' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('Enter the date on the decision letter or select &quot;I am not sure&quot;, not both');
  });

  it('"I am not sure, or all of it" cannot be ticked with a section: the exclusive "or" pattern and a message', async () => {
    const plan: [string, string][] = [['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'yes'], ['topic', 'la_decision'], ['event', 'final_plan_issued']];
    const blank = await request(app).get(`/next-steps/question/disagree_with?${qs(plan)}`);
    expect(blank.text).toContain('data-behaviour="exclusive"');
    expect(blank.text).toContain('govuk-checkboxes__divider');
    const both = await request(app).get(`/next-steps/question/disagree_with?${qs([...plan, ['answering', 'disagree_with'], ['disagree_with', 'B'], ['disagree_with', 'unsure']])}`);
    expect(both.status).toBe(400);
    expect(both.text).toContain('not both');
  });

  it('"I am not sure" for the suspension length', async () => {
    const suspension: [string, string][] = [
      ['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'no'], ['topic', 'setting'], ['event', 'suspension'], ['school_run_by', 'unsure'], ['suspension_notice', '2026-11-16'],
      ['suspension_starts', '2026-11-17'], ['suspension_days_this_term', '4'],
    ];
    const res = await submit('suspension_length_days', suspension, { suspension_length_days: '', 'suspension_length_days-unsure': 'yes' });
    expect(res.status).toBe(303);
    expect(res.headers['location']).toContain('suspension_length_days=unknown');
    const both = await submit('suspension_length_days', suspension, { suspension_length_days: '4', 'suspension_length_days-unsure': 'yes' });
    expect(both.status).toBe(400);
  });
});

describe("govuk-frontend's script", () => {
  it('is served from the site under the CSP, with no inline script beyond the template one, and links lose role="button"', async () => {
    const start = await request(app).get('/next-steps/start');
    const csp = String(start.headers['content-security-policy']);
    expect(csp).not.toContain('unsafe-inline');
    expect(start.text).not.toContain('role="button"');
    const src = /data-govuk-frontend="([^"]+)"/.exec(start.text)?.[1];
    expect(src).toMatch(/^\/js\/govuk-frontend\.[0-9a-f]{12}\.js$/);
    const script = await request(app).get(src!);
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toContain('javascript');
    expect(script.text).toContain('createAll');
    const inline = [...start.text.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)];
    expect(inline).toHaveLength(1);
  });
});
