// Letters filled from the answers. GET shows the letter with [bracketed] prompts and a form for the
// personal details; POST fills it in (HTML, or a .docx with format=docx). The answers stay in the
// URL as everywhere else; personal details travel only in the POST body and every response is
// no-store. Nothing here logs: the request log (src/logging.ts) records the path only.
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import type nunjucks from 'nunjucks';
import { todayInLondon, type BankHolidayCalendar, type Clock } from '../dates/index.js';
import { ASKS_SEN_EXPERT } from '../letters/catalogue.js';
import { letterAsDocx } from '../letters/docx.js';
import type { LetterLibrary, LetterTemplate } from '../letters/loader.js';
import { CHECK_PAGE } from '../questionnaire/flow.js';
import { queryString, replay } from '../questionnaire/replay.js';
import type { ServiceProfile } from '../services/service-profile.js';
import { checkPersonalDetails, type FieldError, type TypedDetails } from '../view-models/letter-form.js';
import { buildLetterPage, letterMailto } from '../view-models/letters.js';
import { flatQuery, privatePage, questionUrl } from './answers-in-url.js';

export const LETTER_BODY_LIMIT = '16kb';

interface LetterDeps {
  views: nunjucks.Environment;
  letters: LetterLibrary;
  profile: ServiceProfile;
  clock: Clock;
  calendar: BankHolidayCalendar;
}

const EMPTY_TYPED: TypedDetails = { parent_name: '', parent_address: '', child_name: '', child_dob_day: '', child_dob_month: '', child_dob_year: '', la_reference: '', school_name: '', sen_expert: '' };
const TOO_LONG: FieldError = { field: 'parent_name', message: 'What you typed is too long. Each box needs only a name, an address or a short reference' };

export function createLettersRouter({ views, letters, profile, clock, calendar }: LetterDeps): Router {
  const router = Router();
  const byId = new Map(letters.map((l) => [l.id as string, l]));
  const parseForm = express.urlencoded({ extended: false, limit: LETTER_BODY_LIMIT, parameterLimit: 20 });

  /** The letter and the complete answers, or undefined when it has answered the request itself. */
  function prepare(req: Request<{ id: string }>, res: Response): { template: LetterTemplate; answers: Record<string, string>; qs: string } | undefined {
    privatePage(res);
    const template = byId.get(req.params.id);
    if (!template) {
      res.status(404).type('html').send(views.render('errors/404.njk', { noindex: true }));
      return undefined;
    }
    const replayed = replay(flatQuery(req), todayInLondon(clock));
    if (replayed.current !== CHECK_PAGE) {
      // The questionnaire first: a letter needs the answers its dates come from.
      res.redirect(303, questionUrl(replayed.current, queryString(replayed.answers)));
      return undefined;
    }
    return { template, answers: replayed.answers, qs: queryString(replayed.answers) };
  }

  function respond(res: Response, input: { template: LetterTemplate; answers: Record<string, string>; qs: string }, form: { typed: TypedDetails; errors: FieldError[]; filled: boolean }, status: number, details?: Parameters<typeof buildLetterPage>[0]['details']): void {
    const built = buildLetterPage({ template: input.template, answers: input.answers, clock, calendar, profile, ...(details ? { details } : {}) });
    if (!built.ok) {
      if (built.reason === 'not-for-this-situation') res.redirect(303, `/next-steps/result?${input.qs}`);
      else res.status(400).type('html').send(views.render('questionnaire/result-problem.njk', { problems: built.problems, query: input.qs, noindex: true }));
      return;
    }
    const html = views.render('letters/letter.njk', {
      ...built.page,
      query: input.qs,
      action: `/letters/${input.template.id}?${input.qs}`,
      typed: form.typed,
      errors: form.errors,
      errorList: form.errors.map((e) => ({ text: e.message, href: `#${e.field}` })),
      errorFor: Object.fromEntries(form.errors.map((e) => [e.field, e.message])),
      filledIn: form.filled,
      asksSenExpert: ASKS_SEN_EXPERT.has(input.template.id),
      mailto: form.filled ? letterMailto(built.page, profile, input.template.to) : undefined,
      errorSummary: form.errors.length > 0,
      noindex: true,
    });
    res.status(status).type('html').send(html);
  }

  router.get('/letters/:id', (req: Request<{ id: string }>, res) => {
    const input = prepare(req, res);
    if (input) respond(res, input, { typed: EMPTY_TYPED, errors: [], filled: false }, 200);
  });

  router.post(
    '/letters/:id',
    parseForm,
    async (req: Request<{ id: string }>, res, next) => {
      const input = prepare(req, res);
      if (!input) return;
      const checked = checkPersonalDetails((req.body ?? {}) as Record<string, unknown>, todayInLondon(clock), { asksSenExpert: ASKS_SEN_EXPERT.has(input.template.id) });
      if (!checked.ok) {
        respond(res, input, { typed: checked.typed, errors: checked.errors, filled: false }, 400);
        return;
      }
      if ((req.body as Record<string, unknown>)['format'] === 'docx') {
        const built = buildLetterPage({ template: input.template, answers: input.answers, clock, calendar, profile, details: checked.details });
        if (!built.ok) {
          respond(res, input, { typed: checked.typed, errors: [], filled: false }, 400);
          return;
        }
        try {
          const file = await letterAsDocx(built.page.filled);
          res
            .status(200)
            .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
            .set('Content-Disposition', `attachment; filename="${input.template.id}.docx"`)
            .send(file);
        } catch (error) {
          next(error);
        }
        return;
      }
      respond(res, input, { typed: checked.typed, errors: [], filled: true }, 200, checked.details);
    },
  );

  // A body over the limit: the same page, with a message saying what to do (never a bare error).
  router.use('/letters/:id', (error: unknown, req: Request<{ id: string }>, res: Response, next: NextFunction) => {
    if ((error as { type?: string } | null)?.type !== 'entity.too.large') {
      next(error);
      return;
    }
    req.resume();
    const input = prepare(req, res);
    if (input) respond(res, input, { typed: EMPTY_TYPED, errors: [TOO_LONG], filled: false }, 413);
  });

  router.all('/letters/:id', (_req, res) => {
    res.set('Allow', 'GET, HEAD, POST').status(405).type('text/plain').send('Use the letter page and its form.');
  });
  return router;
}
