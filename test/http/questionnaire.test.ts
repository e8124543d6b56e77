import fc from 'fast-check';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../support/app.js';
import { elementById } from '../support/html.js';
import { JOURNEYS } from '../support/journeys.js';

const app = buildTestApp();
const qs = (pairs: [string, string][]) => new URLSearchParams(pairs).toString();

describe('questionnaire over HTTP', () => {
  it.each(JOURNEYS.map((j) => [j.name, j] as const))('journey "%s" ends on the expected deadlines', async (_name, journey) => {
    const check = await request(app).get(`/next-steps/check?${qs(journey.answers)}`);
    expect(check.status).toBe(200);
    const result = await request(app).get(`/next-steps/result?${qs(journey.answers)}`);
    expect(result.status).toBe(200);
    expect(result.headers['cache-control']).toBe('no-store');
    expect(result.headers['x-robots-tag']).toBe('noindex');
    expect(result.text).toContain('<meta name="robots" content="noindex">');
    const shown = [...result.text.matchAll(/data-deadline="([a-z_]+)" data-date="([0-9-]+)"/g)].map((m) => [m[1], m[2]]);
    for (const expected of journey.expectedDeadlines) expect(shown).toContainEqual(expected);
    expect(result.text).toContain('01908 254518');
  });

  it("shows the local service's contact box on the next-steps page for each profile", async () => {
    const kent = buildTestApp('kent');
    const path = `/next-steps/result?${qs(JOURNEYS[0]!.answers)}`;
    const kentBox = elementById((await request(kent).get(path)).text, 'local-contacts');
    expect(kentBox).toContain('03000 41 3000');
    expect(kentBox).not.toContain('01908 254518');
    const mkBox = elementById((await request(app).get(path)).text, 'local-contacts');
    expect(mkBox).toContain('01908 254518');
    expect(mkBox).not.toContain('03000 41 3000');
  });

  it('answers an invalid answer with 400, an error summary linking to the field, and "Error:" in the title', async () => {
    const res = await request(app).get('/next-steps/question/setting?who=parent&answering=setting');
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/<title>Error: /);
    expect(res.text).toContain('href="#setting"');
    const date = await request(app).get(`/next-steps/question/decision_letter?${qs(JOURNEYS[0]!.answers.slice(0, 6))}&answering=decision_letter&decision_letter-day=30&decision_letter-month=2&decision_letter-year=2026`);
    expect(date.status).toBe(400);
    expect(date.text).toContain('href="#decision_letter-day"');
    expect(date.text).toContain('value="30"');
  });

  it('reuses a blank form without leaking one person\'s answer or error into another\'s page', async () => {
    const blank = async () => (await request(app).get('/next-steps/question/setting?who=parent')).text;
    const first = await blank();
    expect(first).not.toContain('checked');
    const answered = await request(app).get('/next-steps/question/setting?who=parent&setting=school');
    expect(answered.status).toBe(200);
    expect(answered.text).toMatch(/value="school" checked/);
    const wrong = await request(app).get('/next-steps/question/setting?who=parent&answering=setting&setting=nonsense');
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('govuk-radios__input');
    const again = await blank();
    expect(again).toBe(first);
    expect(again).not.toContain('govuk-form-group--error');
  });

  it('redirects a valid answer to the next question with a canonical URL', async () => {
    const res = await request(app).get('/next-steps/question/who?answering=who&who=parent');
    expect(res.status).toBe(303);
    expect(res.headers['location']).toBe('/next-steps/question/setting?who=parent');
  });

  it('makes URLs canonical: drops answers off the path and unknown parameters', async () => {
    const res = await request(app).get('/next-steps/question/topic?setting=school&who=parent&has_ehc_plan=no&junk=1');
    expect(res.status).toBe(302);
    expect(res.headers['location']).toBe('/next-steps/question/topic?who=parent&setting=school&has_ehc_plan=no');
    const jump = await request(app).get('/next-steps/result?who=parent');
    expect(jump.status).toBe(302);
    expect(jump.headers['location']).toBe('/next-steps/question/setting?who=parent');
  });

  it('leads with one first action, then numbered steps in the law\'s order, then what can run alongside', async () => {
    const res = await request(app).get(`/next-steps/result?${qs(JOURNEYS[0]!.answers)}`);
    const at = (text: string) => res.text.indexOf(text);
    const panel = elementById(res.text, 'first-action');
    expect(panel).toContain('data-route="mediation_advice"');
    expect(panel).toContain('Friday 11 December 2026');
    expect(panel).toContain('(2 weeks and 3 days from today)');
    expect(elementById(res.text, 'first-action-helpline')).toContain('href="tel:01908254518"');
    const steps = [...res.text.slice(at('id="steps"'), at('id="alongside"')).matchAll(/data-route="([a-z_]+)" data-step="(\d+)"/g)].map((m) => [m[1], m[2]]);
    expect(steps).toEqual([['mediation_advice', '1'], ['mediation', '2'], ['send_tribunal_appeal', '3']]);
    expect(at('data-route="sendiass" data-alongside="At any time"')).toBeGreaterThan(at('id="alongside"'));
    expect(at('id="first-action"')).toBeLessThan(at('id="steps"'));
  });

  it('opens with a summary an officer can read out: second person, capitals kept, the key facts, no ids', async () => {
    const res = await request(app).get(`/next-steps/result?${qs(JOURNEYS[0]!.answers)}`);
    const summary = elementById(res.text, 'summary-for-caller').replace(/<[^>]+>/g, ' ');
    expect(summary).toContain('You told us that the local authority (LA) refused to carry out an education, health and care (EHC) needs assessment.');
    expect(summary).toContain('The decision was sent on Monday 12 October 2026');
    expect(summary).toContain('The first thing to do is to contact the mediation adviser. The last safe day is Friday 11 December 2026.');
    expect(summary).toContain('call Milton Keynes Special Educational Needs and Disability Information, Advice and Support Service (MK SENDIAS) on 01908 254518');
    expect(summary).not.toMatch(/[a-z]+_[a-z_]+/);
    expect(summary).not.toMatch(/\bmy child\b|\bI\b/);
  });

  it('writes every date in words in the key dates, the working out and the notes', async () => {
    const res = await request(app).get(`/next-steps/result?${qs(JOURNEYS[2]!.answers)}`);
    const body = res.text.slice(res.text.indexOf('id="deadlines"'), res.text.indexOf('What to gather'));
    const visible = body.replace(/<[^>]+>/g, ' ');
    expect(visible).toContain('Monday 21 December 2026');
    expect(visible).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('prints its own address once, with the date the dates were worked out, without needing a script', async () => {
    const res = await request(app).get(`/next-steps/result?${qs(JOURNEYS[0]!.answers)}`);
    const footer = res.text.slice(res.text.indexOf('data-print-details'));
    expect(footer).toMatch(/Printed from: <span>http:\/\/[^<]+\/next-steps\/result\?who=parent/);
    expect(footer).toMatch(/Dates worked out on \d{1,2} [A-Z][a-z]+ \d{4}\./);
    expect(res.text).not.toContain('data-print-date');
    expect(res.text).not.toContain('This page:');
  });

  it('compresses a page built from answers the way the client accepts', async () => {
    const url = `/next-steps/result?${qs(JOURNEYS[0]!.answers)}`;
    const encodingFor = async (accept: string) => {
      const res = await request(app).get(url).set('Accept-Encoding', accept);
      expect(res.headers['vary']).toContain('Accept-Encoding');
      expect(res.text).toContain('data-deadline=');
      return res.headers['content-encoding'];
    };
    expect(await encodingFor('gzip, deflate, br')).toBe('gzip');
    expect(await encodingFor('br')).toBe('br');
    expect(await encodingFor('identity')).toBeUndefined();
    expect(await encodingFor('gzip;q=0, br')).toBe('br');
  });

  it('builds the plan\'s links from PUBLIC_BASE_URL when it is set, never from a forged Host header', async () => {
    const configured = buildTestApp('milton-keynes', { publicBaseUrl: 'https://send.example.org' });
    const path = `/next-steps/result?${qs(JOURNEYS[0]!.answers)}`;
    const page = await request(configured).get(path).set('Host', 'evil.example');
    expect(page.text).toContain(`https://send.example.org${path.replace(/&/g, '&amp;')}`);
    expect(page.text).not.toContain('evil.example');
    const calendar = await request(configured).get(path.replace('/result', '/calendar.ics')).set('Host', 'evil.example');
    expect(calendar.text.replace(/\r\n /g, '')).toContain('https://send.example.org/next-steps/result?');
    expect(calendar.text).not.toContain('evil.example');
  });

  describe('what the page says under a date that has passed (test clock: Tue 24 Nov 2026)', () => {
    const exclusion = (letter: string): [string, string][] => [
      ['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'no'], ['topic', 'setting'], ['event', 'permanent_exclusion_upheld'], ['school_run_by', 'unsure'],
      ['exclusion_notice', '2026-10-20'], ['board_decision_letter', letter], ['board_decision_sent_by', 'first_class_post'], ['board_decision_received', 'unknown'], ['has_holidays', 'unsure'], ['disability_related', 'yes'],
    ];
    const rowFor = (html: string, id: string) => {
      const start = html.indexOf(`data-deadline="${id}"`);
      return html.slice(start, html.indexOf('</tr>', start));
    };

    it('an IRP request that is only possibly late: apply today, the panel may still hear it', async () => {
      // Letter Fri 30 Oct: 15 school days end Fri 20 Nov; posted, it is deemed given on Tue 3 Nov, so
      // the count runs to Tue 24 Nov, today.
      const res = await request(app).get(`/next-steps/result?${qs(exclusion('2026-10-30'))}`);
      const row = rowFor(res.text, 'irp_request');
      expect(row).toContain('data-date="2026-11-20"');
      expect(row).toContain('Act today: you may still be in time. Apply today: the panel may still be able to hear your request.');
      expect(row).not.toContain('cannot accept');
      expect(res.text).toContain('data-route="independent_review_panel"');
      // Skipping the holiday question is not "not sure": it says what it changes.
      expect(res.text).toContain('School holidays were not given, so school days are counted as weekdays');
      expect(res.text).not.toContain('You were not sure: If the school has a holiday');
      // Every date behind out_of_time is only possibly late, so the page leads with "act today".
      expect(res.text).toContain('Act today: you may still be in time. A date below has passed on the earliest reading');
      expect(res.text).not.toContain('A date has passed. This does not mean');
      const summary = elementById(res.text, 'summary-for-caller');
      expect(summary).toContain('The first thing to do is to ask for an independent review panel.');
      expect(summary).toContain('That was 4 days ago. Act today: you may still be in time.');
      expect(elementById(res.text, 'first-action')).toContain('Apply today: the panel may still be able to hear your request.');
    });

    it('an IRP request that has definitely passed: the panel cannot accept it, and what is left', async () => {
      const res = await request(app).get(`/next-steps/result?${qs(exclusion('2026-10-29'))}`);
      const row = rowFor(res.text, 'irp_request');
      expect(row).toContain('This date has passed. The panel cannot accept a late request, unless the school was closed');
      expect(res.text).not.toContain('data-route="independent_review_panel"');
      expect(res.text).toContain('data-route="judicial_review"');
      expect(res.text).toContain('A date has passed. This does not mean it is too late');
    });

    it('an appeal date that passed while a certificate is still to come points to the date the certificate gives', async () => {
      // Letter Thu 10 Sep: appeal due Tue 10 Nov. Late contact Thu 12 Nov: certificate expected Tue
      // 17 Nov, so the appeal can run to Thu 17 Dec.
      const answers: [string, string][] = [
        ['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'yes'], ['topic', 'la_decision'], ['event', 'la_refused_to_amend'],
        ['decision_letter', '2026-09-10'], ['decision_email_sent', 'no'], ['mediation_stage', 'deciding'], ['contacted_mediation_adviser', '2026-11-12'],
        ['has_certificate', 'no'],
      ];
      const res = await request(app).get(`/next-steps/result?${qs(answers)}`);
      expect(res.status).toBe(200);
      expect(rowFor(res.text, 'tribunal_appeal_projected')).toContain('data-date="2026-12-17"');
      const row = rowFor(res.text, 'tribunal_appeal');
      expect(row).toContain('Your mediation certificate has not come yet, so this date is on hold.');
      expect(row).toContain('data-status="paused"');
      expect(row).not.toContain('accept it late');
    });
  });

  it('explains, in the questionnaire\'s words, when a date needs bank holidays the site does not have yet', async () => {
    // On 20 Dec 2028 a decision sent 1 Dec 2028 gives an appeal date in February 2029.
    const late2028 = buildTestApp('milton-keynes', { now: '2028-12-20T12:00:00Z' });
    const answers = JOURNEYS[0]!.answers.map(([k, v]) => [k, k === 'decision_letter' ? '2028-12-01' : v] as [string, string]);
    const res = await request(late2028).get(`/next-steps/result?${qs(answers)}`);
    expect(res.status).toBe(400);
    expect(res.text).toContain('We cannot work out your dates yet');
    expect(res.text).toContain('2029');
    expect(res.text).toContain('01908 254518');
    expect(res.text).toContain('href="/next-steps/check?');
  });

  it('still gives a plan when a date is not known, with a warning', async () => {
    const answers = JOURNEYS[0]!.answers.flatMap(([k, v]): [string, string][] => (k === 'decision_letter' ? [[k, 'unknown']] : k === 'decision_email_sent' ? [[k, v], ['decision_received', 'unknown']] : [[k, v]]));
    const res = await request(app).get(`/next-steps/result?${qs(answers)}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('You were not sure');
    expect(res.text).toContain('data-route="send_tribunal_appeal"');
  });

  it('serves the deadlines as a calendar whose dates match the outcome', async () => {
    const journey = JOURNEYS[3]!;
    const res = await request(app).get(`/next-steps/calendar.ics?${qs(journey.answers)}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    const text = res.text;
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const starts = [...text.matchAll(/DTSTART;VALUE=DATE:(\d{8})/g)].map((m) => `${m[1]!.slice(0, 4)}-${m[1]!.slice(4, 6)}-${m[1]!.slice(6)}`);
    for (const [, date] of journey.expectedDeadlines) expect(starts).toContain(date);
    const uids = [...text.matchAll(/UID:(\S+)/g)].map((m) => m[1]);
    expect(new Set(uids).size).toBe(uids.length);
    const again = await request(app).get(`/next-steps/calendar.ics?${qs(journey.answers)}`);
    expect([...again.text.matchAll(/UID:(\S+)/g)].map((m) => m[1])).toEqual(uids);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('never fails or echoes hostile query strings', async () => {
    const payload = '<script>alert(1)</script>';
    const res = await request(app).get(`/next-steps/question/setting?who=${encodeURIComponent(payload)}&answering=who`);
    expect(res.status).toBeLessThan(500);
    expect(res.text).not.toContain(payload);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('who', 'setting', 'event', 'decision_letter', 'suspension_days_this_term', 'nope'),
        fc.dictionary(fc.oneof(fc.constantFrom('who', 'setting', 'topic', 'event', 'answering', '__proto__', 'constructor', 'decision_letter-day'), fc.string()), fc.oneof(fc.string(), fc.constant(payload)), { maxKeys: 6 }),
        async (page, params) => {
          const query = new URLSearchParams(params).toString();
          for (const path of [`/next-steps/question/${page}`, '/next-steps/check', '/next-steps/result', '/next-steps/calendar.ics']) {
            const r = await request(app).get(`${path}?${query}`);
            expect(r.status).toBeLessThan(500);
            expect(r.text).not.toContain(payload);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('limits', () => {
  it('refuses an over-long URL with a friendly 414 page', async () => {
    const res = await request(app).get(`/next-steps/question/who?who=${'x'.repeat(5000)}`);
    expect(res.status).toBe(414);
    expect(res.text).toContain('too long');
  });

  it('answers other methods on questionnaire pages with 405', async () => {
    const res = await request(app).post('/next-steps/result').send('who=parent');
    expect(res.status).toBe(405);
    expect(res.headers['allow']).toBe('GET, HEAD');
  });
});
