// One representative situation per letter, as questionnaire answers in path order (the test clock
// is 24 November 2026). Used by the letter unit tests and the Playwright letter journeys.
import type { LetterId } from '../../src/letters/catalogue.js';
import { JOURNEYS } from './journeys.js';

const journey = (name: string): [string, string][] => JOURNEYS.find((j) => j.name === name)!.answers;

export const ASSESSMENT_LATE: [string, string][] = [['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'no'], ['topic', 'la_waiting'], ['event', 'assessment_requested'], ['request_received_by_la', '2026-09-01'], ['la_agreed_to_assess', 'unknown']];
export const DRAFT_PLAN: [string, string][] = [['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'no'], ['topic', 'la_waiting'], ['event', 'draft_plan_issued'], ['request_received_by_la', '2026-07-06'], ['draft_plan_sent', '2026-11-20']];
export const PROVISION: [string, string][] = [['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'yes'], ['topic', 'la_waiting'], ['event', 'provision_not_delivered'], ['first_noticed', '2026-10-05'], ['la_complaint', 'no']];
export const EXCLUSION: [string, string][] = [['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'no'], ['topic', 'setting'], ['event', 'permanent_exclusion'], ['exclusion_notice', '2026-11-16'], ['exclusion_starts', '2026-11-17'], ['board_notified', '2026-11-16'], ['has_holidays', 'unsure'], ['disability_related', 'yes']];

/** A 3-day suspension: the board must consider representations, but need not meet, so no board date. */
export const SHORT_SUSPENSION: [string, string][] = [['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'no'], ['topic', 'setting'], ['event', 'suspension'], ['suspension_notice', '2026-11-20'], ['suspension_starts', '2026-11-23'], ['suspension_days_this_term', '3'], ['suspension_length_days', '3'], ['misses_public_exam', 'no'], ['board_notified', '2026-11-20'], ['has_holidays', 'unsure'], ['disability_related', 'no']];

export const LETTER_CASES: Record<LetterId, [string, string][]> = {
  'request-assessment': journey('unhappy with SEN support'),
  'chase-la': ASSESSMENT_LATE,
  'mediation-no-thanks': journey('refused assessment'),
  'mediation-yes-please': journey('refused assessment'),
  'complaint-school': journey('disability discrimination'),
  'complaint-la': PROVISION,
  'governing-board': EXCLUSION,
  'review-panel': journey('permanent exclusion upheld'),
  'plan-comments': DRAFT_PLAN,
  'records-request': journey('disability discrimination'),
};
