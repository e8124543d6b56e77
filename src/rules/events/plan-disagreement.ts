// §5.2: a final or amended plan where the parent disagrees only with sections that cannot be
// appealed on their own (C, D, E, G, H1, H2, J, K): no s.51 appeal is in play.
import { parentMonthsStartingWith } from '../counting.js';
import { countFrom } from '../context.js';
import { decisionSent } from '../decision-sent.js';
import { NHS_COMPLAINT_NOTE } from './shared-notes.js';
import type { DeadlineDraft, EventResult, RuleContext } from '../types.js';
import type { PlanSection, RouteId } from '../vocabulary.js';

const has = (sections: ReadonlySet<PlanSection>, ...names: PlanSection[]): boolean => names.some((n) => sections.has(n));

export function planDisagreementWithoutAppeal(context: RuleContext): EventResult {
  const sections = new Set(context.situation.disagree_with ?? []);
  const routes: RouteId[] = [];
  if (has(sections, 'E', 'J', 'K')) routes.push('disagreement_resolution');
  if (has(sections, 'C', 'G', 'D', 'H1', 'H2')) routes.push('mediation');
  if (has(sections, 'C', 'G')) routes.push('health_complaint', 'phso_complaint');
  const needsOmbudsman = has(sections, 'D', 'H1', 'H2', 'E', 'J', 'K');
  if (needsOmbudsman) routes.push('la_complaint', 'lgsco_complaint');

  const deadlines: DeadlineDraft[] = [];
  const sent = decisionSent(context.situation);
  if (needsOmbudsman && sent) {
    // Local Government Act 1974 s.26B: 12 months starting with the day the parent first had notice.
    deadlines.push(
      countFrom(sent.startPath, () =>
        parentMonthsStartingWith({
          what: 'lgsco_complaint',
          start: sent.start,
          startDay: 'the day the decision was sent',
          months: 12,
          source: 'Local Government Act 1974 s.26B(1)–(2)',
          calendar: context.calendar,
          forum: 'ombudsman',
          startAmbiguous: sent.onlyReceived,
          ...(sent.later ? { laterStart: sent.later.date } : {}),
        }),
      ),
    );
  }
  const notes = [
    'These parts of the plan cannot be appealed to the SEND Tribunal on their own. If you also disagree with section B, F or I, you can appeal, and the Tribunal can then make recommendations about health and social care.',
    'Disagreement resolution and mediation are free and voluntary, and they do not pause any time limit.',
  ];
  if (has(sections, 'C', 'G')) {
    notes.push('Health complaints go to the health provider or the Integrated Care Board (ICB) first, then the Parliamentary and Health Service Ombudsman.', NHS_COMPLAINT_NOTE);
    if (!has(sections, 'D', 'H1', 'H2')) {
      notes.push('Mediation only about health provision is arranged by the Integrated Care Board (ICB), within 30 days of the LA telling it (SEND Regulations 2014, Part 2).');
    }
  }
  return { routes, deadlines, mediationAdviceRequired: null, notes };
}
