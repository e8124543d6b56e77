// The "What can I do next?" questionnaire. Answers live in the URL (GET forms, one parameter per
// question); every request replays them from the first question, and non-canonical URLs redirect.
import { Router, type Request, type Response } from 'express';
import type nunjucks from 'nunjucks';
import { dayMonthYear, todayInLondon, type BankHolidayCalendar, type Clock } from '../dates/index.js';
import { dateFromParts, UNKNOWN_DATE } from '../questionnaire/answers.js';
import { CHECK_PAGE } from '../questionnaire/flow.js';
import { QUESTION_BY_ID } from '../questionnaire/questions.js';
import { queryString, replay } from '../questionnaire/replay.js';
import type { ServiceProfile } from '../services/service-profile.js';
import { prerender, sendPrerendered, sendRendered } from '../static-page.js';
import { createFieldRenderer } from './question-fields.js';
import { buildCalendar, buildResult } from '../view-models/next-steps-result.js';
import { checkAnswersRows, eventInWords, questionPage, toldUsRows, type TypedDate } from '../view-models/question-page.js';

interface QuestionnaireDeps {
  views: nunjucks.Environment;
  profile: ServiceProfile;
  clock: Clock;
  calendar: BankHolidayCalendar;
  /** The site's public address (PUBLIC_BASE_URL); when set, links to a plan never trust the Host header. */
  publicBaseUrl?: string;
}

type Query = Record<string, string>;

/** Repeated parameters (checkboxes) become one comma-separated value; anything odd becomes a string. */
function flatQuery(req: Request): Query {
  const flat: Query = {};
  for (const [key, value] of Object.entries(req.query as Record<string, unknown>)) {
    if (key.length > 60) continue;
    flat[key] = Array.isArray(value) ? value.map(String).join(',') : String(value ?? '');
  }
  return flat;
}

function privatePage(res: Response): void {
  res.set({ 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' });
}

const questionUrl = (id: string, qs: string): string => (id === CHECK_PAGE ? `/next-steps/check?${qs}` : `/next-steps/question/${id}?${qs}`);

export function createQuestionnaireRouter({ views, profile, clock, calendar, publicBaseUrl }: QuestionnaireDeps): Router {
  const siteAddress = (req: Request): string => publicBaseUrl || `${req.protocol}://${req.get('host') ?? 'localhost'}`;
  const router = Router();
  const renderFields = createFieldRenderer(views);
  const start = prerender(views.render('questionnaire/start.njk', {}));
  router.get('/next-steps/start', (req, res) => sendPrerendered(req, res, start, 'public, max-age=300'));

  router.get('/next-steps/question/:id', (req: Request<{ id: string }>, res: Response) => {
    privatePage(res);
    const question = QUESTION_BY_ID.get(req.params.id);
    if (!question) {
      res.redirect(303, '/next-steps/start');
      return;
    }
    const today = todayInLondon(clock);
    const query = flatQuery(req);
    const returnTo = query['return'] === 'check' ? 'check' : undefined;
    const extra: Record<string, string> = returnTo ? { return: 'check' } : {};

    if (query['answering'] === question.id) {
      // A submitted answer: turn date boxes into one value, then replay everything.
      let typed: string | TypedDate | undefined = query[question.id];
      let partsError: string | undefined;
      if (question.kind === 'date') {
        const parts = { day: query[`${question.id}-day`] ?? '', month: query[`${question.id}-month`] ?? '', year: query[`${question.id}-year`] ?? '' };
        typed = parts;
        const joined = dateFromParts(parts.day, parts.month, parts.year);
        if (query[`${question.id}-unsure`] === 'yes') query[question.id] = UNKNOWN_DATE;
        else if (typeof joined === 'string') query[question.id] = joined;
        else partsError = joined.message === 'empty' ? question.required : joined.message;
      }
      if (!partsError && query[question.id] === undefined) partsError = question.required;
      const replayed = replay(partsError ? { ...query, [question.id]: undefined } : query, today);
      const error = partsError ?? (replayed.current === question.id ? replayed.error : undefined);
      if (error && replayed.path.includes(question.id)) {
        const answers = Object.fromEntries(Object.entries(replayed.answers).filter(([id]) => id !== question.id));
        const page = questionPage(question, answers, { error, ...(typed !== undefined ? { typed } : {}), ...(returnTo ? { returnTo } : {}) });
        sendRendered(req, res.status(400), views.render('questionnaire/question.njk', { ...page, fieldsHtml: renderFields(page), noindex: true }));
        return;
      }
      const goTo = replayed.current;
      res.redirect(303, questionUrl(goTo, queryString(replayed.answers, goTo === CHECK_PAGE ? {} : extra)));
      return;
    }

    const replayed = replay(query, today);
    const onPath = replayed.path.indexOf(question.id);
    const reachable = onPath !== -1 && (replayed.current === CHECK_PAGE || onPath <= replayed.path.indexOf(replayed.current));
    if (!reachable) {
      res.redirect(302, questionUrl(replayed.current, queryString(replayed.answers, replayed.current === CHECK_PAGE ? {} : extra)));
      return;
    }
    const canonical = queryString(replayed.answers, extra);
    const invalidHere = replayed.current === question.id && replayed.error;
    if (!invalidHere && new URLSearchParams(query).toString() !== canonical) {
      res.redirect(302, `/next-steps/question/${question.id}?${canonical}`);
      return;
    }
    const page = questionPage(question, replayed.answers, {
      ...(invalidHere ? { error: replayed.error!, typed: query[question.id] ?? '' } : {}),
      ...(returnTo ? { returnTo } : {}),
    });
    sendRendered(req, res.status(invalidHere ? 400 : 200), views.render('questionnaire/question.njk', { ...page, fieldsHtml: renderFields(page), noindex: true }));
  });

  /** Sends the user to the first unanswered question, or to the canonical URL; true when it did. */
  function redirectUnlessComplete(req: Request, res: Response, path: string) {
    const query = flatQuery(req);
    const replayed = replay(query, todayInLondon(clock));
    if (replayed.current !== CHECK_PAGE) {
      res.redirect(302, questionUrl(replayed.current, queryString(replayed.answers)));
      return undefined;
    }
    const canonical = queryString(replayed.answers);
    if (new URLSearchParams(query).toString() !== canonical) {
      res.redirect(302, `${path}?${canonical}`);
      return undefined;
    }
    return replayed.answers;
  }

  router.get('/next-steps/check', (req, res) => {
    privatePage(res);
    const answers = redirectUnlessComplete(req, res, '/next-steps/check');
    if (!answers) return;
    sendRendered(req, res, views.render('questionnaire/check.njk', { rows: checkAnswersRows(answers), query: queryString(answers), noindex: true }));
  });

  router.get('/next-steps/result', (req, res) => {
    privatePage(res);
    const answers = redirectUnlessComplete(req, res, '/next-steps/result');
    if (!answers) return;
    const qs = queryString(answers);
    const pageUrl = `${siteAddress(req)}/next-steps/result?${qs}`;
    const result = buildResult(answers, clock, calendar, eventInWords(answers), profile, pageUrl);
    if (!result.ok) {
      sendRendered(req, res.status(400), views.render('questionnaire/result-problem.njk', { problems: result.problems, query: qs, noindex: true }));
      return;
    }
    sendRendered(
      req,
      res,
      views.render('questionnaire/result.njk', {
        ...result.page,
        toldUs: toldUsRows(answers),
        query: qs,
        pageUrl,
        printUrl: pageUrl,
        printNote: `Dates worked out on ${dayMonthYear(result.page.asOf)}.`,
        mailto: `mailto:?subject=${encodeURIComponent(result.page.email.subject)}&body=${encodeURIComponent(result.page.email.body)}`,
        noindex: true,
      }),
    );
  });

  router.get('/next-steps/calendar.ics', (req, res) => {
    privatePage(res);
    const answers = redirectUnlessComplete(req, res, '/next-steps/calendar.ics');
    if (!answers) return;
    const pageUrl = `${siteAddress(req)}/next-steps/result?${queryString(answers)}`;
    const result = buildResult(answers, clock, calendar, eventInWords(answers), profile, pageUrl);
    if (!result.ok) {
      res.status(400).type('text/plain').send(result.problems.join('\n'));
      return;
    }
    res.type('text/calendar; charset=utf-8').set('Content-Disposition', 'attachment; filename="send-deadlines.ics"');
    sendRendered(req, res, buildCalendar(result.page, pageUrl, queryString(answers), profile));
  });
  router.all(['/next-steps/question/:id', '/next-steps/check', '/next-steps/result', '/next-steps/calendar.ics'], (_req, res) => {
    res.set('Allow', 'GET, HEAD').status(405).type('text/plain').send('Use a link or the Continue button: these pages only accept GET.');
  });
  return router;
}
