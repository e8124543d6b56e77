// Home, factsheets and content pages: rendered once when the app is built, served from memory.
import { Router, type Request, type Response } from 'express';
import type nunjucks from 'nunjucks';
import type { SiteContent } from '../content/factsheets.js';
import { prerender, sendPrerendered, type PrerenderedPage } from '../static-page.js';
import { factsheetPageModel, homePageModel } from '../view-models/pages.js';

interface PagesDeps {
  views: nunjucks.Environment;
  content: SiteContent;
}

const CACHE = 'public, max-age=300';

export function createPagesRouter({ views, content }: PagesDeps): Router {
  const router = Router();
  const pages = new Map<string, PrerenderedPage>();
  pages.set('/', prerender(views.render('pages/home.njk', homePageModel(content))));
  pages.set('/factsheets', prerender(views.render('pages/factsheet-index.njk', homePageModel(content))));
  for (const sheet of content.factsheets) {
    pages.set(`/factsheets/${sheet.slug}`, prerender(views.render('pages/factsheet.njk', factsheetPageModel(content, sheet))));
  }
  for (const page of content.pages.values()) {
    pages.set(`/${page.slug}`, prerender(views.render('pages/content-page.njk', { page })));
  }

  router.get('/{*path}', (req: Request, res: Response, next) => {
    const page = pages.get(req.path.replace(/\/$/, '') || '/');
    if (page) sendPrerendered(req, res, page, CACHE);
    else next();
  });
  return router;
}
