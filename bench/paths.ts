// Questionnaire URLs the benchmark and the Lighthouse audit use. Answers live in the URL, so these
// must stay in step with the questions in src/questionnaire/questions.ts.
//
// The dates are counted back from today, so the plan measured is always the same kind: an appeal
// against a final EHC plan, decision sent 30 days ago, the parent declined mediation 10 days ago and
// has had the certificate for a week, so the appeal is still in time (fixed dates would drift into
// a late appeal with a much shorter page).
const DAY_MS = 86_400_000;
const daysAgo = (days: number): string => new Date(Date.now() - days * DAY_MS).toISOString().slice(0, 10);

const DECISION_LETTER = daysAgo(30);
const CONTACTED_ADVISER = daysAgo(10);
const CERTIFICATE_ISSUED = daysAgo(7);

export const APPEAL_ANSWERS = new URLSearchParams([
  ['who', 'parent'],
  ['setting', 'school'],
  ['has_ehc_plan', 'yes'],
  ['topic', 'la_decision'],
  ['event', 'final_plan_issued'],
  ['disagree_with', 'B,F,I'],
  ['decision_letter', DECISION_LETTER],
  ['decision_email_sent', 'no'],
  ['mediation_stage', 'declined'],
  ['contacted_mediation_adviser', CONTACTED_ADVISER],
  ['has_certificate', 'yes'],
  ['mediation_certificate_issued', CERTIFICATE_ISSUED],
])
  .toString()
  .replace(/%2C/g, ',');

/** The last question of the appeal journey, with every earlier answer in the URL. */
export function deepQuestionPath(): string {
  const earlier = APPEAL_ANSWERS.split('&mediation_certificate_issued')[0];
  return `/next-steps/question/mediation_certificate_issued?${earlier}`;
}

/** The same appeal as a situation for POST /api/v1/next-steps. */
export const APPEAL_SITUATION = {
  who: 'parent',
  setting: 'school',
  has_ehc_plan: true,
  event: 'final_plan_issued',
  disagree_with: ['B', 'F', 'I'],
  dates: { decision_letter: DECISION_LETTER, contacted_mediation_adviser: CONTACTED_ADVISER, mediation_certificate_issued: CERTIFICATE_ISSUED },
  mediation_declined: true,
  as_of: daysAgo(0),
};
