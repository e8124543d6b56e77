// §5.15: unhappy with SEN support at the setting; no LA decision yet (SEND Code of Practice 11.3–11.4).
import type { EventResult, RuleContext } from '../types.js';
import type { RouteId } from '../vocabulary.js';

export function senSupportConcerns(context: RuleContext): EventResult {
  const { situation } = context;
  const routes: RouteId[] = ['talk_to_setting'];
  if (!situation.has_ehc_plan) routes.push('request_ehc_needs_assessment');
  routes.push('disagreement_resolution', 'setting_complaint');
  if (situation.setting !== 'early_years') routes.push('dfe_complaint');
  const notes = [
    'Start by talking to the teacher, the SENCo or the head teacher. Keep notes of what is agreed.',
    situation.has_ehc_plan
      ? 'Your child has an EHC plan: you can ask the LA for an early review, or a re-assessment if needs have changed.'
      : 'Once you ask, the LA has 6 weeks to decide whether to carry out an EHC needs assessment (SEND Regulations 2014 reg 5(1)).',
  ];
  return { routes, deadlines: [], mediationAdviceRequired: null, notes };
}
