// Bounded fuzzing of every route that reads user input (issue 5): hostile query strings with
// repeated, array-style, huge, unicode and prototype keys; random paths; random bodies of any type
// to the API. Never a 5xx, and an injected script never appears unescaped in the answer.
import fc from 'fast-check';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../support/app.js';
import { JOURNEYS } from '../support/journeys.js';

const app = buildTestApp();
const SCRIPT = '<script>alert(1)</script>';
const ROUTES = [
  '/next-steps/start',
  '/next-steps/question/who',
  '/next-steps/question/topic',
  '/next-steps/question/decision_letter',
  '/next-steps/question/suspension_days_this_term',
  '/next-steps/check',
  '/next-steps/result',
  '/next-steps/calendar.ics',
];
const KNOWN_KEYS = ['who', 'setting', 'has_ehc_plan', 'topic', 'event', 'answering', 'return', 'decision_letter', 'decision_letter-day', 'decision_letter-unsure', 'disagree_with'];

const key = fc.oneof(
  fc.constantFrom(...KNOWN_KEYS, '__proto__', 'constructor', 'prototype', 'who[]', 'who[0]', 'toString'),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const value = fc.oneof(
  fc.constantFrom(SCRIPT, 'parent', 'unknown', '2026-02-30', '9999-99-99', '', ',,,', '%', '\u0000', '"><img src=x onerror=alert(1)>'),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', minLength: 500, maxLength: 1500 }),
);
/** Pairs, so the same key can come more than once. */
const pairs = fc.array(fc.tuple(key, value), { maxLength: 8 });

function assertSafe(res: request.Response, url: string): void {
  expect(res.status, `status for ${url}`).toBeLessThan(500);
  expect(res.text ?? '').not.toContain(SCRIPT);
  expect(res.text ?? '').not.toContain('<img src=x');
}

describe('fuzzing the questionnaire and outcome routes', () => {
  it('never fails or echoes input, from an empty start or from a complete journey', async () => {
    const journey = JOURNEYS[0]!.answers;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROUTES), pairs, fc.boolean(), async (route, extra, fromJourney) => {
        const params = new URLSearchParams([...(fromJourney ? journey : []), ...extra]);
        const url = `${route}?${params.toString()}`;
        assertSafe(await request(app).get(url), url);
      }),
      { numRuns: 150 },
    );
  });

  it('never fails on random paths', async () => {
    const segment = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom('next-steps', 'question', 'factsheets', 'api', 'v1', '..', '%2e%2e', '%ZZ', '%00'));
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { minLength: 1, maxLength: 5 }), async (segments) => {
        const path = `/${segments.map((s) => (/^%/.test(s) ? s : encodeURIComponent(s))).join('/')}`;
        assertSafe(await request(app).get(path), path);
      }),
      { numRuns: 150 },
    );
  });
});

describe('fuzzing the API', () => {
  it('answers any body of any type with 200, 400 or 413, never a 5xx', async () => {
    const contentType = fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', 'multipart/form-data');
    const body = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null'),
      fc.constantFrom('{"__proto__":{"event":"la_delay"}}', '{"constructor":{"prototype":{}}}', '[]', '{', 'null', SCRIPT),
    );
    await fc.assert(
      fc.asyncProperty(contentType, body, async (type, text) => {
        const res = await request(app).post('/api/v1/next-steps').set('Content-Type', type).send(text);
        expect([200, 400, 413]).toContain(res.status);
        expect(res.text).not.toContain(SCRIPT);
      }),
      { numRuns: 150 },
    );
  });
});
