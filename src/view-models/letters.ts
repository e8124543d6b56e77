// Letters: the values a letter's placeholders take for one situation, who it goes to, and the page
// model. Dates come from the rules outcome; where a letter asks for something to happen from
// today (an assessment request, a mediation answer), the rules are run once more with that act
// recorded as done today, so no law is worked out here.
import { addWorkingDays, longDate, parseIsoDate, type BankHolidayCalendar, type Clock, type PlainDate } from '../dates/index.js';
import { type LetterId, type LetterValues, type Recipient } from '../letters/catalogue.js';
import { fillLetter, fillLines, groupedBlocks, letterAsText, type FilledLetter } from '../letters/fill.js';
import type { LetterLibrary, LetterTemplate } from '../letters/loader.js';
import type { Answers } from '../questionnaire/flow.js';
import { toSituation } from '../questionnaire/to-situation.js';
import { checkSituation, nextStepsOrCoverageErrors, type DeadlineId, type Outcome, type RouteId } from '../rules/index.js';
import type { ServiceProfile } from '../services/service-profile.js';
import { buildResult, type ResultPage } from './next-steps-result.js';
import { eventInWords } from './question-page.js';
import type { PersonalDetails } from './letter-form.js';

/** route id → the letters that help with it, from the letters' front matter (for the next-steps page). */
export function letterLinksByRoute(library: LetterLibrary): Partial<Record<RouteId, { id: string; title: string }[]>> {
  const links: Partial<Record<RouteId, { id: string; title: string }[]>> = {};
  for (const letter of library) {
    for (const route of letter.routes) (links[route] ??= []).push({ id: letter.id, title: letter.title });
  }
  return links;
}

/** GET /api/v1/letters: what other services can reuse. */
export function lettersForApi(library: LetterLibrary) {
  return {
    letters: library.map((l) => ({ id: l.id, title: l.title, summary: l.summary, routes: l.routes, sources: l.sources, last_reviewed: l.lastReviewed, path: `/letters/${l.id}` })),
  };
}

/** Completes "the law says that the council must …" for each LA duty the chase letter can quote. */
const LA_DUTY_WORDS: Partial<Record<DeadlineId, string>> = {
  la_decision_whether_to_assess: 'decide whether to carry out an EHC needs assessment, and tell me',
  la_notice_if_no_plan: 'tell me if it decides not to issue an EHC plan',
  la_final_plan: 'issue the final EHC plan',
  la_review_decision_and_proposed_amendments: 'tell me its decision after the annual review, with any amendments it proposes',
  la_final_amended_plan: 'issue the final amended EHC plan',
  la_final_amended_plan_reg22: 'issue the final amended EHC plan',
  la_phase_transfer_plan: 'review and amend the EHC plan for the move to the next school or college',
  la_issue_amended_plan: 'issue the amended EHC plan',
  la_notify_will_assess: 'tell me that it will carry out the assessment',
  la_issue_draft_plan: 'issue a draft EHC plan',
  la_continue_to_maintain: 'continue to maintain the EHC plan',
  la_non_appealable_action: 'do what it agreed to do at mediation',
};

/** The placeholders shown on the letter page before the parent has typed anything. */
const PREVIEW_DETAILS: Record<keyof PersonalDetails, string> & { sen_expert: 'yes' } = {
  parent_name: '[your name]',
  parent_address: '[your address]',
  child_name: "[your child's name]",
  child_dob: "[your child's date of birth]",
  la_reference: "[the LA's reference, if you have one]",
  school_name: "[the school's name]",
  sen_expert: 'yes',
};

interface Situation {
  asOf: PlainDate;
  page: ResultPage;
  base: Record<string, unknown>;
  calendar: BankHolidayCalendar;
}

const inWords = (iso: string | undefined): string | undefined => {
  const date = iso ? parseIsoDate(iso) : null;
  return date ? longDate(date) : undefined;
};

function deadline(page: ResultPage, ...ids: DeadlineId[]): string | undefined {
  for (const id of ids) {
    const found = page.deadlines.find((d) => d.id === id);
    if (found) return found.dateInWords;
  }
  return undefined;
}

/** The rules run again with the act this letter performs recorded as done today. */
function whatIf(s: Situation, change: Record<string, unknown>, dates: Record<string, string>, id: DeadlineId): string | undefined {
  const base = s.base as { dates?: Record<string, string> };
  const situation = { ...s.base, ...change, dates: { ...(base.dates ?? {}), ...dates }, as_of: s.asOf.toString() };
  const checked = checkSituation(situation, s.asOf);
  if (!checked.ok) return undefined;
  const answer = nextStepsOrCoverageErrors(checked.situation, checked.asOf, s.calendar);
  if (!answer.ok) return undefined;
  return inWords(answer.outcome.deadlines.find((d) => d.what === id)?.date);
}

function missedDuty(s: Situation): LetterValues {
  const duties = s.page.deadlines.filter((d) => !d.yours && d.id in LA_DUTY_WORDS);
  // Which duty is missed, and by how much, comes from the outcome's plan (status, late_by_days).
  const duty = duties.filter((d) => d.status === 'missed').sort((a, b) => a.date.localeCompare(b.date))[0] ?? duties.sort((a, b) => a.date.localeCompare(b.date))[0];
  if (!duty) return {};
  const late = duty.status === 'missed' ? (duty.lateByDays ?? 0) : 0;
  return {
    missed_duty: LA_DUTY_WORDS[duty.id as DeadlineId],
    due_date: duty.dateInWords,
    duty_source: duty.source,
    ...(late > 0 ? { days_late: `${late} ${late === 1 ? 'day' : 'days'}` } : {}),
  };
}

function firstUpcomingOwnDate(page: ResultPage): string | undefined {
  return page.deadlines.filter((d) => d.yours && (d.status === 'due' || d.status === 'paused')).sort((a, b) => a.date.localeCompare(b.date))[0]?.dateInWords;
}

// The reply a complaint letter asks for, in working days from today. No law sets these: each
// school's and council's own procedure does, and the letters say so and ask the reader to give
// their own time if it differs. They are a request, not a deadline, so they are not in the rules.
const REQUESTED_REPLY_WORKING_DAYS = { school: 15, la: 20 } as const;

const requestedReplyBy = (s: Situation, from: keyof typeof REQUESTED_REPLY_WORKING_DAYS): string =>
  longDate(addWorkingDays(s.asOf, REQUESTED_REPLY_WORKING_DAYS[from], s.calendar));

function letterSpecificValues(id: LetterId, s: Situation, profile: ServiceProfile, answers: Answers): LetterValues {
  const { page } = s;
  const mediator = profile.mediation_provider.name;
  switch (id) {
    case 'request-assessment':
      return {
        decision_due: whatIf(
          s,
          { event: 'assessment_requested', has_ehc_plan: false, disagree_with: [] },
          { request_received_by_la: s.asOf.toString() },
          'la_decision_whether_to_assess',
        ),
      };
    case 'chase-la':
      return { ...missedDuty(s), ombudsman_by: deadline(page, 'lgsco_complaint') };
    case 'mediation-no-thanks':
      return {
        contact_by: deadline(page, 'contact_mediation_adviser'),
        certificate_due: whatIf(s, { mediation_declined: true }, { contacted_mediation_adviser: s.asOf.toString() }, 'mediation_certificate_due'),
        appeal_by: deadline(page, 'tribunal_appeal'),
        mediation_provider: mediator,
      };
    case 'mediation-yes-please':
      return {
        contact_by: deadline(page, 'contact_mediation_adviser'),
        mediation_by: whatIf(s, { mediation_declined: false }, { contacted_mediation_adviser: s.asOf.toString(), told_la_wants_mediation: s.asOf.toString() }, 'mediation_must_take_place'),
        mediation_provider: mediator,
      };
    case 'complaint-school':
      return { reply_by: requestedReplyBy(s, 'school'), claim_by: deadline(page, 'disability_discrimination_claim') };
    case 'complaint-la':
      return { reply_by: requestedReplyBy(s, 'la'), ombudsman_by: deadline(page, 'lgsco_complaint') };
    case 'governing-board':
      return {
        board_by: deadline(page, 'governing_board_consider_reinstatement'),
        claim_by: deadline(page, 'disability_discrimination_claim'),
        exclusion_kind: answers['event'] === 'suspension' ? 'suspended' : answers['event'] === 'permanent_exclusion' ? 'permanently excluded' : undefined,
      };
    case 'review-panel':
      return { irp_by: deadline(page, 'irp_request'), board_letter_date: inWords(answers['board_decision_letter']) };
    case 'plan-comments':
      return {
        comments_by: deadline(page, 'comments_on_draft_plan', 'comments_on_proposed_amendments'),
        final_plan_by: deadline(page, 'la_final_plan', 'la_final_amended_plan'),
      };
    case 'records-request':
      return { needed_by: firstUpcomingOwnDate(page) };
  }
}

function recipientLines(to: Recipient, profile: ServiceProfile, schoolName: string): string[] {
  switch (to) {
    case 'la_sen_team':
      return [profile.la_sen_team.name, profile.local_authority];
    case 'la_complaints':
      return [profile.la_complaints?.name ?? 'The complaints team', profile.local_authority];
    case 'school':
      return ['The head teacher', schoolName];
    case 'governing_board':
      return ['The clerk to the governing board', schoolName];
    case 'mediation_adviser':
      return ["The mediation adviser named in the local authority's decision letter"];
    case 'review_panel':
      return ['The clerk to the independent review panel', "The arranging authority named in the governing board's letter"];
    case 'records_holder':
      return ['The head teacher and the data protection officer', schoolName];
  }
}

export interface LetterPage {
  letter: Pick<LetterTemplate, 'id' | 'title' | 'summary' | 'sources' | 'lastReviewed'>;
  recipient: string[];
  howToSend: string[];
  whatNext: string[];
  filled: FilledLetter;
  groups: ReturnType<typeof groupedBlocks>;
  text: string;
  /** The situation in words, as the next-steps page says it. */
  eventText: string;
  asOf: PlainDate;
}

export type LetterPageAnswer = { ok: true; page: LetterPage } | { ok: false; reason: 'not-for-this-situation' | 'problems'; problems?: string[] };

export interface LetterInputs {
  template: LetterTemplate;
  answers: Answers;
  clock: Clock;
  calendar: BankHolidayCalendar;
  profile: ServiceProfile;
  /** Missing: the page shows the letter with [bracketed] prompts. */
  details?: PersonalDetails;
}

export function buildLetterPage({ template, answers, clock, calendar, profile, details }: LetterInputs): LetterPageAnswer {
  const eventText = eventInWords(answers);
  const result = buildResult(answers, clock, calendar, eventText, profile);
  if (!result.ok) return { ok: false, reason: 'problems', problems: result.problems };
  const page = result.page;
  if (!template.routes.some((r) => page.outcome.routes.includes(r as Outcome['routes'][number]))) return { ok: false, reason: 'not-for-this-situation' };

  const s: Situation = { asOf: page.asOf, page, base: toSituation(answers), calendar };
  const shown = details
    ? { ...details, child_dob: inWords(details.child_dob) ?? details.child_dob }
    : PREVIEW_DETAILS;
  const schoolName = shown.school_name || 'the school';
  const values: LetterValues = {
    ...shown,
    parent_address: shown.parent_address.split('\n').map((l) => l.trim()).filter(Boolean).join(', '),
    school_name: schoolName,
    la_reference: shown.la_reference || undefined,
    if_sen_expert: shown.sen_expert === 'yes' ? '' : undefined,
    if_no_sen_expert: shown.sen_expert === 'no' ? '' : undefined,
    today: longDate(page.asOf),
    la_name: profile.local_authority,
    la_team: profile.la_sen_team.name,
    service_name: profile.short_name,
    service_phone: profile.helpline.phone,
    ...letterSpecificValues(template.id, s, profile, answers),
  };
  const recipient = recipientLines(template.to, profile, schoolName.charAt(0).toUpperCase() + schoolName.slice(1));
  const sender = [shown.parent_name, ...shown.parent_address.split('\n').map((l) => l.trim()).filter(Boolean)];
  const filled = fillLetter(template, values, { sender, recipient });
  return {
    ok: true,
    page: {
      letter: { id: template.id, title: template.title, summary: template.summary, sources: template.sources, lastReviewed: template.lastReviewed },
      recipient,
      howToSend: fillLines(template.howToSend, values),
      whatNext: fillLines(template.whatNext, values),
      filled,
      groups: groupedBlocks(filled.blocks),
      text: letterAsText(filled),
      eventText,
      asOf: page.asOf,
    },
  };
}

/** An e-mail with the letter as its body, to the recipient's address when the profile has one. */
export function letterMailto(page: LetterPage, profile: ServiceProfile, to: Recipient): string {
  const address = to === 'la_sen_team' ? (profile.la_sen_team.email ?? '') : '';
  return `mailto:${address}?subject=${encodeURIComponent(page.filled.subject)}&body=${encodeURIComponent(page.text)}`;
}
