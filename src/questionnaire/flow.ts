// Which questions apply, given the answers so far. The flow is the ordered list QUESTION_IDS; the
// answers decide which of them are on the path. next() is the question after `id` on the path.
import type { EventId } from '../rules/index.js';
import { QUESTION_BY_ID, QUESTION_IDS, TOPICS, UNKNOWN_DATE } from './questions.js';

export type Answers = Readonly<Record<string, string>>;
export const CHECK_PAGE = 'check';
/** Where a way out ("I am not sure", "Something else") leads: factsheets and local help. */
export const HELP_PAGE = 'help';

/** Events that only make sense for a child or young person who already has an EHC plan. */
const NEEDS_A_PLAN: readonly EventId[] = [
  'amended_plan_issued', 'la_refused_reassessment', 'la_refused_to_amend', 'la_ceased_plan',
  'annual_review', 'phase_transfer_pending', 'phase_transfer_delay', 'provision_not_delivered',
];

const APPEAL_EVENTS: readonly EventId[] = [
  'la_refused_assessment', 'la_refused_to_issue_plan', 'final_plan_issued', 'amended_plan_issued',
  'la_refused_reassessment', 'la_refused_to_amend', 'la_ceased_plan',
];
const EXCLUSION_EVENTS: readonly EventId[] = ['suspension', 'permanent_exclusion', 'permanent_exclusion_upheld', 'disability_discrimination'];

/** The events offered under a topic; those that need a plan are left out when there is none. */
export function eventsForTopic(topic: string | undefined, hasPlan?: string): EventId[] {
  const events = topic && topic in TOPICS ? (TOPICS[topic]?.events ?? []).map((e) => e.value) : [];
  return hasPlan === 'no' ? events.filter((e) => !NEEDS_A_PLAN.includes(e)) : events;
}

/** The question whose answer is a way out, if any: the questionnaire stops there and offers help. */
export function wayOutTaken(answers: Answers): string | undefined {
  return pathFor(answers).find((id) => {
    const value = answers[id];
    return value !== undefined && (QUESTION_BY_ID.get(id)?.waysOut ?? []).includes(value);
  });
}

/**
 * Plan-content appeals with no section that can be appealed need no mediation step. Section I alone
 * needs no mediation advice, but a parent may still have been to mediation, and its certificate
 * can move the appeal date, so the history is asked then too.
 */
function needsMediationQuestions(event: EventId, sections: string[]): boolean {
  if (event !== 'final_plan_issued' && event !== 'amended_plan_issued') return true;
  if (sections.length === 0 || sections.includes('unsure')) return true;
  return sections.some((s) => s === 'B' || s === 'F' || s === 'I');
}

/** The mediation history, each step with its date, asked only as far as the parent has gone. */
function mediationQuestions(answers: Answers): string[] {
  const ids = ['mediation_stage'];
  const stage = answers['mediation_stage'];
  if (stage === undefined || stage === 'none' || stage === 'unsure') return ids;
  ids.push('contacted_mediation_adviser');
  if (stage === 'asked') {
    ids.push('told_la_wants_mediation', 'mediation_progress');
    const progress = answers['mediation_progress'];
    if (progress === 'held') ids.push('mediation_held');
    else if (progress === 'not_arranged') ids.push('la_told_adviser_mediation_not_arranged');
    else if (progress !== 'declined') return ids;
  }
  ids.push('has_certificate');
  if (answers['has_certificate'] === 'yes') ids.push('mediation_certificate_issued');
  return ids;
}

/**
 * Neither the letter date nor an e-mail date is known: the day the letter arrived is the only start
 * the rules can use (rules-table §2 S1, flagged as uncertain), so it is asked once the e-mail is settled.
 */
function sendingDateUnknown(answers: Answers): boolean {
  if (answers['decision_letter'] !== UNKNOWN_DATE) return false;
  const emailed = answers['decision_email_sent'];
  if (emailed === undefined) return false;
  return emailed !== 'yes' || answers['decision_emailed'] === UNKNOWN_DATE;
}

function appealQuestions(event: EventId, answers: Answers): string[] {
  const ids: string[] = [];
  const planContent = event === 'final_plan_issued' || event === 'amended_plan_issued';
  if (planContent) ids.push('disagree_with');
  ids.push('decision_letter', 'decision_email_sent');
  if (answers['decision_email_sent'] === 'yes') ids.push('decision_emailed');
  if (sendingDateUnknown(answers)) ids.push('decision_received');
  const sections = (answers['disagree_with'] ?? '').split(',').filter(Boolean);
  if (planContent && answers['disagree_with'] === undefined) return ids;
  if (!needsMediationQuestions(event, sections)) return ids;
  return [...ids, ...mediationQuestions(answers)];
}

/** Up to three school holiday ranges, for school-day counts; "add another" after each of the first two. */
function holidayQuestions(answers: Answers): string[] {
  const ids = ['has_holidays'];
  if (answers['has_holidays'] !== 'yes') return ids;
  ids.push('holiday_start', 'holiday_end', 'holiday_more');
  if (answers['holiday_more'] !== 'yes') return ids;
  ids.push('holiday_2_start', 'holiday_2_end', 'holiday_2_more');
  if (answers['holiday_2_more'] !== 'yes') return ids;
  return [...ids, 'holiday_3_start', 'holiday_3_end'];
}

function settingQuestions(event: EventId, answers: Answers): string[] {
  const ids: string[] = [answers['setting'] === 'school' ? 'school_run_by' : 'provider_type'];
  switch (event) {
    case 'suspension': {
      ids.push('suspension_notice', 'suspension_starts', 'suspension_days_this_term', 'suspension_length_days', 'misses_public_exam');
      const days = Number(answers['suspension_days_this_term']);
      if (days >= 6 && days <= 15) ids.push('representations_made');
      // suspension_notice: the day the parent was first told (rules-table §12.2).
      ids.push('board_notified', ...holidayQuestions(answers), 'disability_related');
      return ids;
    }
    case 'permanent_exclusion':
      return [...ids, 'exclusion_notice', 'exclusion_starts', 'board_notified', ...holidayQuestions(answers), 'disability_related'];
    case 'permanent_exclusion_upheld':
      // Without the day the parent was told, the first day of the exclusion stands in (domain.md).
      if (answers['exclusion_notice'] === 'unknown') ids.push('exclusion_notice', 'exclusion_starts');
      else ids.push('exclusion_notice');
      return [...ids, 'board_decision_letter', 'board_decision_sent_by', 'board_decision_received', ...holidayQuestions(answers), 'disability_related'];
    default: {
      ids.push('conduct_kind');
      const kind = answers['conduct_kind'];
      if (kind === 'one') ids.push('conduct');
      if (kind === 'ended') ids.push('conduct_started', 'conduct_ended');
      if (kind === 'ongoing') ids.push('conduct_started');
      return ids;
    }
  }
}

function questionsForEvent(event: EventId, answers: Answers): string[] {
  if (APPEAL_EVENTS.includes(event)) return appealQuestions(event, answers);
  if (EXCLUSION_EVENTS.includes(event)) return settingQuestions(event, answers);
  switch (event) {
    case 'assessment_requested':
    case 'la_delay':
      return ['request_received_by_la', 'la_agreed_to_assess'];
    case 'draft_plan_issued':
      return ['request_received_by_la', 'draft_plan_sent'];
    case 'annual_review':
      return ['review_meeting', 'proposed_amendments_sent'];
    case 'phase_transfer_pending':
    case 'phase_transfer_delay':
      return ['transfer_kind', 'transfer'];
    case 'provision_not_delivered':
      return answers['la_complaint'] === 'yes' ? ['first_noticed', 'la_complaint', 'la_complaint_final_response'] : ['first_noticed', 'la_complaint'];
    case 'tribunal_order':
      return ['order_type', 'order_made', 'order_sent'];
    case 'mediation_agreement':
      return ['mediation_agreement_terms', 'mediation_agreement'];
    case 'la_conceded_appeal':
      return ['appeal_about', 'la_notified_tribunal'];
    case 'tribunal_decision':
      return ['tribunal_case_type', 'written_reasons_sent'];
    default:
      return [];
  }
}

/** The questions on the path for these answers, in the order they are asked. */
export function pathFor(answers: Answers): string[] {
  const path = ['who', 'setting', 'has_ehc_plan'];
  if (answers['has_ehc_plan'] === 'unsure') return path;
  path.push('topic');
  const events = eventsForTopic(answers['topic'], answers['has_ehc_plan']);
  if (events.length === 0) return path;
  path.push('event');
  const event = answers['event'] as EventId | undefined;
  if (!event || !events.includes(event)) return path;
  const rest = questionsForEvent(event, answers);
  const stop = rest.findIndex((id) => (QUESTION_BY_ID.get(id)?.waysOut ?? []).includes(answers[id] ?? ''));
  return [...path, ...(stop === -1 ? rest : rest.slice(0, stop + 1))];
}

/** The question after `id` for these answers: the help page after a way out, or the check page when none is left. */
export function next(id: string, answers: Answers): string {
  const path = pathFor(answers);
  const index = path.indexOf(id);
  const following = path[index + 1];
  if (following) return following;
  return wayOutTaken(answers) ? HELP_PAGE : CHECK_PAGE;
}

/** Where each question may lead: a later question in the fixed order, the help page, or the check page. */
export function allowedNext(id: string): string[] {
  const ways = QUESTION_BY_ID.get(id)?.waysOut?.length ? [HELP_PAGE] : [];
  return [...QUESTION_IDS.slice(QUESTION_IDS.indexOf(id) + 1), ...ways, CHECK_PAGE];
}
