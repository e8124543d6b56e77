import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../support/app.js';
import { expectOutcomeToMatch, type ExpectedOutcome } from '../support/outcome-match.js';

const app = buildTestApp();
const URL_PATH = '/api/v1/next-steps';
const valid = {
  who: 'parent',
  setting: 'school',
  has_ehc_plan: false,
  event: 'la_refused_assessment',
  dates: { decision_letter: '2026-03-12' },
  as_of: '2026-03-16',
};

const publicCases = JSON.parse(
  readFileSync(new URL('../fixtures/public/public-cases.json', import.meta.url), 'utf8'),
) as { id: string; situation: object; expected: ExpectedOutcome }[];

describe('POST /api/v1/next-steps', () => {
  it.each(publicCases.map((c) => [c.id, c] as const))('public case %s', async (_id, c) => {
    const res = await request(app).post(URL_PATH).send(c.situation);
    expect(res.status).toBe(200);
    expectOutcomeToMatch(res.body, c.expected, c.id);
  });

  it('ignores unknown keys', async () => {
    const res = await request(app).post(URL_PATH).send({ ...valid, favourite_colour: 'blue' });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  const bad: [string, unknown, string][] = [
    ['malformed date', { ...valid, dates: { decision_letter: '2026-3-1' } }, 'dates.decision_letter'],
    ['impossible date', { ...valid, dates: { decision_letter: '2026-02-30' } }, 'dates.decision_letter'],
    ['29 Feb in a non-leap year', { ...valid, dates: { decision_letter: '2026-02-29' } }, 'dates.decision_letter'],
    ['unknown event', { ...valid, event: 'dragon_attack' }, 'event'],
    ['wrong type', { ...valid, has_ehc_plan: 'yes' }, 'has_ehc_plan'],
    ['missing who', { ...valid, who: undefined }, 'who'],
    ['unknown section', { ...valid, disagree_with: ['Z'] }, 'disagree_with.0'],
    ['negative days', { ...valid, suspension_days_this_term: -1 }, 'suspension_days_this_term'],
    ['fractional days', { ...valid, suspension_length_days: 2.5 }, 'suspension_length_days'],
    ['malformed as_of', { ...valid, as_of: '16/03/2026' }, 'as_of'],
    ['half a holiday', { ...valid, school_holidays: [['2026-03-30']] }, 'school_holidays.0'],
    ['array body', [valid], '(body)'],
    ['null body', null, '(body)'],
    ['unknown transfer kind', { ...valid, transfer_kind: 'sideways' }, 'transfer_kind'],
    ['impossible day the board\'s letter arrived', { ...valid, dates: { board_decision_received: '2026-06-31' } }, 'dates.board_decision_received'],
    ['malformed day the LA told the Tribunal', { ...valid, dates: { la_notified_tribunal: 'soon' } }, 'dates.la_notified_tribunal'],
    ['uncovered bank-holiday year', { ...valid, dates: { decision_letter: '2031-03-12' }, as_of: '2031-03-16' }, 'dates.decision_letter'],
  ];
  it.each(bad)('400 for %s, naming %s', async (_name, body, path) => {
    const res = await request(app).post(URL_PATH).set('Content-Type', 'application/json').send(JSON.stringify(body));
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    for (const e of res.body.errors) expect(e.message.length).toBeGreaterThan(5);
  });

  it('answers a date after as_of rather than refusing it (rules-table §5.16: no error for cross-field inconsistencies)', async () => {
    const res = await request(app).post(URL_PATH).send({ ...valid, dates: { decision_letter: '2026-04-01' } });
    expect(res.status).toBe(200);
    // Wed 1 Apr 2026 + 2 months = Mon 1 Jun 2026, a working day.
    expect(res.body.deadlines).toContainEqual(expect.objectContaining({ what: 'tribunal_appeal', date: '2026-06-01' }));
  });

  it('names every start field whose count needs a missing bank-holiday year (rules-table §1)', async () => {
    const res = await request(app)
      .post(URL_PATH)
      .send({
        who: 'parent',
        setting: 'school',
        has_ehc_plan: false,
        event: 'permanent_exclusion',
        dates: { exclusion_notice: '2029-03-01', board_notified: '2029-03-02', exclusion_starts: '2029-03-05' },
        as_of: '2029-03-05',
      });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['dates.board_notified', 'dates.exclusion_notice', 'dates.exclusion_starts']);
    for (const e of res.body.errors) expect(e.message).toContain('2029');
  });

  it('names the order date, not its fallback, when an Ombudsman date after a missed order deadline needs a missing year', async () => {
    // Wed 1 Mar 2028 + 5 weeks = Wed 5 Apr 2028, missed; the Ombudsman's 12 months start 6 Apr 2028 and end in 2029.
    const res = await request(app)
      .post(URL_PATH)
      .send({ who: 'parent', setting: 'school', has_ehc_plan: true, event: 'tribunal_order', order_type: 'amend_plan', dates: { order_made: '2028-03-01', order_sent: '2028-03-03' }, as_of: '2028-06-01' });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['dates.order_made']);
  });

  describe('revision 2 inputs (rules-table §12)', () => {
    const upheld = {
      who: 'parent',
      setting: 'school',
      has_ehc_plan: true,
      event: 'permanent_exclusion_upheld',
      board_decision_sent_by: 'email',
      disability_related: false, // a claim date would run into 2029 too
      dates: { exclusion_notice: '2028-11-20', board_decision_letter: '2028-12-01', board_decision_received: '2028-12-20' },
    };

    it('keeps the IRP open on the day received while its count, running into a missing year, is decided by the lower bound', async () => {
      // Letter Fri 1 Dec 2028: 15 school days = Fri 22 Dec. Received Wed 20 Dec: 21, 22, (25, 26 bank holidays) 27, 28, 29, then 2029.
      const res = await request(app).post(URL_PATH).send({ ...upheld, as_of: '2028-12-29' });
      expect(res.status).toBe(200);
      expect(res.body.deadlines).toContainEqual(expect.objectContaining({ what: 'irp_request', date: '2028-12-22', possibly_late: true }));
      expect(res.body.routes).toContain('independent_review_panel');
    });

    it('names the day received when only its count needs the missing year', async () => {
      const res = await request(app).post(URL_PATH).send({ ...upheld, as_of: '2029-01-05' });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['dates.board_decision_received']);
    });

    it('answers a conceded appeal with the reg 45 dates and a move within a phase with none', async () => {
      const conceded = await request(app)
        .post(URL_PATH)
        .send({ who: 'parent', setting: 'school', has_ehc_plan: true, event: 'la_conceded_appeal', order_type: 'amend_plan', dates: { la_notified_tribunal: '2026-03-02' }, as_of: '2026-03-03' });
      expect(conceded.status).toBe(200);
      expect(conceded.body.deadlines).toEqual([expect.objectContaining({ what: 'la_issue_amended_plan', date: '2026-04-06', ambiguous: false })]);
      const move = await request(app)
        .post(URL_PATH)
        .send({ who: 'parent', setting: 'school', has_ehc_plan: true, event: 'phase_transfer_pending', transfer_kind: 'same_phase', dates: { transfer: '2026-09-01' }, as_of: '2026-03-03' });
      expect(move.status).toBe(200);
      expect(move.body.deadlines).toEqual([]);
    });
  });

  it('lists every problem at once', async () => {
    const res = await request(app).post(URL_PATH).send({ who: 'grandparent', setting: 'home', has_ehc_plan: 1, event: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['who', 'setting', 'has_ehc_plan', 'event']));
  });

  it('400 for a body that is not JSON or not sent as JSON', async () => {
    const notJson = await request(app).post(URL_PATH).set('Content-Type', 'application/json').send('{"who": ');
    expect(notJson.status).toBe(400);
    const wrongType = await request(app).post(URL_PATH).set('Content-Type', 'text/plain').send(JSON.stringify(valid));
    expect(wrongType.status).toBe(400);
  });

  it('413 for a body over 32 KB', async () => {
    const res = await request(app).post(URL_PATH).send({ ...valid, padding: 'x'.repeat(40_000) });
    expect(res.status).toBe(413);
  });

  it('405 for other methods', async () => {
    const res = await request(app).get(URL_PATH);
    expect(res.status).toBe(405);
    expect(res.headers['allow']).toBe('POST');
  });

  it('serves an OpenAPI document generated from the schema', async () => {
    const res = await request(app).get('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    const situation = res.body.paths['/api/v1/next-steps'].post.requestBody.content['application/json'].schema;
    expect(situation.properties.event.enum).toEqual(expect.arrayContaining(['la_refused_assessment', 'la_conceded_appeal']));
    expect(situation.properties.transfer_kind.enum).toContain('same_phase');
    expect(Object.keys(situation.properties.dates.properties)).toEqual(expect.arrayContaining(['board_decision_received', 'la_notified_tribunal']));
  });

  it('never answers arbitrary JSON with a 5xx', async () => {
    const hostile = fc.oneof(
      fc.jsonValue(),
      fc.record({ ...Object.fromEntries(Object.keys(valid).map((k) => [k, fc.jsonValue()])) }, { requiredKeys: [] }),
      fc.constantFrom({ __proto__: { event: 'x' } }, { constructor: { prototype: 1 } }, { ...valid, dates: { __proto__: 'x' } }),
      fc.record({ who: fc.constant('parent'), setting: fc.constant('school'), has_ehc_plan: fc.boolean(), event: fc.constantFrom('suspension', 'la_delay', 'tribunal_decision'), dates: fc.dictionary(fc.constantFrom('decision_letter', 'conduct', 'suspension_notice', 'written_reasons_sent'), fc.string()) }),
    );
    await fc.assert(
      fc.asyncProperty(hostile, async (body) => {
        const res = await request(app).post(URL_PATH).set('Content-Type', 'application/json').send(JSON.stringify(body) ?? 'null');
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 120 },
    );
  });
});
