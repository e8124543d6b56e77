// Home, factsheets, the contact page and content pages: none depends on the request, so each is
// rendered once when the app is built and served from memory, already compressed.
import { Router } from 'express';
import type nunjucks from 'nunjucks';
import type { SiteContent } from '../content/factsheets.js';
import { prerender, sendPrerendered, type PrerenderedPage } from '../static-page.js';
import {
  contentPageModel,
  factsheetIndexModel,
  factsheetPageModel,
  factsheetPath,
  homePageModel,
} from '../view-models/pages.js';

interface PagesDeps {
  views: nunjucks.Environment;
  content: SiteContent;
}

/** Short, so an edited factsheet reaches readers soon after a restart; the ETag makes revalidation cheap. */
const PAGE_CACHE = 'public, max-age=300';

/** Top-level paths other parts of the site own: a content page may not take one. */
const RESERVED_PAGE_SLUGS = new Set(['factsheets', 'next-steps', 'api', 'assets', 'build', 'js', 'healthz', 'contact']);

export function renderStaticPages({ views, content }: PagesDeps): Map<string, PrerenderedPage> {
  const pages = new Map<string, PrerenderedPage>();
  const add = (path: string, template: string, context: object) => pages.set(path, prerender(views.render(template, context)));

  add('/', 'pages/home.njk', homePageModel(content));
  add('/factsheets', 'pages/factsheet-index.njk', factsheetIndexModel(content));
  add('/contact', 'pages/contact.njk', { pagePath: '/contact' });
  for (const sheet of content.factsheets) add(factsheetPath(sheet.slug), 'pages/factsheet.njk', factsheetPageModel(content, sheet));
  for (const page of content.pages.values()) {
    if (RESERVED_PAGE_SLUGS.has(page.slug)) throw new Error(`content/pages/${page.slug}.md: the address /${page.slug} is used by the site; rename the file`);
    add(`/${page.slug}`, 'pages/content-page.njk', contentPageModel(page));
  }
  return pages;
}

export function createPagesRouter(deps: PagesDeps): Router {
  const pages = renderStaticPages(deps);
  const router = Router();
  router.get('/{*path}', (req, res, next) => {
    const path = req.path;
    const page = pages.get(path);
    if (page) {
      sendPrerendered(req, res, page, PAGE_CACHE);
      return;
    }
    // "/factsheets/mediation/" → "/factsheets/mediation", keeping any query string.
    const withoutSlash = path.replace(/\/+$/, '');
    if (withoutSlash !== path && pages.has(withoutSlash)) {
      const queryStart = req.originalUrl.indexOf('?');
      res.redirect(301, withoutSlash + (queryStart === -1 ? '' : req.originalUrl.slice(queryStart)));
      return;
    }
    next();
  });
  return router;
}
