// POST /api/v1/next-steps: a situation in, an outcome out (domain.md). Never a 500 for bad input.
import express, { type NextFunction, type Request, type Response, Router } from 'express';
import type { BankHolidayCalendar, Clock } from '../dates/index.js';
import type { LetterLibrary } from '../letters/loader.js';
import { answerNextStepsRequest } from '../view-models/api-outcome.js';
import { lettersForApi } from '../view-models/letters.js';
import { buildOpenApiDocument } from '../view-models/openapi.js';

export const API_BODY_LIMIT = '32kb';

interface ApiDeps {
  clock: Clock;
  calendar: BankHolidayCalendar;
  letters?: LetterLibrary;
}

function methodNotAllowed(allowed: string) {
  return (_req: Request, res: Response): void => {
    res.set('Allow', allowed).status(405).json({ errors: [{ path: '(method)', message: `Use ${allowed}.` }] });
  };
}

/** Body-parser failures become JSON answers a client can act on. */
function bodyErrors(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  const type = (error as { type?: string } | null)?.type;
  if (type === 'entity.too.large') {
    res.status(413).json({ errors: [{ path: '(body)', message: `The body is too large: send at most ${API_BODY_LIMIT}.` }] });
  } else if (type === 'entity.parse.failed' || type === 'encoding.unsupported' || type === 'charset.unsupported') {
    res.status(400).json({ errors: [{ path: '(body)', message: 'The body is not valid JSON. Send a situation object as JSON.' }] });
  } else {
    next(error);
  }
}

export function createApiRouter({ clock, calendar, letters = [] }: ApiDeps): Router {
  const router = Router();
  const openApiDocument = JSON.stringify(buildOpenApiDocument());

  router.post(
    '/api/v1/next-steps',
    express.json({ limit: API_BODY_LIMIT, type: () => true, strict: false }),
    (req: Request, res: Response) => {
      res.set('Cache-Control', 'no-store');
      if (!req.is('application/json')) {
        res.status(400).json({
          errors: [{ path: '(body)', message: 'Send the situation as JSON with the header Content-Type: application/json.' }],
        });
        return;
      }
      const answer = answerNextStepsRequest(req.body, clock, calendar);
      res.status(answer.status).json(answer.body);
    },
  );
  router.all('/api/v1/next-steps', methodNotAllowed('POST'));
  const letterList = JSON.stringify(lettersForApi(letters));
  router.get('/api/v1/letters', (_req, res) => {
    res.type('application/json').set('Cache-Control', 'public, max-age=300').send(letterList);
  });
  router.all('/api/v1/letters', methodNotAllowed('GET'));
  router.get('/api/v1/openapi.json', (_req, res) => {
    res.type('application/json').send(openApiDocument);
  });
  router.all('/api/v1/openapi.json', methodNotAllowed('GET'));
  router.use('/api', bodyErrors);
  return router;
}
