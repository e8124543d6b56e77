// The page, the JSON API, the e-mail link and the calendar render one outcome's plan, so they agree
// on the first action, the order of the steps and whose each date is (issue 10).
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../support/app.js';
import { elementById } from '../support/html.js';
import { JOURNEYS } from '../support/journeys.js';

const app = buildTestApp();
const qs = (pairs: [string, string][]) => new URLSearchParams(pairs).toString();

// The same situations as questionnaire answers and as API bodies (test clock Tue 24 Nov 2026).
const exclusionAnswers: [string, string][] = [
  ['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'no'], ['topic', 'setting'], ['event', 'permanent_exclusion'], ['school_run_by', 'unsure'],
  ['exclusion_notice', '2026-11-17'], ['exclusion_starts', '2026-11-18'], ['board_notified', 'unknown'], ['has_holidays', 'unsure'], ['disability_related', 'yes'],
];

async function pageAndApi(answers: [string, string][], situation: object) {
  const page = await request(app).get(`/next-steps/result?${qs(answers)}`);
  const api = await request(app).post('/api/v1/next-steps').send({ ...situation, as_of: '2026-11-24' });
  const ics = await request(app).get(`/next-steps/calendar.ics?${qs(answers)}`);
  return { page, api, ics: ics.text.replace(/\r\n /g, '') };
}

const stepsOnPage = (html: string) => [...html.matchAll(/data-route="([a-z_]+)" data-step="(\d+)"/g)].map((m) => m[1]);

describe('one plan, several views', () => {
  it('refused assessment: page and API agree on the first action and the steps; the calendar reminds before your own dates only', async () => {
    const { page, api, ics } = await pageAndApi(JOURNEYS[0]!.answers, {
      who: 'parent', setting: 'school', has_ehc_plan: false, event: 'la_refused_assessment', dates: { decision_letter: '2026-10-12' },
    });
    expect(page.status).toBe(200);
    expect(api.status).toBe(200);
    const plan = api.body.plan;
    expect(elementById(page.text, 'first-action')).toContain(`data-route="${plan.first_action.route}"`);
    expect(stepsOnPage(page.text)).toEqual(plan.steps.filter((s: { track: string }) => s.track === 'sequence').map((s: { route: string }) => s.route));
    // Two parent dates due (contact the adviser, appeal), each with reminders 14 and 2 days before.
    expect(ics.match(/BEGIN:VALARM/g)).toHaveLength(4);
    expect(ics.match(/TRIGGER:-P14D/g)).toHaveLength(2);
    expect(ics.match(/TRIGGER:-P2D/g)).toHaveLength(2);
    expect(ics).toContain('SUMMARY:Last safe day: Contact the mediation adviser');
    expect(ics).toContain('DESCRIPTION:Your deadline.');
    // The calendar description carries the same summary the page reads aloud.
    const summary = elementById(page.text, 'summary-for-caller').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(ics.replace(/\\([,;])/g, '$1')).toContain(summary.slice(summary.indexOf('You told us'), summary.indexOf('You told us') + 80));
  });

  it('ends with the factsheets about the situation itself', async () => {
    const page = await request(app).get(`/next-steps/result?${qs(exclusionAnswers)}`);
    const readMore = page.text.slice(page.text.indexOf('id="read-more"'), page.text.indexOf('What to gather'));
    expect(readMore).toContain('href="/factsheets/school-exclusions"');
    expect(readMore).toContain('href="/factsheets/children-out-of-school"');
  });

  it('exclusion: the board and the sixth-day duty lead; the clock lists the duties of others; their calendar entries say so and carry no reminder', async () => {
    const { page, api, ics } = await pageAndApi(exclusionAnswers, {
      who: 'parent', setting: 'school', has_ehc_plan: false, event: 'permanent_exclusion', disability_related: true,
      dates: { exclusion_notice: '2026-11-17', exclusion_starts: '2026-11-18' },
    });
    expect(api.body.plan.first_action).toMatchObject({ route: 'governing_board_review', deadline: 'governing_board_consider_reinstatement', duties: ['full_time_education_from'] });
    const panel = elementById(page.text, 'first-action');
    expect(panel).toContain('data-route="governing_board_review"');
    expect(panel).toContain('The governing board must meet to consider taking your child back by Tuesday 8 December 2026 (later if the school has closure days).');
    expect(panel).toContain('The local authority (LA) must give your child full-time education from Wednesday 25 November 2026');
    expect(panel).toContain('(2 weeks from today)');
    expect(stepsOnPage(page.text)).toEqual(['governing_board_review', 'independent_review_panel']);
    const clock = elementById(page.text, 'clock');
    expect(clock).toContain('data-duty="governing_board_consider_reinstatement" data-status="due"');
    expect(clock).toContain('Due: Tuesday 8 December 2026.');
    expect(ics).toContain('SUMMARY:The governing board (their duty)');
    expect(ics).toContain('CATEGORIES:DUTY OF OTHERS');
    // Only the discrimination claim is the parent's own date here.
    expect(ics.match(/BEGIN:VALARM/g)).toHaveLength(2);
    expect(page.text).not.toContain('at the earliest');
    expect(page.text).not.toContain('no earlier than)');
  });

  it('late LA: writing to the LA leads, and the clock says by how many days the LA missed its date', async () => {
    const answers: [string, string][] = [
      ['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'no'], ['topic', 'la_waiting'], ['event', 'la_delay'], ['request_received_by_la', '2026-09-01'], ['la_agreed_to_assess', 'unknown'],
    ];
    const page = await request(app).get(`/next-steps/result?${qs(answers)}`);
    if (page.status === 302) throw new Error(`questionnaire wants ${page.headers['location']}`);
    expect(elementById(page.text, 'first-action')).toContain('data-route="chase_la"');
    expect(elementById(page.text, 'clock')).toContain('Missed by 42 days.');
    expect(page.text).not.toMatch(/missed its [a-z]+_[a-z_]+ date/);
    // The complaint goes to the council's complaints procedure named in the profile, not the SEN team.
    const complaintStep = page.text.match(/data-route="la_complaint" data-step="\d+">[\s\S]*?<\/li>/)?.[0] ?? '';
    expect(complaintStep).toContain("Milton Keynes Council&#39;s Comments, Compliments and Complaints procedure");
    const api = await request(app).post('/api/v1/next-steps').send({
      who: 'parent', setting: 'school', has_ehc_plan: false, event: 'la_delay', dates: { request_received_by_la: '2026-09-01' }, as_of: '2026-11-24',
    });
    expect(api.body.plan.steps.find((step: { route: string }) => step.route === 'la_complaint')).toMatchObject({ contact: 'la_complaints' });
  });

  it('near the end of the bank-holiday data, a pending certificate keeps the in-time appeal and never says the date has passed', async () => {
    // Sent Mon 16 Oct 2028 (appeal Mon 18 Dec 2028); mediation asked for on Fri 1 Dec 2028; today 20 Dec 2028.
    const late2028 = buildTestApp('milton-keynes', { now: '2028-12-20T12:00:00Z' });
    const answers: [string, string][] = [
      ['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'no'], ['topic', 'la_decision'], ['event', 'la_refused_assessment'],
      ['decision_letter', '2028-10-16'], ['decision_email_sent', 'no'], ['mediation_stage', 'asked'], ['contacted_mediation_adviser', '2028-11-01'],
      ['told_la_wants_mediation', '2028-12-01'], ['mediation_progress', 'waiting'],
    ];
    const res = await request(late2028).get(`/next-steps/result?${qs(answers)}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('data-route="send_tribunal_appeal"');
    expect(res.text).not.toContain('data-route="send_tribunal_late_appeal"');
    const row = res.text.slice(res.text.indexOf('data-deadline="tribunal_appeal"'));
    expect(row.slice(0, row.indexOf('</tr>'))).toContain('data-status="paused"');
    expect(res.text).not.toContain('This date has passed');
  });

  it('disability claim ending this week: the claim leads on the page, in the API and in the summary, and the steps keep the law\'s order', async () => {
    // One act on Fri 29 May 2026: six months end Sat 28 Nov, so the safe day is Fri 27 Nov, 3 days after the test clock.
    const answers: [string, string][] = [
      ['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'no'], ['topic', 'setting'], ['event', 'disability_discrimination'], ['school_run_by', 'unsure'], ['conduct_kind', 'one'], ['conduct', '2026-05-29'],
    ];
    const { page, api, ics } = await pageAndApi(answers, { who: 'parent', setting: 'school', has_ehc_plan: false, event: 'disability_discrimination', dates: { conduct: '2026-05-29' } });
    expect(api.body.plan.first_action).toMatchObject({ route: 'disability_discrimination_claim', deadline: 'disability_discrimination_claim', reason: 'due_this_week', urgency: 'this_week' });
    const panel = elementById(page.text, 'first-action');
    expect(panel).toContain('data-route="disability_discrimination_claim"');
    expect(panel).toContain('Friday 27 November 2026');
    expect(panel).toContain('(3 days from today)');
    expect(stepsOnPage(page.text)).toEqual(['talk_to_setting', 'setting_complaint', 'disability_discrimination_claim']);
    const why = 'This comes first because its time limit ends within a week, and the other steps do not stop that clock.';
    expect(panel).toContain(why);
    expect(elementById(page.text, 'summary-for-caller')).toMatch(/The first thing to do is to [^.]*claim/);
    expect(elementById(page.text, 'summary-for-caller')).toContain(why);
    expect(ics).toContain('DTSTART;VALUE=DATE:20261127');
  });

  it('the e-mail link carries a subject, the summary, the dates, the helpline and the link', async () => {
    const page = await request(app).get(`/next-steps/result?${qs(JOURNEYS[0]!.answers)}`);
    const href = /href="(mailto:[^"]+)"/.exec(page.text)![1]!.replace(/&amp;/g, '&');
    const params = new URLSearchParams(href.slice('mailto:?'.length));
    expect(params.get('subject')).toBe('Your SEND next steps: Contact the mediation adviser');
    const body = params.get('body')!;
    expect(body).toContain('You told us that the local authority (LA) refused');
    expect(body).toContain('- Friday 11 December 2026: Contact the mediation adviser (your deadline)');
    expect(body).toContain('Help: MK SENDIAS, 01908 254518');
    expect(body).toMatch(/Your plan: http:\/\/[^ ]+\/next-steps\/result\?who=parent/);
  });

  it.each(JOURNEYS.map((j) => [j.name, j] as const))('the read-aloud summary for "%s" is in full sentences, second person, with capitals and no ids', async (_name, journey) => {
    const page = await request(app).get(`/next-steps/result?${qs(journey.answers)}`);
    const summary = elementById(page.text, 'summary-for-caller').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').replace('Summary', '').trim();
    expect(summary).toMatch(/^You told us that /);
    expect(summary).toMatch(/\.$/);
    expect(summary).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
    expect(summary).not.toMatch(/\b(la|send|sendias|ehc|ipsea)\b/);
    expect(summary).not.toMatch(/(?<!section )\bI\b|\b(my|me)\b/);
    for (const sentence of summary.split(/(?<=\.) /)) expect(sentence.split(' ').length, sentence).toBeLessThan(40);
  });
});
