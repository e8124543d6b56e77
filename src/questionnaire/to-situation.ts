// Answers → the Situation wire format of domain.md, ready for checkSituation.
import { DATE_KEYS } from '../rules/index.js';
import { UNKNOWN_DATE } from './answers.js';
import type { Answers } from './flow.js';

const SECTION_GROUPS: Record<string, string[]> = { C: ['C', 'G'], D: ['D', 'H1', 'H2'] };
const yesNo = (value: string | undefined): boolean | undefined => (value === 'yes' ? true : value === 'no' ? false : undefined);
const known = (value: string | undefined): string | undefined => (value && value !== 'unsure' ? value : undefined);

function holidayRange(answers: Answers): [string, string][] | undefined {
  const start = answers['holiday_start'];
  const end = answers['holiday_end'];
  return start && end && start !== UNKNOWN_DATE && end !== UNKNOWN_DATE ? [[start, end]] : undefined;
}

export function toSituation(answers: Answers): Record<string, unknown> {
  const dates: Record<string, string> = {};
  for (const key of DATE_KEYS) {
    const value = answers[key];
    if (value && value !== UNKNOWN_DATE) dates[key] = value;
  }
  const sections = (answers['disagree_with'] ?? '').split(',').filter((s) => s && s !== 'unsure');
  const situation: Record<string, unknown> = {
    who: answers['who'] === 'young_person' ? 'young_person' : 'parent',
    setting: answers['setting'],
    has_ehc_plan: answers['has_ehc_plan'] === 'yes',
    event: answers['event'],
    dates,
    provider_type: known(answers['provider_type']),
    disagree_with: answers['disagree_with'] === undefined ? undefined : sections.flatMap((s) => SECTION_GROUPS[s] ?? [s]),
    mediation_declined: answers['mediation_stage'] === 'declined' ? true : undefined,
    order_type: answers['order_type'],
    mediation_agreement_terms: answers['mediation_agreement_terms']?.split(','),
    transfer_kind: known(answers['transfer_kind']),
    tribunal_case_type: known(answers['tribunal_case_type']),
    suspension_days_this_term: answers['suspension_days_this_term'] ? Number(answers['suspension_days_this_term']) : undefined,
    suspension_length_days: answers['suspension_length_days'] ? Number(answers['suspension_length_days']) : undefined,
    misses_public_exam: yesNo(answers['misses_public_exam']),
    representations_made: yesNo(answers['representations_made']),
    disability_related: yesNo(answers['disability_related']),
    board_decision_sent_by: known(answers['board_decision_sent_by']),
    school_holidays: holidayRange(answers),
  };
  return Object.fromEntries(Object.entries(situation).filter(([, v]) => v !== undefined));
}

/** Date questions answered "I'm not sure": the result page says how to find each one. */
export function unknownDates(answers: Answers): string[] {
  return Object.entries(answers).filter(([, v]) => v === UNKNOWN_DATE).map(([k]) => k);
}
