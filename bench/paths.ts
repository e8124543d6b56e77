// Questionnaire URLs the benchmark and the Lighthouse audit use. Answers live in the URL, so these
// must stay in step with the questions in src/questionnaire/questions.ts.
export const APPEAL_ANSWERS =
  'who=parent&setting=school&has_ehc_plan=yes&topic=la_decision&event=final_plan_issued&disagree_with=B,F,I&decision_letter=2026-10-02&decision_email_sent=no&mediation_stage=declined&contacted_mediation_adviser=2026-10-20&has_certificate=yes&mediation_certificate_issued=2026-10-23';

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
  dates: { decision_letter: '2026-10-02', contacted_mediation_adviser: '2026-10-20', mediation_certificate_issued: '2026-10-23' },
  mediation_declined: true,
  as_of: '2026-11-24',
};
