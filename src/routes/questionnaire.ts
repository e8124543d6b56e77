// The questionnaire's start page. (The question pages and the next-steps page mount here too.)
import { Router } from 'express';
import type nunjucks from 'nunjucks';
import type { BankHolidayCalendar, Clock } from '../dates/index.js';
import type { ServiceProfile } from '../services/service-profile.js';
import { prerender, sendPrerendered } from '../static-page.js';

interface QuestionnaireDeps {
  views: nunjucks.Environment;
  profile: ServiceProfile;
  clock: Clock;
  calendar: BankHolidayCalendar;
}

export function createQuestionnaireRouter({ views }: QuestionnaireDeps): Router {
  const router = Router();
  const start = prerender(views.render('questionnaire/start.njk', {}));
  router.get('/next-steps/start', (req, res) => sendPrerendered(req, res, start, 'public, max-age=300'));
  return router;
}
