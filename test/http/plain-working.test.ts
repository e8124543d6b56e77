// Issue 10 item 7 on the rendered next-steps page: each abbreviation is spelled out where the page
// first uses it ("local authority (LA)"), whatever the plan puts first, and each "How we worked out
// this date" disclosure is named after its deadline. Pages come from the journeys, the hand-computed
// fixtures and the public cases, entered as the questionnaire's answers, for both service profiles.
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/dates/index.js';
import { CHECK_PAGE } from '../../src/questionnaire/flow.js';
import { replay } from '../../src/questionnaire/replay.js';
import { loadServiceProfile } from '../../src/services/service-profile.js';
import { abbreviationsFor, type Abbreviation } from '../../src/view-models/abbreviations.js';
import { DEADLINE_WORDING } from '../../src/view-models/outcome-wording.js';
import { buildTestApp, contentDir, PROFILES } from '../support/app.js';
import { escapeRegExp } from '../support/html.js';
import { JOURNEYS } from '../support/journeys.js';
import { answersForSituation } from '../support/situation-answers.js';

/**
 * Capitals that are not abbreviations a reader needs spelled out: GOV.UK is a web address and the
 * name of the site it links to; NHS is better known than its long form (GOV.UK style guide);
 * EWHC and SI begin legal citations (a High Court judgment, a statutory instrument number).
 */
const NOT_ABBREVIATIONS = new Set(['GOV', 'UK', 'NHS', 'EWHC', 'SI']);

interface PageCase {
  name: string;
  answers: [string, string][];
  asOf: string;
}

const fixtureCases = (path: string): PageCase[] =>
  (JSON.parse(readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8')) as { id: string; situation: Record<string, unknown> & { as_of: string } }[])
    .map((c) => ({ name: `${path} ${c.id}`, answers: answersForSituation(c.situation), asOf: c.situation.as_of }))
    // Only the situations a parent can enter (some fixtures use fields the questions never ask).
    .filter((c) => replay(Object.fromEntries(c.answers), isoDate(c.asOf)).current === CHECK_PAGE);

const CASES: PageCase[] = [
  ...JOURNEYS.map((j) => ({ name: `journey: ${j.name}`, answers: j.answers, asOf: '2026-11-24' })),
  ...['public/public-cases.json', 'rules/sen-appeal-cases.json', 'rules/la-duty-cases.json', 'rules/exclusion-and-claim-cases.json', 'rules/edge-cases.json'].flatMap(fixtureCases),
];

/** The words a reader hears from the main part of the page, tags removed. */
function mainText(html: string): string {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  return main
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** Written apart from the page code: "<long form>('s) <maybe a word> (<maybe a word> SHORT" at the first use. */
function firstUseProblem(text: string, term: Abbreviation): string | undefined {
  const first = new RegExp(`(?<![A-Za-z])${escapeRegExp(term.short)}(?![A-Za-z])`).exec(text);
  if (!first) return undefined;
  const spelled = new RegExp(`${escapeRegExp(term.long)}(?:'s)?(?: [A-Za-z]+)? \\((?:[A-Za-z]+ )?$`, 'i');
  return spelled.test(text.slice(0, first.index)) ? undefined : `${term.short} first used as: "…${text.slice(Math.max(0, first.index - 80), first.index + 20)}…"`;
}

const apps = new Map<string, ReturnType<typeof buildTestApp>>();
async function pageFor(profile: string, c: PageCase): Promise<string | undefined> {
  const key = `${profile} ${c.asOf}`;
  const app = apps.get(key) ?? buildTestApp(profile, { now: `${c.asOf}T12:00:00Z` });
  apps.set(key, app);
  const page = await request(app).get(`/next-steps/result?${new URLSearchParams(c.answers).toString()}`).redirects(1);
  return page.status === 200 ? page.text : undefined;
}

describe.each(PROFILES)('next-steps pages spell out abbreviations and name each working out (%s)', (profileId) => {
  const terms = abbreviationsFor(loadServiceProfile(contentDir, profileId));
  const known = new Set(terms.flatMap((t) => [t.short, ...t.short.split(' ')]));

  it('renders a broad set of plans', () => {
    expect(CASES.length).toBeGreaterThan(60);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const html = await pageFor(profileId, c);
    expect(html, "the page renders a plan").toBeDefined();
    const text = mainText(html!);
    // Every abbreviation the page uses is one it knows how to spell out.
    const unknown = [...new Set(text.match(/(?<![A-Za-z0-9.])[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?![A-Za-z0-9])/g) ?? [])].filter((w) => !known.has(w) && !NOT_ABBREVIATIONS.has(w));
    expect(unknown, 'abbreviations the page does not spell out').toEqual([]);
    expect(terms.map((t) => firstUseProblem(text, t)).filter(Boolean)).toEqual([]);

    // Each disclosure is named after the deadline in its row.
    const rows = [...html!.matchAll(/data-deadline="([a-z_0-9]+)"[\s\S]*?<span class="govuk-details__summary-text">([^<]*)<\/span>/g)];
    expect(rows.length).toBe([...html!.matchAll(/class="govuk-table__row app-deadline"/g)].length);
    const youngPerson = c.answers.some(([k, v]) => k === 'who' && v === 'young_person');
    for (const [, id, summary] of rows) {
      const named = terms.reduce((s, t) => s.replace(new RegExp(`${escapeRegExp(t.long)}(?:'s)? \\((${escapeRegExp(t.short)}(?:'s)?)\\)`, 'i'), '$1'), summary!.replace(/&#39;/g, "'"));
      if (youngPerson) expect(named).toMatch(/^How we worked out this date: \S+( \S+){2,}/);
      else expect(named).toBe(`How we worked out this date: ${DEADLINE_WORDING[id as keyof typeof DEADLINE_WORDING].what}`);
    }
  });
});
