// Every public example case can be entered through the questionnaire and gives the API's outcome:
// the answers a parent would give (test/support/situation-answers.ts) are replayed from the first
// question, turned into a situation, and the next-steps page shows the API's routes and dates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/dates/index.js';
import { CHECK_PAGE } from '../../src/questionnaire/flow.js';
import { replay } from '../../src/questionnaire/replay.js';
import { toSituation } from '../../src/questionnaire/to-situation.js';
import { buildTestApp, rootDir } from '../support/app.js';
import { answersForSituation } from '../support/situation-answers.js';

interface PublicCase {
  id: string;
  situation: Record<string, unknown> & { as_of: string };
}

const cases = JSON.parse(readFileSync(join(rootDir, 'test', 'fixtures', 'public', 'public-cases.json'), 'utf8')) as PublicCase[];

describe('public cases entered through the questionnaire', () => {
  it('has the public cases to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s: the answers reach Check your answers and give the API\'s outcome', async (_id, publicCase) => {
    const { as_of: asOf } = publicCase.situation;
    const app = buildTestApp('milton-keynes', { now: `${asOf}T12:00:00Z` });
    const answers = answersForSituation(publicCase.situation);
    const replayed = replay(Object.fromEntries(answers), isoDate(asOf));
    expect(replayed.error, replayed.current).toBeUndefined();
    expect(replayed.current).toBe(CHECK_PAGE);

    const fromApi = await request(app).post('/api/v1/next-steps').send(publicCase.situation);
    expect(fromApi.status).toBe(200);
    const fromQuestionnaire = await request(app).post('/api/v1/next-steps').send({ ...toSituation(replayed.answers), as_of: asOf });
    expect(fromQuestionnaire.status).toBe(200);
    expect(fromQuestionnaire.body).toEqual(fromApi.body);

    // The next-steps page, reached through the questionnaire's own URL, shows the same routes and dates.
    const page = await request(app).get(`/next-steps/result?${new URLSearchParams(answers).toString()}`).redirects(1);
    expect(page.status).toBe(200);
    const shownDates = [...page.text.matchAll(/data-deadline="([a-z_]+)" data-date="([0-9-]+)"/g)].map((m) => `${m[1]} ${m[2]}`);
    const apiDates = (fromApi.body.deadlines as { what: string; date: string }[]).map((d) => `${d.what} ${d.date}`);
    for (const d of apiDates) expect(shownDates).toContain(d);
    const shownRoutes = new Set([...page.text.matchAll(/data-route="([a-z_]+)"/g)].map((m) => m[1]));
    for (const route of fromApi.body.routes as string[]) expect(shownRoutes).toContain(route);
  });
});
