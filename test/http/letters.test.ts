// The letter pages over HTTP: links from the next-steps page, the form, the filled letter, the .docx,
// the API, and privacy (no personal detail in a URL, a log line or a cache header that allows storing).
import { Writable } from 'node:stream';
import { pino } from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../support/app.js';
import { documentXml, paragraphsOf } from '../support/docx-text.js';
import { hrefsOf, titleOf } from '../support/html.js';
import { JOURNEYS } from '../support/journeys.js';
import { LETTER_CASES } from '../support/letter-cases.js';
import { LETTER_IDS } from '../../src/letters/catalogue.js';
import { loadLetters } from '../../src/letters/loader.js';
import { contentDir } from '../support/app.js';

const qs = (answers: [string, string][]) => new URLSearchParams(answers).toString();
const REFUSED = qs(JOURNEYS[0]!.answers);
const UPHELD = qs(JOURNEYS[3]!.answers);
// Distinctive values, so a search of logs and headers cannot match anything else.
const DETAILS = {
  parent_name: 'Zebedee Quarrington',
  parent_address: '77 Xylophone Crescent\nFarthingstone\nZZ9 9ZZ',
  child_name: 'Ptolemy Quarrington',
  'child_dob-day': '14',
  'child_dob-month': '7',
  'child_dob-year': '2015',
  la_reference: 'REF-QX-8841',
  school_name: 'Wobblebury Academy',
  sen_expert: 'yes',
};
const SECRETS = ['Zebedee', 'Xylophone', 'Farthingstone', 'ZZ9', 'Ptolemy', 'REF-QX-8841', 'Wobblebury', '2015-07-14'];

function appWithLog() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { app: buildTestApp('milton-keynes', { logger: pino({ level: 'debug' }, stream) }), lines };
}

describe('letters from the next-steps page', () => {
  const app = buildTestApp();

  it('links each step that needs a letter to it, carrying only the answers', async () => {
    const res = await request(app).get(`/next-steps/result?${UPHELD}`);
    const letterLinks = hrefsOf(res.text).filter((h) => h.startsWith('/letters/'));
    expect(letterLinks).toEqual(expect.arrayContaining([`/letters/review-panel?${UPHELD}`, `/letters/records-request?${UPHELD}`]));
    expect(res.text).toMatch(/data-route="independent_review_panel"[\s\S]*?href="\/letters\/review-panel\?/);
  });

  it.each(LETTER_IDS)('links the %s letter from the step it serves', async (id) => {
    const answers = qs(LETTER_CASES[id]);
    const res = await request(app).get(`/next-steps/result?${answers}`);
    const routes = loadLetters(contentDir).find((l) => l.id === id)!.routes;
    // Each step's letters are listed inside that step, marked with the step's route.
    const items = [...res.text.matchAll(/data-letters-for="([a-z_]+)">([\s\S]*?)<\/ul>/g)];
    const linking = items.filter((m) => m[2]!.includes(`href="/letters/${id}?${answers.replace(/&/g, '&amp;')}"`)).map((m) => m[1]);
    expect(linking.length).toBeGreaterThan(0);
    for (const route of linking) expect(routes).toContain(route);
  });

  it('fills a letter with the Kent service profile too', async () => {
    const res = await request(buildTestApp('kent')).post(`/letters/chase-la?${qs(LETTER_CASES['chase-la'])}`).type('form').send(DETAILS);
    expect(res.status).toBe(200);
    expect(res.text).toContain('Kent');
  });

  it('shows the letter with prompts and the form; no-store and noindex', async () => {
    const res = await request(app).get(`/letters/review-panel?${UPHELD}`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-robots-tag']).toBe('noindex');
    expect(titleOf(res.text)).toMatch(/^Ask for an independent review panel/);
    expect(res.text).toContain('[your name]');
    expect(res.text).toMatch(/<form method="post" action="\/letters\/review-panel\?[^"]+"/);
  });

  it('sends a letter the answers do not call for back to the next-steps page', async () => {
    const res = await request(app).get(`/letters/review-panel?${REFUSED}`);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/next-steps/result?${REFUSED}`);
  });

  it('sends unfinished answers to the next question, and an unknown letter to a 404', async () => {
    expect((await request(app).get('/letters/chase-la?who=parent')).headers.location).toMatch(/^\/next-steps\/question\/setting\?/);
    expect((await request(app).get(`/letters/no-such-letter?${REFUSED}`)).status).toBe(404);
  });
});

describe('filling in a letter', () => {
  it('returns the filled letter: no-store, with the e-mail link and the hidden copy button', async () => {
    const { app } = appWithLog();
    const res = await request(app).post(`/letters/mediation-no-thanks?${REFUSED}`).type('form').send(DETAILS);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.text).toContain('Zebedee Quarrington<br>77 Xylophone Crescent');
    expect(res.text).toContain('born Tuesday 14 July 2015');
    const mailto = hrefsOf(res.text).find((h) => h.startsWith('mailto:'))!;
    expect(decodeURIComponent(mailto)).toContain('which end on Friday 11 December 2026');
    expect(res.text).toMatch(/<button[^>]*id="copy-letter"[^>]*hidden/);
  });

  it.each([
    ['a date of birth in the future', { 'child_dob-year': '2030' }, '#child_dob-day'],
    ['a 5 KB name', { parent_name: 'N'.repeat(5 * 1024) }, '#parent_name'],
    ['HTML in a field', { school_name: '<img src=x onerror=alert(1)>' }, '#school_name'],
  ])('shows a GOV.UK error summary for %s, with what was typed escaped', async (_name, change, href) => {
    const res = await request(buildTestApp()).post(`/letters/complaint-school?${qs(JOURNEYS[4]!.answers)}`).type('form').send({ ...DETAILS, ...change });
    expect(res.status).toBe(400);
    expect(titleOf(res.text)).toMatch(/^Error: /);
    expect(res.text).toContain('govuk-error-summary');
    expect(hrefsOf(res.text)).toContain(href);
    expect(res.text).not.toContain('<img src=x');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers a body over the limit with the form and a message, not an error', async () => {
    const fits = await request(buildTestApp()).post(`/letters/mediation-no-thanks?${REFUSED}`).type('form').send({ ...DETAILS, parent_address: 'x'.repeat(40_000) });
    expect(fits.status).toBe(413);
    expect(fits.text).toContain('govuk-error-summary');
  });

  it('asks the review panel letter whether to request a SEN expert', async () => {
    const { sen_expert: _left, ...withoutAnswer } = DETAILS;
    const res = await request(buildTestApp()).post(`/letters/review-panel?${UPHELD}`).type('form').send(withoutAnswer);
    expect(res.status).toBe(400);
    expect(hrefsOf(res.text)).toContain('#sen_expert');
  });

  it('downloads a .docx with the letter text, escaped by the library', async () => {
    const res = await request(buildTestApp())
      .post(`/letters/review-panel?${UPHELD}`)
      .type('form')
      .send({ ...DETAILS, parent_name: 'Zebedee & Quarrington', format: 'docx' })
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-disposition']).toBe('attachment; filename="review-panel.docx"');
    const xml = await documentXml(res.body as Buffer);
    expect(xml).toContain('Zebedee &amp; Quarrington');
    const paragraphs = paragraphsOf(xml);
    expect(paragraphs[0]).toBe('Zebedee & Quarrington');
    expect(paragraphs.join('\n')).toContain("The governing board's letter of Friday 13 November 2026");
    expect(paragraphs.join('\n')).toContain('by Friday 4 December 2026');
  });
});

describe('privacy', () => {
  it('keeps every personal detail out of URLs, the request log and storable responses', async () => {
    const { app, lines } = appWithLog();
    const path = `/letters/review-panel?${UPHELD}`;
    const responses = [
      await request(app).post(path).type('form').send(DETAILS),
      await request(app).post(path).type('form').send({ ...DETAILS, format: 'docx' }),
      await request(app).post(path).type('form').send({ ...DETAILS, 'child_dob-year': '2031' }),
      await request(app).post(path).type('form').send({ ...DETAILS, parent_address: 'y'.repeat(40_000) }),
    ];
    expect(lines.length).toBeGreaterThanOrEqual(4);
    const log = lines.join('\n');
    for (const secret of SECRETS) expect(log).not.toContain(secret);
    for (const res of responses) {
      expect(res.headers['cache-control']).toBe('no-store');
      const headers = JSON.stringify(res.headers);
      for (const secret of SECRETS) expect(headers).not.toContain(secret);
      // Every form posts to the letter's own address; only links on the page may carry the details (the e-mail body).
      for (const href of hrefsOf(res.text ?? '').filter((h) => !h.startsWith('mailto:'))) {
        for (const secret of SECRETS) expect(href).not.toContain(secret);
      }
      for (const action of [...String(res.text ?? '').matchAll(/action="([^"]*)"/g)].map((m) => m[1]!)) {
        for (const secret of SECRETS) expect(action).not.toContain(secret);
      }
    }
  });
});

describe('GET /api/v1/letters', () => {
  it('lists the letter ids and the routes they serve', async () => {
    const res = await request(buildTestApp()).get('/api/v1/letters');
    expect(res.status).toBe(200);
    const ids = (res.body.letters as { id: string; routes: string[] }[]).map((l) => l.id);
    expect(ids).toHaveLength(10);
    expect(res.body.letters.find((l: { id: string }) => l.id === 'chase-la').routes).toEqual(['chase_la', 'enforce_order_or_agreement']);
    const openapi = await request(buildTestApp()).get('/api/v1/openapi.json');
    expect(JSON.parse(openapi.text).paths['/api/v1/letters'].get).toBeDefined();
  });
});
