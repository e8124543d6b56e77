// Error pages: a friendly 404, a 414 for absurdly long URLs, and a 500 page that never shows what
// went wrong (no stack trace, no message), in production or not. All are rendered once, up front.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type nunjucks from 'nunjucks';
import type { Logger } from 'pino';
import { prerender, sendPrerendered } from '../static-page.js';

/** Real pages' URLs (questionnaire answers included) are well under 1 KB. */
export const MAX_URL_LENGTH = 4096;

/** Refuses over-long URLs before any work is done, with a page that says what to do. */
export function uriTooLongGuard(views: nunjucks.Environment): RequestHandler {
  const page = prerender(views.render('errors/414.njk', { noindex: true }));
  return (req, res, next) => {
    if (req.originalUrl.length <= MAX_URL_LENGTH) {
      next();
      return;
    }
    res.status(414);
    sendPrerendered(req, res, page, 'no-store');
  };
}

export function notFoundHandler(views: nunjucks.Environment): RequestHandler {
  const page = prerender(views.render('errors/404.njk', { noindex: true }));
  return (req, res) => {
    res.status(404);
    sendPrerendered(req, res, page, 'no-store');
  };
}

/** What to log about an error: its kind and where it happened, never its message (it may hold a user's answer). */
function describe(error: unknown): { name: string; stack?: string } {
  if (!(error instanceof Error)) return { name: typeof error };
  const frames = error.stack?.split('\n').filter((line) => line.trimStart().startsWith('at ')).slice(0, 8);
  return { name: error.name, ...(frames?.length ? { stack: frames.join('\n') } : {}) };
}

export function errorHandler(views: nunjucks.Environment, logger: Logger): ErrorRequestHandler {
  const page = prerender(views.render('errors/500.njk', { noindex: true }));
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status = (error as { status?: unknown } | null)?.status;
    // Client errors raised by Express itself (a malformed path, a body parser refusing input).
    if (typeof status === 'number' && status >= 400 && status < 500) {
      res.status(status).type('text/plain').set('Cache-Control', 'no-store').send('The request could not be understood. Check the address and try again.');
      return;
    }
    logger.error({ err: describe(error), method: req.method, path: req.path }, 'unhandled error');
    res.status(500);
    sendPrerendered(req, res, page, 'no-store');
  };
}
