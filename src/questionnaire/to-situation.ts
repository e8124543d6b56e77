// Answers → the Situation wire format of domain.md, ready for checkSituation.
import { DATE_KEYS } from '../rules/index.js';
import { UNKNOWN_DATE } from './answers.js';
import type { Answers } from './flow.js';

const SECTION_GROUPS: Record<string, string[]> = { C: ['C', 'G'], D: ['D', 'H1', 'H2'] };
const yesNo = (value: string | undefined): boolean | undefined => (value === 'yes' ? true : value === 'no' ? false : undefined);
const known = (value: string | undefined): string | undefined => (value && value !== 'unsure' ? value : undefined);

const HOLIDAY_RANGES = [['holiday_start', 'holiday_end'], ['holiday_2_start', 'holiday_2_end'], ['holiday_3_start', 'holiday_3_end']] as const;
const isKnownDate = (value: string | undefined): value is string => value !== undefined && value !== UNKNOWN_DATE;

/** The holidays given: none = [], "I do not know" = null (unknown), else each range with both ends known. */
function holidayRanges(answers: Answers): [string, string][] | null | undefined {
  const said = answers['has_holidays'];
  if (said === undefined) return undefined;
  if (said === 'no') return [];
  if (said !== 'yes') return null;
  return HOLIDAY_RANGES.flatMap(([startId, endId]) => {
    const start = answers[startId];
    const end = answers[endId];
    return isKnownDate(start) && isKnownDate(end) ? [[start, end] as [string, string]] : [];
  });
}

const numberOrUnknown = (value: string | undefined): number | undefined => (value && value !== UNKNOWN_DATE ? Number(value) : undefined);

export function toSituation(answers: Answers): Record<string, unknown> {
  const dates: Record<string, string> = {};
  for (const key of DATE_KEYS) {
    const value = answers[key];
    if (value && value !== UNKNOWN_DATE) dates[key] = value;
  }
  // An e-mail date only counts when the parent said the decision was e-mailed (asked after the letter date).
  if (answers['decision_email_sent'] !== 'yes') delete dates['decision_emailed'];
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
    order_type: known(answers['order_type'] ?? answers['appeal_about']),
    mediation_agreement_terms: answers['mediation_agreement_terms']?.split(','),
    transfer_kind: known(answers['transfer_kind']),
    tribunal_case_type: known(answers['tribunal_case_type']),
    suspension_days_this_term: numberOrUnknown(answers['suspension_days_this_term']),
    suspension_length_days: numberOrUnknown(answers['suspension_length_days']),
    misses_public_exam: yesNo(answers['misses_public_exam']),
    representations_made: yesNo(answers['representations_made']),
    disability_related: yesNo(answers['disability_related']),
    board_decision_sent_by: known(answers['board_decision_sent_by']),
    school_holidays: holidayRanges(answers),
  };
  return Object.fromEntries(Object.entries(situation).filter(([, v]) => v !== undefined));
}

/** Questions answered "I'm not sure" with a date or number: the result page says how to find each one. */
export function unknownDates(answers: Answers): string[] {
  return Object.entries(answers)
    .filter(([k, v]) => v === UNKNOWN_DATE || ((k === 'has_holidays' || k === 'decision_email_sent') && v === 'unsure'))
    .map(([k]) => k);
}
