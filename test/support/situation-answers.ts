// The answers a parent would give the questionnaire for a situation in the API's wire format: the
// inverse of src/questionnaire/to-situation.ts, used to prove every public case can be entered.
import { TOPICS } from '../../src/questionnaire/questions.js';

type Situation = Record<string, unknown> & { dates?: Record<string, string> };

const GROUP_OF_SECTION: Record<string, string> = { C: 'C', G: 'C', D: 'D', H1: 'D', H2: 'D' };
const PLAN_CONTENT = new Set(['final_plan_issued', 'amended_plan_issued']);
const APPEALS = new Set(['la_refused_assessment', 'la_refused_to_issue_plan', 'final_plan_issued', 'amended_plan_issued', 'la_refused_reassessment', 'la_refused_to_amend', 'la_ceased_plan']);
const yesNoUnsure = (value: unknown): string => (value === true ? 'yes' : value === false ? 'no' : 'unsure');

function mediationAnswers(s: Situation, dates: Record<string, string>): [string, string][] {
  // A step the parent took without knowing its date is answered "I am not sure" (unknown).
  const contacted = dates['contacted_mediation_adviser'] ?? 'unknown';
  const certificate = dates['mediation_certificate_issued'];
  const certificateAnswers: [string, string][] = certificate ? [['has_certificate', 'yes'], ['mediation_certificate_issued', certificate]] : [['has_certificate', 'no']];
  const tookPart = dates['told_la_wants_mediation'] ?? dates['mediation_held'] ?? dates['la_told_adviser_mediation_not_arranged'];
  if (tookPart) {
    const answers: [string, string][] = [['mediation_stage', 'asked'], ['contacted_mediation_adviser', contacted], ['told_la_wants_mediation', dates['told_la_wants_mediation'] ?? 'unknown']];
    if (dates['mediation_held']) return [...answers, ['mediation_progress', 'held'], ['mediation_held', dates['mediation_held']], ...certificateAnswers];
    const notArranged = dates['la_told_adviser_mediation_not_arranged'];
    if (notArranged) return [...answers, ['mediation_progress', 'not_arranged'], ['la_told_adviser_mediation_not_arranged', notArranged], ...certificateAnswers];
    return [...answers, ['mediation_progress', 'waiting']];
  }
  if (s['mediation_declined'] === true) return [['mediation_stage', 'declined'], ['contacted_mediation_adviser', contacted], ...certificateAnswers];
  return dates['contacted_mediation_adviser'] || certificate ? [['mediation_stage', 'deciding'], ['contacted_mediation_adviser', contacted], ...certificateAnswers] : [['mediation_stage', 'none']];
}

function holidayAnswers(s: Situation): [string, string][] {
  const holidays = s['school_holidays'] as [string, string][] | null | undefined;
  if (!holidays) return [['has_holidays', 'unsure']];
  if (holidays.length === 0) return [['has_holidays', 'no']];
  const ids = [['holiday_start', 'holiday_end', 'holiday_more'], ['holiday_2_start', 'holiday_2_end', 'holiday_2_more'], ['holiday_3_start', 'holiday_3_end', '']];
  const answers: [string, string][] = [['has_holidays', 'yes']];
  holidays.slice(0, 3).forEach(([start, end], i) => {
    const [startId, endId, moreId] = ids[i]!;
    answers.push([startId!, start], [endId!, end]);
    if (moreId) answers.push([moreId, i + 1 < holidays.length ? 'yes' : 'no']);
  });
  return answers;
}

export function answersForSituation(s: Situation): [string, string][] {
  const dates = s.dates ?? {};
  const date = (id: string): string => dates[id] ?? 'unknown';
  const event = String(s['event']);
  const topic = Object.entries(TOPICS).find(([, t]) => t.events.some((e) => e.value === event))![0];
  const answers: [string, string][] = [
    ['who', String(s['who'])], ['setting', String(s['setting'])], ['has_ehc_plan', s['has_ehc_plan'] ? 'yes' : 'no'], ['topic', topic], ['event', event],
  ];
  if (s['setting'] !== 'school') answers.push(['provider_type', String(s['provider_type'] ?? 'unsure')]);
  if (APPEALS.has(event)) {
    if (PLAN_CONTENT.has(event)) {
      const sections = [...new Set(((s['disagree_with'] as string[] | undefined) ?? []).map((x) => GROUP_OF_SECTION[x] ?? x))];
      answers.push(['disagree_with', sections.length ? sections.join(',') : 'unsure']);
    }
    answers.push(['decision_letter', date('decision_letter')]);
    answers.push(['decision_email_sent', dates['decision_emailed'] ? 'yes' : 'no']);
    if (dates['decision_emailed']) answers.push(['decision_emailed', dates['decision_emailed']]);
    // The flow leaves out the mediation questions where the rules need none (placement only); extra answers are dropped by replay.
    return [...answers, ...mediationAnswers(s, dates)];
  }
  switch (event) {
    case 'suspension': {
      answers.push(['suspension_notice', date('suspension_notice')], ['suspension_starts', date('suspension_starts')]);
      answers.push(['suspension_days_this_term', String(s['suspension_days_this_term'] ?? 0)], ['suspension_length_days', String(s['suspension_length_days'] ?? 'unknown')]);
      answers.push(['misses_public_exam', yesNoUnsure(s['misses_public_exam'])], ['representations_made', yesNoUnsure(s['representations_made'])]);
      return [...answers, ['board_notified', date('board_notified')], ...holidayAnswers(s), ['disability_related', yesNoUnsure(s['disability_related'])]];
    }
    case 'permanent_exclusion':
      answers.push(['exclusion_notice', date('exclusion_notice')], ['exclusion_starts', date('exclusion_starts')], ['board_notified', date('board_notified')]);
      return [...answers, ...holidayAnswers(s), ['disability_related', yesNoUnsure(s['disability_related'])]];
    case 'permanent_exclusion_upheld':
      answers.push(['exclusion_notice', date('exclusion_notice')]);
      if (!dates['exclusion_notice']) answers.push(['exclusion_starts', date('exclusion_starts')]);
      answers.push(['board_decision_letter', date('board_decision_letter')]);
      answers.push(['board_decision_sent_by', String(s['board_decision_sent_by'] ?? 'unsure')], ['board_decision_received', date('board_decision_received')]);
      return [...answers, ...holidayAnswers(s), ['disability_related', yesNoUnsure(s['disability_related'])]];
    case 'disability_discrimination':
    case 'sen_support_concerns': {
      if (event === 'sen_support_concerns') return answers;
      if (dates['conduct']) return [...answers, ['conduct_kind', 'one'], ['conduct', dates['conduct']]];
      if (dates['conduct_ended']) return [...answers, ['conduct_kind', 'ended'], ['conduct_started', date('conduct_started')], ['conduct_ended', dates['conduct_ended']]];
      return [...answers, ['conduct_kind', 'ongoing'], ['conduct_started', date('conduct_started')]];
    }
    case 'assessment_requested':
    case 'la_delay':
      return [...answers, ['request_received_by_la', date('request_received_by_la')], ['la_agreed_to_assess', date('la_agreed_to_assess')]];
    case 'draft_plan_issued':
      return [...answers, ['request_received_by_la', date('request_received_by_la')], ['draft_plan_sent', date('draft_plan_sent')]];
    case 'annual_review':
      return [...answers, ['review_meeting', date('review_meeting')], ['proposed_amendments_sent', date('proposed_amendments_sent')]];
    case 'phase_transfer_pending':
    case 'phase_transfer_delay':
      return [...answers, ['transfer_kind', String(s['transfer_kind'] ?? 'unsure')], ['transfer', date('transfer')]];
    case 'provision_not_delivered': {
      const response = dates['la_complaint_final_response'];
      return [...answers, ['first_noticed', date('first_noticed')], ...(response ? [['la_complaint', 'yes'], ['la_complaint_final_response', response]] as [string, string][] : [['la_complaint', 'no'] as [string, string]])];
    }
    case 'tribunal_order':
      return [...answers, ['order_type', String(s['order_type'] ?? 'unsure')], ['order_made', date('order_made')], ['order_sent', date('order_sent')]];
    case 'la_conceded_appeal':
      return [...answers, ['appeal_about', String(s['order_type'] ?? 'unsure')], ['la_notified_tribunal', date('la_notified_tribunal')]];
    case 'mediation_agreement':
      return [...answers, ['mediation_agreement_terms', ((s['mediation_agreement_terms'] as string[] | undefined) ?? ['other']).join(',')], ['mediation_agreement', date('mediation_agreement')]];
    case 'tribunal_decision':
      return [...answers, ['tribunal_case_type', String(s['tribunal_case_type'] ?? 'unsure')], ['written_reasons_sent', date('written_reasons_sent')]];
    default:
      throw new Error(`no answers for event ${event}`);
  }
}
