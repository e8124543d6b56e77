// §5.9: mediation ended in an agreement. SEND Regulations 2014 reg 42(2): matters that could have
// been appealed follow the reg 44 clocks as if the agreement were an order; reg 42(3): anything else
// within 2 weeks of the agreement.
import type { Trigger } from '../blocks/la-failure.js';
import { dateOf } from '../context.js';
import { dutyAfter } from '../counting.js';
import type { DeadlineDraft, EventResult, RuleContext } from '../types.js';
import type { OrderType } from '../vocabulary.js';
import { enforcementResult, orderDeadlines } from './tribunal-order.js';

export function mediationAgreement(context: RuleContext): EventResult {
  const agreed = dateOf(context.situation, 'mediation_agreement');
  const terms = new Set(context.situation.mediation_agreement_terms ?? []);
  const notes = [
    'If the agreement sets its own timescales in writing, those apply instead (reg 42(5)).',
    'Where the LA was not part of the agreement, the Integrated Care Board (ICB) must tell it within 1 week (reg 42(4)).',
  ];
  if (terms.size === 0) notes.push('Check what the LA agreed to do: things you could have appealed follow the Tribunal-order time limits (reg 42(2)).');
  if (!agreed) {
    notes.unshift('Enter the date of the mediation agreement to see the dates the LA must meet.');
    return { routes: ['enforce_order_or_agreement'], deadlines: [], mediationAdviceRequired: null, notes };
  }
  // One amendment of B/F and I together is a reg 44(2)(e) amendment, not the 2-week I-only clock.
  if (terms.has('amend_plan')) terms.delete('amend_section_I_only');
  const appealable = [...terms].filter((t): t is OrderType => t !== 'other');
  const start = { date: agreed, happened: 'The mediation agreement was made', day: 'the day of the mediation agreement', path: 'dates.mediation_agreement' };
  const clocks = orderDeadlines(context, appealable, start);
  const deadlines: DeadlineDraft[] = [...clocks.deadlines];
  const triggers: Trigger[] = [...clocks.triggers];
  if (terms.has('other') || terms.size === 0) {
    const other = dutyAfter({ what: 'la_non_appealable_action', start: agreed, startEvent: 'The mediation agreement was made', weeks: 2, source: 'SEND Regulations 2014 reg 42(3)', calendar: context.calendar });
    deadlines.push(other);
    triggers.push({ deadline: other, startPath: start.path });
  }
  return enforcementResult(context, { deadlines, triggers }, notes);
}
