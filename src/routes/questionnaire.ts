// The "What can I do next?" questionnaire. Answers live in the URL (GET forms, one parameter per
// question); every request replays them from the first question, and non-canonical URLs redirect.
import { Router, type Request, type Response } from 'express';
import type nunjucks from 'nunjucks';
import { dayMonthYear, todayInLondon, type BankHolidayCalendar, type Clock } from '../dates/index.js';
import type { SiteContent } from '../content/factsheets.js';
import { dateFromParts, dateName, UNKNOWN_DATE, type DatePart } from '../questionnaire/answers.js';
import { CHECK_PAGE, HELP_PAGE } from '../questionnaire/flow.js';
import { QUESTION_BY_ID, type Question } from '../questionnaire/questions.js';
import { queryString, replay } from '../questionnaire/replay.js';
import type { ServiceProfile } from '../services/service-profile.js';
import { prerender, sendPrerendered, sendRendered } from '../static-page.js';
import { flatQuery, isEndPage, privatePage, questionUrl, type Query } from './answers-in-url.js';
import { createFieldRenderer } from './question-fields.js';
import { buildCalendar, buildResult } from '../view-models/next-steps-result.js';
import { helpPage } from '../view-models/help-page.js';
import { factsheetGroups } from '../view-models/pages.js';
import { readMoreLinks } from '../view-models/read-more.js';
import { checkAnswersRows, eventInWords, questionPage, toldUsRows, type TypedDate } from '../view-models/question-page.js';

interface QuestionnaireDeps {
  views: nunjucks.Environment;
  profile: ServiceProfile;
  clock: Clock;
  calendar: BankHolidayCalendar;
  /** The factsheets, listed on the help page a way out leads to. */
  content: SiteContent;
  /** The site's public address (PUBLIC_BASE_URL); when set, links to a plan never trust the Host header. */
  publicBaseUrl?: string;
}


/** The query string as the browser sent it, normalised: a URL that differs from the canonical one redirects. */
function asSent(req: Request): string {
  const at = req.originalUrl.indexOf('?');
  return at === -1 ? '' : new URLSearchParams(req.originalUrl.slice(at + 1)).toString();
}


/**
 * The state to carry to the page a request is sent on to. A value that failed its check is kept, so
 * the question shows it again with its message (a mangled link is fixed, not silently dropped).
 */
function stateQuery(replayed: ReturnType<typeof replay>, query: Query, extra: Record<string, string> = {}): string {
  const bad = replayed.error && query[replayed.current] !== undefined ? { [replayed.current]: query[replayed.current]! } : {};
  return queryString(replayed.answers, { ...bad, ...extra });
}


interface Submitted {
  /** The answer as one URL value, when the boxes gave one. */
  value?: string;
  /** What the user typed, shown again with the error. */
  typed?: string | TypedDate;
  error?: string;
  errorParts?: DatePart[];
}

/** Reads a submitted answer: date boxes become one value; an "I am not sure" box and a typed value together ask to choose one. */
function readSubmitted(question: Question, query: Query): Submitted {
  const unsure = query[`${question.id}-unsure`] === 'yes';
  if (question.kind === 'date') {
    const typed = { day: query[`${question.id}-day`] ?? '', month: query[`${question.id}-month`] ?? '', year: query[`${question.id}-year`] ?? '' };
    const joined = dateFromParts(typed.day, typed.month, typed.year, dateName(question));
    if (unsure && joined !== 'empty') return { typed, error: `Enter ${dateName(question)} or select "I am not sure", not both` };
    if (unsure) return { value: UNKNOWN_DATE, typed: UNKNOWN_DATE };
    if (joined === 'empty') return { typed, error: question.required };
    if (typeof joined !== 'string') return { typed, error: joined.message, errorParts: joined.parts };
    return { value: joined, typed };
  }
  const given = query[question.id];
  if (question.kind === 'number' && question.unsureText && unsure) {
    if (given && given.trim() !== '') return { typed: given, error: 'Enter the number or select "I am not sure", not both' };
    return { value: UNKNOWN_DATE, typed: UNKNOWN_DATE };
  }
  if (given === undefined || given === '') return { error: question.required };
  return { value: given, typed: given };
}

export function createQuestionnaireRouter({ views, profile, clock, calendar, content, publicBaseUrl }: QuestionnaireDeps): Router {
  const readMoreFor = readMoreLinks(content);
  // The help page's list of factsheets is the same for every visitor, so it is rendered once.
  const factsheetListHtml = views.render('partials/factsheet-list.njk', { groups: factsheetGroups(content), headingLevel: 3 });
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
      // A submitted answer: read it, then replay everything (later answers still on the path are kept).
      const submitted = readSubmitted(question, query);
      const replayed = replay({ ...query, [question.id]: submitted.error ? undefined : submitted.value }, today);
      const error = submitted.error ?? (replayed.current === question.id ? replayed.error : undefined);
      if (error && replayed.path.includes(question.id)) {
        const answers = Object.fromEntries(Object.entries(replayed.answers).filter(([id]) => id !== question.id));
        const page = questionPage(question, answers, {
          error,
          ...(submitted.errorParts ? { errorParts: submitted.errorParts } : {}),
          ...(submitted.typed !== undefined ? { typed: submitted.typed } : {}),
          ...(returnTo ? { returnTo } : {}),
        });
        sendRendered(req, res.status(400), views.render('questionnaire/question.njk', { ...page, fieldsHtml: renderFields(page), noindex: true }));
        return;
      }
      const goTo = replayed.current;
      res.redirect(303, questionUrl(goTo, queryString(replayed.answers, isEndPage(goTo) ? {} : extra)));
      return;
    }

    const replayed = replay(query, today);
    const onPath = replayed.path.indexOf(question.id);
    const reachable = onPath !== -1 && (isEndPage(replayed.current) || onPath <= replayed.path.indexOf(replayed.current));
    if (!reachable) {
      res.redirect(302, questionUrl(replayed.current, stateQuery(replayed, query, isEndPage(replayed.current) ? {} : extra)));
      return;
    }
    const canonical = queryString(replayed.answers, extra);
    const invalidHere = replayed.current === question.id && replayed.error;
    if (!invalidHere && asSent(req) !== canonical) {
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
  function redirectUnlessComplete(req: Request, res: Response, path: string, end: string = CHECK_PAGE) {
    const query = flatQuery(req);
    const replayed = replay(query, todayInLondon(clock));
    if (replayed.current !== end) {
      res.redirect(302, questionUrl(replayed.current, stateQuery(replayed, query)));
      return undefined;
    }
    const canonical = queryString(replayed.answers);
    if (asSent(req) !== canonical) {
      res.redirect(302, `${path}?${canonical}`);
      return undefined;
    }
    return replayed.answers;
  }

  router.get('/next-steps/check', (req, res) => {
    privatePage(res);
    const answers = redirectUnlessComplete(req, res, '/next-steps/check');
    if (!answers) return;
    const path = Object.keys(answers);
    const last = path.at(-1) ?? 'who';
    sendRendered(
      req,
      res,
      views.render('questionnaire/check.njk', {
        rows: checkAnswersRows(answers),
        query: queryString(answers),
        backHref: `/next-steps/question/${last}?${queryString(answers)}`,
        noindex: true,
      }),
    );
  });

  router.get('/next-steps/help', (req, res) => {
    privatePage(res);
    const answers = redirectUnlessComplete(req, res, '/next-steps/help', HELP_PAGE);
    if (!answers) return;
    sendRendered(req, res, views.render('questionnaire/help.njk', { ...helpPage(answers, profile), factsheetListHtml, noindex: true }));
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
        readMore: readMoreFor(result.page.event, result.page.youngPerson),
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
  router.all(['/next-steps/question/:id', '/next-steps/check', '/next-steps/help', '/next-steps/result', '/next-steps/calendar.ics'], (_req, res) => {
    res.set('Allow', 'GET, HEAD').status(405).type('text/plain').send('Use a link or the Continue button: these pages only accept GET.');
  });
  return router;
}
