// `npx tsx bench/stages.ts`: times each stage of the next-steps page in-process (replay, view model,
// template, encoding, gzip), to show where a request's time goes. Not part of npm test.
import { gzipSync } from 'node:zlib';
import { buildTestApp } from '../test/support/app.js';
import { replay } from '../src/questionnaire/replay.js';
import { fixedClock, todayInLondon } from '../src/dates/index.js';
import { shippedCalendar } from '../test/support/calendar.js';
import { buildResult } from '../src/view-models/next-steps-result.js';
import { eventInWords, toldUsRows } from '../src/view-models/question-page.js';
import { loadServiceProfile } from '../src/services/service-profile.js';
import { contentDir } from '../test/support/app.js';
import { APPEAL_ANSWERS } from './paths.js';

const ROUNDS = Number(process.env['ROUNDS'] ?? 3000);
function time(name: string, fn: () => unknown): void {
  for (let i = 0; i < 300; i++) fn();
  // CPU time, not wall time: steadier when other work shares the machine.
  const started = process.cpuUsage();
  for (let i = 0; i < ROUNDS; i++) fn();
  const used = process.cpuUsage(started);
  console.log(`${name.padEnd(28)} ${((used.user + used.system) / ROUNDS).toFixed(1)} µs`);
}
const NOW = process.env['NOW'] ?? new Date().toISOString();
const app = buildTestApp('milton-keynes', { now: NOW });
const profile = loadServiceProfile(contentDir, 'milton-keynes');
const clock = fixedClock(NOW);
const query = Object.fromEntries(new URLSearchParams(APPEAL_ANSWERS));
const today = todayInLondon(clock);
const answers = replay(query, today).answers;
time('replay', () => replay(query, today));
time('buildResult', () => buildResult(answers, clock, shippedCalendar, eventInWords(answers), profile, 'https://x.org/next-steps/result'));
const result = buildResult(answers, clock, shippedCalendar, eventInWords(answers), profile, 'https://x.org/next-steps/result');
if (!result.ok) throw new Error('not ok');
const ctx = { ...result.page, toldUs: toldUsRows(answers), readMore: [], query: APPEAL_ANSWERS, pageUrl: 'https://x.org/p', printUrl: 'https://x.org/p', printNote: 'x', mailto: 'mailto:', noindex: true };
time('render', () => app.views.render('questionnaire/result.njk', ctx));
const utf8 = new TextEncoder();
time('render + encode', () => utf8.encode(app.views.render('questionnaire/result.njk', ctx)));
const html = app.views.render('questionnaire/result.njk', ctx);
console.log('bytes', html.length);
time('gzip level 1', () => gzipSync(html, { level: 1 }));

// The deep question page: replay, its view model, the fields (blank, so kept) and the layout.
const { createFieldRenderer } = await import('../src/routes/question-fields.js');
const { questionPage } = await import('../src/view-models/question-page.js');
const { QUESTION_BY_ID } = await import('../src/questionnaire/questions.js');
const { deepQuestionPath } = await import('./paths.js');
const deepQuery = Object.fromEntries(new URLSearchParams(deepQuestionPath().split('?')[1]));
const question = QUESTION_BY_ID.get('mediation_certificate_issued')!;
const renderFields = createFieldRenderer(app.views);
time('question: replay', () => replay(deepQuery, today));
const deepAnswers = replay(deepQuery, today).answers;
time('question: view model', () => questionPage(question, deepAnswers, {}));
const questionModel = questionPage(question, deepAnswers, {});
time('question: render', () => app.views.render('questionnaire/question.njk', { ...questionModel, fieldsHtml: renderFields(questionModel), noindex: true }));
const questionHtml = app.views.render('questionnaire/question.njk', { ...questionModel, fieldsHtml: renderFields(questionModel), noindex: true });
console.log('question bytes', questionHtml.length);
time('question: gzip level 1', () => gzipSync(questionHtml, { level: 1 }));

// Abbreviations spelled out at their first use on the next-steps page (one pass over the page).
const { abbreviationsFor, spellOutFirstUses } = await import('../src/view-models/abbreviations.js');
const terms = abbreviationsFor(profile);
time('spell out abbreviations', () => spellOutFirstUses(html, terms));
