// createApp(deps): builds the Express app from config, content, profile, clock and logger.
// No side effects: only src/server.ts listens.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import nunjucks from 'nunjucks';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { SiteContent } from './content/factsheets.js';
import type { BankHolidayCalendar, Clock } from './dates/index.js';
import { requestLogger } from './logging.js';
import { createApiRouter } from './routes/api.js';
import { createPagesRouter } from './routes/pages.js';
import { createQuestionnaireRouter } from './routes/questionnaire.js';
import type { ServiceProfile } from './services/service-profile.js';
import { prerender, sendPrerendered } from './static-page.js';
import { telHref } from './view-models/layout.js';

export interface AppDeps {
  config: Pick<Config, 'NODE_ENV'>;
  content: SiteContent;
  profile: ServiceProfile;
  logger: Logger;
  clock: Clock;
  calendar: BankHolidayCalendar;
  rootDir?: string;
}

/** The hash of govuk-frontend's one inline script, so the CSP needs no 'unsafe-inline' and no nonce. */
const GOVUK_TEMPLATE_SCRIPT_HASH = "'sha256-GUQ5ad8JK5KmEWmROf3LZd9ge94daqNvd8xy9YS1iDw='";
const ONE_YEAR = 'public, max-age=31536000, immutable';
const MAX_URL_LENGTH = 4096;

function fingerprinted(file: string, name: string, ext: string, type: string) {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 12);
  return { path: `/build/${name}.${hash}.${ext}`, page: prerender(text, type) };
}

export function createNunjucks(rootDir: string, production: boolean): nunjucks.Environment {
  const env = nunjucks.configure(
    [join(rootDir, 'views'), join(rootDir, 'node_modules', 'govuk-frontend', 'dist')],
    { autoescape: true, noCache: !production, throwOnUndefined: false },
  );
  env.addFilter('tel', telHref);
  return env;
}

export function createApp(deps: AppDeps): express.Express {
  const rootDir = deps.rootDir ?? process.cwd();
  const production = deps.config.NODE_ENV === 'production';
  const views = createNunjucks(rootDir, production);
  const css = fingerprinted(join(rootDir, 'public', 'build', 'main.css'), 'main', 'css', 'text/css; charset=utf-8');
  const js = fingerprinted(join(rootDir, 'public', 'js', 'enhance.js'), 'enhance', 'js', 'text/javascript; charset=utf-8');
  views.addGlobal('service', deps.profile);
  views.addGlobal('cssPath', css.path);
  views.addGlobal('jsPath', js.path);
  views.addGlobal('factsheetGroups', deps.content.factsheets);

  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", GOVUK_TEMPLATE_SCRIPT_HASH],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          baseUri: ["'none'"],
          objectSrc: ["'none'"],
        },
      },
      strictTransportSecurity: { maxAge: 31536000, includeSubDomains: true },
      referrerPolicy: { policy: 'no-referrer' },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use((_req, res, next) => {
    res.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()');
    next();
  });
  app.use(requestLogger(deps.logger));
  const uriTooLong = prerender(views.render('errors/414.njk', {}));
  app.use((req, res, next) => {
    // Real questionnaire URLs are well under 1 KB; much longer ones are refused before any work.
    if (req.originalUrl.length > MAX_URL_LENGTH) {
      res.status(414);
      sendPrerendered(req, res, uriTooLong, 'no-store');
      return;
    }
    next();
  });
  app.use(compression());

  app.get(css.path, (req, res) => sendPrerendered(req, res, css.page, ONE_YEAR));
  app.get(js.path, (req, res) => sendPrerendered(req, res, js.page, ONE_YEAR));
  app.use('/assets', express.static(join(rootDir, 'node_modules', 'govuk-frontend', 'dist', 'govuk', 'assets'), { maxAge: '365d', immutable: true }));
  app.get('/healthz', (_req, res) => {
    res.type('text/plain').set('Cache-Control', 'no-store').send('ok');
  });

  // Routers: one per area of the site.
  app.use(createApiRouter({ clock: deps.clock, calendar: deps.calendar }));
  app.use(createQuestionnaireRouter({ views, profile: deps.profile, clock: deps.clock, calendar: deps.calendar }));
  app.use(createPagesRouter({ views, content: deps.content }));

  const notFound = prerender(views.render('errors/404.njk', {}));
  app.use((req: Request, res: Response) => {
    res.status(404);
    sendPrerendered(req, res, notFound, 'no-store');
  });
  const serverError = prerender(views.render('errors/500.njk', {}));
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = (error as { status?: number } | null)?.status;
    if (status && status >= 400 && status < 500) {
      res.status(status).type('text/plain').send('The request could not be understood. Check the address and try again.');
      return;
    }
    deps.logger.error({ err: production ? String((error as Error)?.name) : error, path: req.path }, 'unhandled error');
    res.status(500);
    sendPrerendered(req, res, serverError, 'no-store');
  });
  return app;
}
