// Hardening of the JSON API (from an attack review): school_holidays is capped, odd years and
// bodies get messages that say what to do, and no body within the 32 KB limit gets an answer that
// grows with it.
import { gzipSync } from 'node:zlib';
import request from 'supertest';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NORMAL_BODY, NORMAL_SITUATION, WORST_BODIES } from '../../bench/request-bodies.js';
import { fixedClock } from '../../src/dates/index.js';
import { MAX_SCHOOL_HOLIDAY_DAYS, MAX_SCHOOL_HOLIDAY_RANGES } from '../../src/rules/situation-schema.js';
import { answerNextStepsRequest } from '../../src/view-models/api-outcome.js';
import { buildTestApp } from '../support/app.js';
import { shippedCalendar } from '../support/calendar.js';

const app = buildTestApp();
const URL_PATH = '/api/v1/next-steps';
const post = (body: unknown) => request(app).post(URL_PATH).set('Content-Type', 'application/json').send(JSON.stringify(body));
const messages = (res: request.Response) => (res.body.errors as { path: string; message: string }[]).map((e) => `${e.path}: ${e.message}`);

// Compressed bodies go over a real socket: supertest re-encodes a Buffer body.
let server: ReturnType<typeof app.listen>;
beforeAll(() => new Promise<void>((resolve) => { server = app.listen(0, '127.0.0.1', () => resolve()); }));
afterAll(() => new Promise<void>((resolve) => { server.close(() => resolve()); }));
async function sendEncoded(encoding: string, body: Buffer | string): Promise<{ status: number; message: string }> {
  const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${URL_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-encoding': encoding },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  const json = (await res.json()) as { errors?: { message: string }[] };
  return { status: res.status, message: json.errors?.[0]?.message ?? '' };
}

const ranges = (count: number, start = '2026-12-21', end = '2027-01-01') => Array.from({ length: count }, () => [start, end]);

describe('school_holidays limits', () => {
  it(`accepts ${MAX_SCHOOL_HOLIDAY_RANGES} ranges and refuses one more, saying the limit`, async () => {
    expect((await post({ ...NORMAL_SITUATION, school_holidays: ranges(MAX_SCHOOL_HOLIDAY_RANGES) })).status).toBe(200);
    const res = await post({ ...NORMAL_SITUATION, school_holidays: ranges(MAX_SCHOOL_HOLIDAY_RANGES + 1) });
    expect(res.status).toBe(400);
    expect(messages(res)).toEqual([`school_holidays: has too many ranges: send at most ${MAX_SCHOOL_HOLIDAY_RANGES} holiday ranges`]);
  });

  it('refuses a 2,000-range list without reading its dates', async () => {
    const res = await post({ ...NORMAL_SITUATION, school_holidays: ranges(2_000, 'x', 'y') });
    expect(res.status).toBe(400);
    // One message for the count and at most one per range kept (41), never one per range sent.
    expect(res.body.errors.length).toBeLessThanOrEqual(MAX_SCHOOL_HOLIDAY_RANGES + 2);
    expect(messages(res)).toContain(`school_holidays: has too many ranges: send at most ${MAX_SCHOOL_HOLIDAY_RANGES} holiday ranges`);
  });

  it(`refuses a range longer than ${MAX_SCHOOL_HOLIDAY_DAYS} days, naming the range; a reversed range is allowed and contains no day`, async () => {
    const res = await post({ ...NORMAL_SITUATION, school_holidays: [['2026-12-21', '2027-01-01'], ['1900-01-01', '2100-01-01'], ['2026-05-01', '2026-04-01']] });
    expect(res.status).toBe(400);
    expect(messages(res)).toEqual([
      `school_holidays.1: covers 73050 days: one holiday range may cover at most ${MAX_SCHOOL_HOLIDAY_DAYS} days, about ten years (check the years)`,
    ]);
    // Exactly the limit, a one-day closure and a reversed range (rules-table §5.16) are fine.
    const longest = post({ ...NORMAL_SITUATION, school_holidays: [['2016-01-01', '2026-01-07'], ['2026-11-20', '2026-11-20'], ['2026-05-01', '2026-04-01']] });
    expect((await longest).status).toBe(200);
  });
});

describe('messages that say what to do', () => {
  it('says to check the year for a year such as 0000, not that bank holidays are missing', async () => {
    for (const date of ['0000-03-12', '0026-03-12', '1899-12-31']) {
      const res = await post({ ...NORMAL_SITUATION, dates: { exclusion_notice: date } });
      expect(res.status).toBe(400);
      expect(messages(res)).toEqual([`dates.exclusion_notice: has the year ${date.slice(0, 4)}: check the year and write all four digits, such as 2026`]);
    }
  });

  it('answers a Content-Encoding it cannot read with 415 and one that does not match the body with 400, never a 500', async () => {
    const send = sendEncoded;
    for (const encoding of ['zstd', 'bogus', 'gzip, gzip']) {
      const res = await send(encoding, NORMAL_BODY);
      expect(res.status).toBe(415);
      expect(res.message).toMatch(/is not supported: send the JSON uncompressed, or compressed with gzip, deflate or br/);
    }
    for (const encoding of ['gzip', 'deflate', 'br']) {
      const res = await send(encoding, NORMAL_BODY);
      expect(res.status).toBe(400);
      expect(res.message).toBe(`The body could not be decompressed as ${encoding}: compress it that way, or send it uncompressed without a Content-Encoding header.`);
    }
    expect((await send('gzip', gzipSync(NORMAL_BODY))).status).toBe(200);
  });

  it('measures the size limit after decompressing (a small gzip bomb gets 413)', async () => {
    const bomb = gzipSync(Buffer.from(`{"who":"${'a'.repeat(5_000_000)}"}`));
    expect(bomb.length).toBeLessThan(32 * 1024);
    const res = await sendEncoded('gzip', bomb);
    expect(res.status).toBe(413);
    expect(res.message).toMatch(/at most 32kb \(after decompressing\)/);
  });
});

// Their cost (at most 10 times an ordinary request) is measured end to end by `npm run
// bench:worst-request`, not here: a timed test fails on a busy machine. This checks what keeps the
// cost down: each body gets one answer of bounded size, never an error per item it repeats.
describe('the costliest bodies within 32 KB', () => {
  const clock = fixedClock('2026-11-24T12:00:00Z');
  it.each(Object.entries(WORST_BODIES))('%s: one answer, a few kilobytes at most', (_name, body) => {
    expect(body.length).toBeLessThanOrEqual(32 * 1024);
    const answer = answerNextStepsRequest(JSON.parse(body), clock, shippedCalendar);
    expect([200, 400]).toContain(answer.status);
    expect(JSON.stringify(answer.body).length).toBeLessThan(8 * 1024);
    if ('errors' in answer.body) expect((answer.body as { errors: unknown[] }).errors.length).toBeLessThanOrEqual(MAX_SCHOOL_HOLIDAY_RANGES);
  });
});
