// createApp(deps): builds the Express app from config, content, profile, clock and logger.
// No side effects: it never listens and never reads the environment; only src/server.ts listens.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import compression from 'compression';
import express from 'express';
import type nunjucks from 'nunjucks';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { SiteContent } from './content/factsheets.js';
import type { LetterLibrary } from './letters/loader.js';
import type { BankHolidayCalendar, Clock } from './dates/index.js';
import { requestLogger } from './logging.js';
import { createApiRouter } from './routes/api.js';
import { errorHandler, notFoundHandler, uriTooLongGuard } from './routes/errors.js';
import { createLettersRouter } from './routes/letters.js';
import { createPagesRouter } from './routes/pages.js';
import { createQuestionnaireRouter } from './routes/questionnaire.js';
import { securityHeaders } from './security.js';
import type { ServiceProfile } from './services/service-profile.js';
import { prerender, sendPrerendered, type PrerenderedPage } from './static-page.js';
import { letterLinksByRoute } from './view-models/letters.js';
import { addViewGlobals, createNunjucks } from './views.js';

export { renderPage, type RenderOptions } from './views.js';
export { prerender, sendPrerendered, type PrerenderedPage } from './static-page.js';

/** Everything the app needs, built by src/server.ts (or a test). Add fields here as the site grows. */
export interface AppDeps {
  config: Pick<Config, 'NODE_ENV'> & Partial<Pick<Config, 'PUBLIC_BASE_URL'>>;
  /** Factsheets and content pages, loaded and rendered once (src/content). */
  content: SiteContent;
  /** Letters filled from the answers (src/letters); none when left out. */
  letters?: LetterLibrary;
  /** The local service whose contact details every page shows (src/services). */
  profile: ServiceProfile;
  logger: Logger;
  clock: Clock;
  /** England and Wales bank holidays (src/dates). */
  calendar: BankHolidayCalendar;
  /** Where views/, public/ and node_modules/ are; defaults to the working directory. */
  rootDir?: string;
}

export interface SiteApp extends express.Express {
  /** The configured Nunjucks environment (layout globals included), for routers and tests. */
  views: nunjucks.Environment;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

interface FingerprintedFile {
  url: string;
  page: PrerenderedPage;
}

/** /build/main.<hash>.css: the URL changes whenever the file does, so it can be cached for a year. */
function fingerprint(file: string, urlPrefix: string, ext: string, contentType: string, logger: Logger): FingerprintedFile {
  const body = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
  if (body.length === 0) logger.warn({ file }, 'asset missing or empty (run npm run build:css)');
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return { url: `${urlPrefix}.${hash}.${ext}`, page: prerender(body, contentType) };
}

export function createApp(deps: AppDeps): SiteApp {
  const rootDir = deps.rootDir ?? process.cwd();
  const production = deps.config.NODE_ENV === 'production';
  const publicDir = join(rootDir, 'public');

  const css = fingerprint(join(publicDir, 'build', 'main.css'), '/build/main', 'css', 'text/css; charset=utf-8', deps.logger);
  const js = fingerprint(join(publicDir, 'js', 'enhance.js'), '/js/enhance', 'js', 'text/javascript; charset=utf-8', deps.logger);
  // govuk-frontend's script, served from the site (CSP script-src 'self'); enhance.js imports it.
  const govukJs = fingerprint(
    join(rootDir, 'node_modules', 'govuk-frontend', 'dist', 'govuk', 'govuk-frontend.min.js'),
    '/js/govuk-frontend',
    'js',
    'text/javascript; charset=utf-8',
    deps.logger,
  );

  // Templates are cached except in development, where edits show on reload.
  const views = createNunjucks(rootDir, { cacheTemplates: deps.config.NODE_ENV !== 'development' });
  addViewGlobals(views, {
    service: deps.profile,
    cssPath: css.url,
    jsPath: js.url,
    govukJsPath: govukJs.url,
    publicBaseUrl: deps.config.PUBLIC_BASE_URL ?? '',
  });
  const letters = deps.letters ?? [];
  views.addGlobal('letterLinksByRoute', letterLinksByRoute(letters));

  const app = express() as unknown as SiteApp;
  app.views = views;
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  // Pages built from answers are no-store, so a per-response hash would be wasted work; the
  // prerendered pages carry their own ETag (src/static-page.ts).
  app.set('etag', false);
  app.set('env', production ? 'production' : 'development');

  app.use(...securityHeaders());
  app.use(requestLogger(deps.logger));
  app.use(uriTooLongGuard(views));
  // Pages are compressed once or per response by src/static-page.ts; this covers the rest (API, error
  // pages). Below 2 KB (a typical API answer) compressing costs more time than it saves in transfer.
  app.use(compression({ threshold: '2kb' }));

  app.get(css.url, (req, res) => sendPrerendered(req, res, css.page, IMMUTABLE));
  app.get(js.url, (req, res) => sendPrerendered(req, res, js.page, IMMUTABLE));
  app.get(govukJs.url, (req, res) => sendPrerendered(req, res, govukJs.page, IMMUTABLE));
  // Only govuk-frontend's assets folder (images, manifest; its fonts go unused), never the whole package.
  app.use('/assets', express.static(join(rootDir, 'node_modules', 'govuk-frontend', 'dist', 'govuk', 'assets'), { maxAge: '365d', immutable: true, index: false }));
  // The same files under their plain names (e.g. /build/main.css), with a short cache. Mounted on
  // their folders so other requests never touch the disk.
  for (const folder of ['build', 'js']) {
    app.use(`/${folder}`, express.static(join(publicDir, folder), { maxAge: '1h', index: false }));
  }
  app.get('/healthz', (_req, res) => {
    res.type('text/plain').set('Cache-Control', 'no-store').send('ok');
  });

  // ---- Routers from src/routes/, one per area of the site. Mount new routers here. ----
  // Each gets only what it needs; to render with the layout use `views` and renderPage() from
  // src/views.ts (or prerender() for pages that do not depend on the request).
  app.use(createApiRouter({ clock: deps.clock, calendar: deps.calendar, letters }));
  app.use(
    createQuestionnaireRouter({ views, profile: deps.profile, clock: deps.clock, calendar: deps.calendar, content: deps.content, publicBaseUrl: deps.config.PUBLIC_BASE_URL ?? '' }),
  );
  app.use(createLettersRouter({ views, letters, profile: deps.profile, clock: deps.clock, calendar: deps.calendar }));
  app.use(createPagesRouter({ views, content: deps.content }));
  // ---- End of routers. ----

  app.use(notFoundHandler(views));
  app.use(errorHandler(views, deps.logger));
  return app;
}
