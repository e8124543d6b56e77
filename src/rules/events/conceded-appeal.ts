// rules-table §12.4: the LA told the Tribunal it will not oppose the appeal. SEND Regulations 2014
// reg 45: the appeal is treated as decided for the parent, and the LA must act within the reg 45
// time limits, counted from the day it told the Tribunal (day 0, T3; duties of the LA, never moved).
import { dateOf } from '../context.js';
import type { EventResult, RuleContext } from '../types.js';
import { enforcementResult, orderDeadlines, type ClockTable } from './tribunal-order.js';

const REG_45 = 'SEND Regulations 2014 reg 45';
const SECONDARY = 'checked against secondary sources only';

const CONCEDED_CLOCKS: ClockTable = {
  assess: [
    { what: 'la_notify_will_assess', weeks: 2, source: `${REG_45}(3) and (3A), as substituted by SI 2015/359 reg 8`, trigger: true },
    { what: 'la_notice_if_no_plan', weeks: 10, source: `${REG_45}(3) and (3A), as substituted by SI 2015/359 reg 8`, trigger: false },
    { what: 'la_final_plan', weeks: 14, source: `${REG_45}(3) and (3A), as substituted by SI 2015/359 reg 8`, trigger: true },
  ],
  make_and_maintain_plan: [
    { what: 'la_issue_draft_plan', weeks: 5, source: `${REG_45} (${SECONDARY})`, trigger: true },
    { what: 'la_final_plan', weeks: 11, source: `${REG_45} (${SECONDARY})`, trigger: true },
  ],
  amend_plan: [{ what: 'la_issue_amended_plan', weeks: 5, source: `${REG_45}(4)`, trigger: true }],
  amend_section_I_only: [{ what: 'la_issue_amended_plan', weeks: 2, source: `${REG_45} (${SECONDARY})`, trigger: true }],
  continue_to_maintain: [{ what: 'la_continue_to_maintain', weeks: 0, source: `${REG_45} (${SECONDARY})`, trigger: false }],
};

export function laConcededAppeal(context: RuleContext): EventResult {
  const { situation } = context;
  const notified = dateOf(situation, 'la_notified_tribunal');
  const orderType = situation.order_type;
  const notes = [
    'Because the LA will not oppose your appeal, the appeal is treated as decided in your favour. The LA must now do what you appealed for, within the time limits below.',
    'In a few cases the LA does not have to keep to these time limits, for example because of exceptional personal circumstances, or because you or your child were away or missed an appointment.',
    'If the LA does not put right everything you appealed about, you can ask the Tribunal to reinstate the appeal. Ask as soon as you can.',
  ];
  if (!orderType || !notified) {
    notes.unshift(
      orderType
        ? 'Enter the date the LA told the Tribunal it would not oppose the appeal, to see the dates the LA must meet.'
        : 'Tell us what your appeal was about (an assessment, a plan, changes to the plan, or ending the plan): each has its own time limit.',
    );
    return { routes: ['enforce_order_or_agreement'], deadlines: [], mediationAdviceRequired: null, notes };
  }
  const start = {
    date: notified,
    happened: 'On {date}, the local authority told the Tribunal it would not oppose the appeal',
    day: 'the day it told the Tribunal',
    path: 'dates.la_notified_tribunal',
  };
  const clocks = orderDeadlines(context, [orderType], start, undefined, false, CONCEDED_CLOCKS);
  return enforcementResult(context, clocks, notes);
}
