// Which questions apply, given the answers so far. The flow is the ordered list QUESTION_IDS; the
// answers decide which of them are on the path. next() is the question after `id` on the path.
import type { EventId } from '../rules/index.js';
import { QUESTION_IDS, TOPICS } from './questions.js';

export type Answers = Readonly<Record<string, string>>;
export const CHECK_PAGE = 'check';

const APPEAL_EVENTS: readonly EventId[] = [
  'la_refused_assessment', 'la_refused_to_issue_plan', 'final_plan_issued', 'amended_plan_issued',
  'la_refused_reassessment', 'la_refused_to_amend', 'la_ceased_plan',
];
const EXCLUSION_EVENTS: readonly EventId[] = ['suspension', 'permanent_exclusion', 'permanent_exclusion_upheld', 'disability_discrimination'];

export function eventsForTopic(topic: string | undefined): EventId[] {
  return topic && topic in TOPICS ? (TOPICS[topic]?.events ?? []).map((e) => e.value) : [];
}

/** Plan-content appeals with only section I, or with no section that can be appealed, need no mediation step. */
function needsMediationQuestions(event: EventId, sections: string[]): boolean {
  if (event !== 'final_plan_issued' && event !== 'amended_plan_issued') return true;
  if (sections.length === 0 || sections.includes('unsure')) return true;
  if (sections.length === 1 && sections[0] === 'I') return false;
  return sections.some((s) => s === 'B' || s === 'F' || s === 'I');
}

const MEDIATION_DATE_BY_STAGE: Record<string, string | undefined> = {
  deciding: 'contacted_mediation_adviser',
  declined: 'contacted_mediation_adviser',
  asked: 'told_la_wants_mediation',
  held: 'mediation_held',
  not_arranged: 'la_told_adviser_mediation_not_arranged',
  certificate: 'mediation_certificate_issued',
};

function appealQuestions(event: EventId, answers: Answers): string[] {
  const ids: string[] = [];
  const planContent = event === 'final_plan_issued' || event === 'amended_plan_issued';
  if (planContent) ids.push('disagree_with');
  ids.push('decision_emailed', 'decision_letter');
  const sections = (answers['disagree_with'] ?? '').split(',').filter(Boolean);
  if (planContent && answers['disagree_with'] === undefined) return ids;
  if (!needsMediationQuestions(event, sections)) return ids;
  ids.push('mediation_stage');
  const dateId = MEDIATION_DATE_BY_STAGE[answers['mediation_stage'] ?? ''];
  if (dateId) ids.push(dateId);
  return ids;
}

/** One school holiday range, asked for school-day counts; its end only when a start was given. */
function holidayQuestions(answers: Answers): string[] {
  const start = answers['holiday_start'];
  return start && start !== 'unknown' ? ['holiday_start', 'holiday_end'] : ['holiday_start'];
}

function settingQuestions(event: EventId, answers: Answers): string[] {
  const ids: string[] = answers['setting'] && answers['setting'] !== 'school' ? ['provider_type'] : [];
  switch (event) {
    case 'suspension': {
      ids.push('suspension_notice', 'suspension_starts', 'suspension_days_this_term', 'suspension_length_days', 'misses_public_exam');
      const days = Number(answers['suspension_days_this_term']);
      if (days >= 6 && days <= 15) ids.push('representations_made');
      ids.push('board_notified', ...holidayQuestions(answers), 'disability_related');
      return ids;
    }
    case 'permanent_exclusion':
      return [...ids, 'exclusion_notice', 'exclusion_starts', 'board_notified', ...holidayQuestions(answers), 'disability_related'];
    case 'permanent_exclusion_upheld':
      return [...ids, 'exclusion_notice', 'board_decision_letter', 'board_decision_sent_by', ...holidayQuestions(answers), 'disability_related'];
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
      return ['first_noticed'];
    case 'tribunal_order':
      return ['order_type', 'order_made', 'order_sent'];
    case 'mediation_agreement':
      return ['mediation_agreement_terms', 'mediation_agreement'];
    case 'tribunal_decision':
      return ['tribunal_case_type', 'written_reasons_sent'];
    default:
      return [];
  }
}

/** The questions on the path for these answers, in the order they are asked. */
export function pathFor(answers: Answers): string[] {
  const path = ['who', 'setting', 'has_ehc_plan', 'topic'];
  if (eventsForTopic(answers['topic']).length === 0) return path;
  path.push('event');
  const event = answers['event'] as EventId | undefined;
  if (!event || !eventsForTopic(answers['topic']).includes(event)) return path;
  return [...path, ...questionsForEvent(event, answers)];
}

/** The question after `id` for these answers, or the check page when none is left. */
export function next(id: string, answers: Answers): string {
  const path = pathFor(answers);
  const index = path.indexOf(id);
  return path[index + 1] ?? CHECK_PAGE;
}

/** Where each question may lead: a later question in the fixed order, or the check page. */
export function allowedNext(id: string): string[] {
  return [...QUESTION_IDS.slice(QUESTION_IDS.indexOf(id) + 1), CHECK_PAGE];
}
