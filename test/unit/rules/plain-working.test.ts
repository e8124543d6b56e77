// Issue 10 item 7: every "How we worked this out" text (a deadline's `rule`) in plain English, over
// the hand-computed fixtures, the public cases and generated situations. Each text is checked as
// the rules give it (capitals, full stops, no signs, ids or abbreviations) and as the page shows it,
// dates written out (sentences under 25 words, Flesch-Kincaid grade 8 or below by the site's measure).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/dates/index.js';
import { measureReading } from '../../../src/content/reading-grade.js';
import { checkSituation, CoverageError, nextSteps, type OutcomeDeadline } from '../../../src/rules/index.js';
import { datesInWords } from '../../../src/view-models/next-steps-result.js';
import { shippedCalendar } from '../../support/calendar.js';
import { anySituation, eventSituation } from '../../support/situations.js';

const GRADE_LIMIT = 8;
const WORDS_PER_SENTENCE_BELOW = 25;

interface Found {
  from: string;
  deadline: OutcomeDeadline;
}

function deadlinesOf(from: string, body: unknown): Found[] {
  const checked = checkSituation(JSON.parse(JSON.stringify(body)) as unknown, isoDate('2026-11-24'));
  if (!checked.ok) return [];
  try {
    return nextSteps(checked.situation, checked.asOf, shippedCalendar).deadlines.map((deadline) => ({ from, deadline }));
  } catch (error) {
    if (error instanceof CoverageError) return [];
    throw error;
  }
}

const fixture = (path: string) => JSON.parse(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8')) as { id: string; situation: object }[];
const FIXTURES = ['rules/edge-cases.json', 'rules/sen-appeal-cases.json', 'rules/la-duty-cases.json', 'rules/exclusion-and-claim-cases.json', 'public/public-cases.json'];

const handMade = FIXTURES.flatMap((file) => fixture(file).flatMap((c) => deadlinesOf(`${file} ${c.id}`, c.situation)));
const generated = fc
  .sample(fc.oneof(anySituation, eventSituation), { numRuns: 1500, seed: 10_7 })
  .flatMap((input, i) => deadlinesOf(`generated #${i}: ${JSON.stringify(input)}`, input));
const all = [...handMade, ...generated];

/** Sentences as the site's reading measure splits them. */
const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '');
const wordsOf = (sentence: string) => sentence.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g) ?? [];

/** The texts that break a check, with where they came from, so a failure shows what to fix. */
function failures(check: (rule: string, pageText: string) => string | undefined): string[] {
  const seen = new Map<string, string>();
  for (const { from, deadline } of all) {
    const problem = check(deadline.rule, datesInWords(deadline.rule));
    if (problem && !seen.has(deadline.rule)) seen.set(deadline.rule, `${deadline.what} (${from.slice(0, 160)}): ${problem}\n  ${deadline.rule}`);
  }
  return [...seen.values()].slice(0, 10);
}

describe('the working out of every date is plain English (issue 10 item 7)', () => {
  it('covers every kind of deadline the rules can give, from fixtures and generated situations', () => {
    expect(handMade.length).toBeGreaterThan(100);
    const kinds = new Set(all.map((f) => f.deadline.what));
    expect(kinds.size).toBeGreaterThanOrEqual(26);
  });

  it('is made of full sentences: each starts with a capital letter and the text ends with a full stop', () => {
    expect(
      failures((rule) => {
        if (!rule.endsWith('.')) return 'does not end with a full stop';
        const bad = sentencesOf(rule).find((s) => !/^["“]?[A-Z]/.test(s));
        return bad ? `sentence starts without a capital: "${bad}"` : undefined;
      }),
    ).toEqual([]);
  });

  it('uses words, not signs or ids: no "+", "=", ";", "->", underscores or lower-case abbreviations', () => {
    expect(
      failures((rule) => {
        const sign = rule.match(/[+=;_]|->|–/);
        if (sign) return `has "${sign[0]}"`;
        const lowerAbbreviation = rule.match(/\b(la|las|ehc|sen|sendias|irp|icb|hesc|phso|lgsco|dfe|inset|pru|fft)\b/);
        return lowerAbbreviation ? `has "${lowerAbbreviation[0]}"` : undefined;
      }),
    ).toEqual([]);
  });

  it('spells out every term instead of using an abbreviation, so each text reads well on its own (in the API too)', () => {
    // Capitals that are not abbreviations: Roman numerals of plan sections ("section I").
    expect(
      failures((rule) => {
        const abbreviation = rule.match(/\b(?!I\b)[A-Z]{2,}s?\b/);
        return abbreviation ? `has "${abbreviation[0]}"` : undefined;
      }),
    ).toEqual([]);
  });

  it('says the assumption behind a projected date in words too (the page shows it as "Assumes: …")', () => {
    const assumptions = [...new Set(all.flatMap((f) => (f.deadline.assumption ? [f.deadline.assumption] : [])))];
    expect(assumptions.length).toBeGreaterThan(0);
    expect(assumptions.filter((a) => /[+=;_]|\b[A-Z]{2,}\b/.test(a) || !/^[a-z]/.test(a))).toEqual([]);
  });

  it(`keeps each sentence under ${WORDS_PER_SENTENCE_BELOW} words, dates written out as on the page`, () => {
    expect(
      failures((_rule, pageText) => {
        const long = sentencesOf(pageText).find((s) => wordsOf(s).length >= WORDS_PER_SENTENCE_BELOW);
        return long ? `${wordsOf(long).length} words: "${long}"` : undefined;
      }),
    ).toEqual([]);
  });

  it(`reads at grade ${GRADE_LIMIT} or below (Flesch-Kincaid, src/content/reading-grade.ts), per deadline, as on the page`, () => {
    expect(
      failures((_rule, pageText) => {
        const { grade } = measureReading(pageText);
        return grade > GRADE_LIMIT ? `grade ${grade}` : undefined;
      }),
    ).toEqual([]);
  });
});
