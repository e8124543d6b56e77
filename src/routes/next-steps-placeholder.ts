// PLACEHOLDER for /next-steps/start until the questionnaire router serves it. app.ts mounts this
// after the questionnaire router, so the real start page wins as soon as it exists; then delete
// this file, views/pages/next-steps-placeholder.njk and its line in app.ts.
import { Router } from 'express';
import type nunjucks from 'nunjucks';
import { prerender, sendPrerendered } from '../static-page.js';

export function createNextStepsPlaceholderRouter({ views }: { views: nunjucks.Environment }): Router {
  const page = prerender(views.render('pages/next-steps-placeholder.njk', { pagePath: '/next-steps/start' }));
  const router = Router();
  router.get('/next-steps/start', (req, res) => sendPrerendered(req, res, page, 'no-cache'));
  return router;
}
