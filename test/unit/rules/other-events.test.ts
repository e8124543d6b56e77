// Hand-computed cases for every event outside the SEN appeal tables (rules-table §5.3–5.15).
// The arithmetic is in each case's comment; dates are never copied from the implementation.
import { describe, it } from 'vitest';
import { runRulesCase, type RulesCase } from '../../support/rules-case.js';

const base = { who: 'parent', setting: 'school', has_ehc_plan: true };
const LA_BLOCK = ['chase_la', 'la_complaint', 'lgsco_complaint', 'judicial_review', 'legal_advice', 'sendiass'];

const cases: RulesCase[] = [
  {
    // Request Mon 1 Jun 2026: +6 weeks Mon 13 Jul, +16 weeks Mon 21 Sep, +20 weeks Mon 19 Oct. Both
    // triggers ongoing; the Ombudsman's 12 months start the day after the first miss (14 Jul 2026)
    // and end Tue 13 Jul 2027.
    name: 'la_delay with both triggers missed',
    situation: { ...base, has_ehc_plan: false, event: 'la_delay', dates: { request_received_by_la: '2026-06-01' } },
    as_of: '2026-11-24',
    expected: {
      routes: LA_BLOCK,
      mediation_advice_required: null,
      deadlines: [
        { what: 'la_decision_whether_to_assess', date: '2026-07-13' },
        { what: 'la_notice_if_no_plan', date: '2026-09-21' },
        { what: 'la_final_plan', date: '2026-10-19' },
        { what: 'lgsco_complaint', date: '2027-07-13', ambiguous: false },
      ],
      out_of_time: false,
    },
  },
  {
    // The LA agreed on 1 Jul, before its 6-week date: that deadline is met and left out; nothing
    // else has passed on 1 Aug, so no complaint routes.
    name: 'assessment_requested with the decision made in time',
    situation: { ...base, has_ehc_plan: false, event: 'assessment_requested', dates: { request_received_by_la: '2026-06-01', la_agreed_to_assess: '2026-07-01' } },
    as_of: '2026-08-01',
    expected: {
      routes: ['sendiass'],
      mediation_advice_required: null,
      deadlines: [
        { what: 'la_notice_if_no_plan', date: '2026-09-21' },
        { what: 'la_final_plan', date: '2026-10-19' },
      ],
      out_of_time: false,
    },
    absentRoutes: ['la_complaint', 'lgsco_complaint'],
  },
  {
    // Draft sent Fri 6 Nov 2026: day 1 + 14 = Fri 20 Nov. Request Mon 22 Jun: +20 weeks = Mon 9 Nov,
    // passed → Ombudsman from 10 Nov 2026: 12 months end Tue 9 Nov 2027. The passed comment window
    // does not make the parent out of time.
    name: 'draft plan, final plan late',
    situation: { ...base, event: 'draft_plan_issued', dates: { draft_plan_sent: '2026-11-06', request_received_by_la: '2026-06-22' } },
    as_of: '2026-11-24',
    expected: {
      routes: ['make_representations', ...LA_BLOCK],
      mediation_advice_required: null,
      deadlines: [
        { what: 'comments_on_draft_plan', date: '2026-11-20', ambiguous: false },
        { what: 'la_final_plan', date: '2026-11-09' },
        { what: 'lgsco_complaint', date: '2027-11-09' },
      ],
      out_of_time: false,
    },
  },
  {
    // Draft sent Sat 7 Nov 2026: the 15th day is Sat 21 Nov, rolled back to Fri 20 Nov (T9, ambiguous).
    name: 'draft plan comments rolled back from a Saturday',
    situation: { ...base, event: 'draft_plan_issued', dates: { draft_plan_sent: '2026-11-07' } },
    as_of: '2026-11-10',
    expected: {
      routes: ['make_representations', 'sendiass'],
      mediation_advice_required: null,
      deadlines: [{ what: 'comments_on_draft_plan', date: '2026-11-20', ambiguous: true }],
      out_of_time: false,
    },
  },
  {
    // Meeting Tue 1 Sep 2026: +4 weeks Tue 29 Sep (proposals came late on 13 Oct: remedied);
    // comments 13 Oct + 14 = Tue 27 Oct; final: meeting + 12 weeks = Tue 24 Nov, proposals + 8 weeks =
    // Tue 8 Dec → the earlier, 24 Nov, flagged A6; reg 22 alone: 8 Dec.
    name: 'annual review with proposals sent late',
    situation: { ...base, event: 'annual_review', dates: { review_meeting: '2026-09-01', proposed_amendments_sent: '2026-10-13' } },
    as_of: '2026-11-20',
    expected: {
      routes: ['make_representations', 'chase_la', 'la_complaint', 'sendiass'],
      mediation_advice_required: null,
      deadlines: [
        { what: 'la_review_decision_and_proposed_amendments', date: '2026-09-29' },
        { what: 'comments_on_proposed_amendments', date: '2026-10-27' },
        { what: 'la_final_amended_plan', date: '2026-11-24', ambiguous: true },
        { what: 'la_final_amended_plan_reg22', date: '2026-12-08' },
      ],
      out_of_time: false,
    },
    absentRoutes: ['lgsco_complaint'],
  },
  {
    // Primary to secondary in September 2027: "before 15 February" → Sun 14 Feb 2027 (A5; not moved).
    name: 'phase transfer pending',
    situation: { ...base, event: 'phase_transfer_pending', transfer_kind: 'primary_to_secondary', dates: { transfer: '2027-09-01' } },
    as_of: '2026-11-24',
    expected: {
      routes: ['chase_la', 'sendiass'],
      mediation_advice_required: null,
      deadlines: [{ what: 'la_phase_transfer_plan', date: '2027-02-14', ambiguous: true }],
      out_of_time: false,
    },
  },
  {
    // Kind unknown, move 1 Sep 2026: the earliest of 14 Feb, 30 Mar and 1 Apr 2026 (1 Sep − 5 months)
    // = 14 Feb 2026. Ombudsman from 15 Feb 2026: 12 months end Sun 14 Feb 2027 → Fri 12 Feb (T9).
    name: 'phase transfer delay, kind unknown',
    situation: { ...base, event: 'phase_transfer_delay', dates: { transfer: '2026-09-01' } },
    as_of: '2026-11-24',
    expected: {
      routes: LA_BLOCK,
      mediation_advice_required: null,
      deadlines: [
        { what: 'la_phase_transfer_plan', date: '2026-02-14', ambiguous: true },
        { what: 'lgsco_complaint', date: '2027-02-12', ambiguous: true },
      ],
      out_of_time: false,
    },
  },
  {
    // Post-16 to post-16 on 31 Jul 2027: 5 months before → 31 Feb does not exist → Sun 28 Feb 2027.
    name: 'phase transfer between post-16 places',
    situation: { ...base, event: 'phase_transfer_pending', transfer_kind: 'post16_to_post16', dates: { transfer: '2027-07-31' } },
    as_of: '2026-11-24',
    expected: {
      routes: ['chase_la', 'sendiass'],
      mediation_advice_required: null,
      deadlines: [{ what: 'la_phase_transfer_plan', date: '2027-02-28', ambiguous: false }],
      out_of_time: false,
    },
  },
  {
    // Order made Thu 1 Oct 2026 to make a plan: draft +5 weeks Thu 5 Nov (passed), final +11 weeks
    // Thu 17 Dec. Sent 5 Oct too: every date ambiguous (S2); the Ombudsman date inherits it:
    // from 6 Nov 2026, 12 months end Fri 5 Nov 2027.
    name: 'Tribunal order to make a plan, draft late',
    situation: { ...base, has_ehc_plan: false, event: 'tribunal_order', order_type: 'make_and_maintain_plan', dates: { order_made: '2026-10-01', order_sent: '2026-10-05' } },
    as_of: '2026-11-24',
    expected: {
      routes: ['enforce_order_or_agreement', 'la_complaint', 'lgsco_complaint', 'judicial_review', 'legal_advice', 'sendiass'],
      mediation_advice_required: null,
      deadlines: [
        { what: 'la_issue_draft_plan', date: '2026-11-05', ambiguous: true },
        { what: 'la_final_plan', date: '2026-12-17', ambiguous: true },
        { what: 'lgsco_complaint', date: '2027-11-05', ambiguous: true },
      ],
      out_of_time: false,
    },
  },
  {
    // Agreement Mon 2 Nov 2026 to assess and make a plan: notify +2 weeks Mon 16 Nov (passed),
    // no-plan notice +10 weeks Mon 11 Jan 2027, final plan the earlier of +14 weeks (8 Feb) and
    // +11 weeks (18 Jan 2027), draft +5 weeks Mon 7 Dec. Ombudsman from 17 Nov: ends Tue 16 Nov 2027.
    name: 'mediation agreement with two appealable terms',
    situation: { ...base, event: 'mediation_agreement', mediation_agreement_terms: ['assess', 'make_and_maintain_plan'], dates: { mediation_agreement: '2026-11-02' } },
    as_of: '2026-11-24',
    expected: {
      routes: ['enforce_order_or_agreement', 'la_complaint', 'lgsco_complaint', 'judicial_review', 'legal_advice', 'sendiass'],
      mediation_advice_required: null,
      deadlines: [
        { what: 'la_notify_will_assess', date: '2026-11-16' },
        { what: 'la_notice_if_no_plan', date: '2027-01-11' },
        { what: 'la_issue_draft_plan', date: '2026-12-07' },
        { what: 'la_final_plan', date: '2027-01-18' },
        { what: 'lgsco_complaint', date: '2027-11-16' },
      ],
      out_of_time: false,
    },
  },
  {
    // B/F and I together are one reg 44(2)(e) amendment: +5 weeks Mon 7 Dec; "other": +2 weeks Mon 16 Nov.
    name: 'mediation agreement: amendment terms merge, plus something else',
    situation: { ...base, event: 'mediation_agreement', mediation_agreement_terms: ['amend_plan', 'amend_section_I_only', 'other'], dates: { mediation_agreement: '2026-11-02' } },
    as_of: '2026-11-10',
    expected: {
      routes: ['enforce_order_or_agreement', 'sendiass'],
      mediation_advice_required: null,
      deadlines: [
        { what: 'la_issue_amended_plan', date: '2026-12-07' },
        { what: 'la_non_appealable_action', date: '2026-11-16' },
      ],
      out_of_time: false,
    },
  },
  {
    // Reasons sent Fri 25 Jul 2025, case type unknown: plain count Fri 22 Aug 2025 shown; the SEN
    // count (August skipped) Mon 22 Sep is the latest candidate, so on 1 Sep it is possibly late.
    name: 'permission to appeal, case type unknown, possibly late',
    situation: { ...base, event: 'tribunal_decision', dates: { written_reasons_sent: '2025-07-25' } },
    as_of: '2025-09-01',
    expected: {
      routes: ['upper_tribunal_permission', 'legal_advice', 'sendiass'],
      mediation_advice_required: null,
      deadlines: [{ what: 'fft_permission_to_appeal', date: '2025-08-22', ambiguous: true, possibly_late: true }],
      out_of_time: true,
    },
  },
  {
    // Suspension notice Mon 9 Nov 2026, 16 days this term → board within 15 school days: Mon 30 Nov.
    // This suspension is 8 days from Tue 10 Nov: sixth school day Tue 17 Nov. Claim: 6 months
    // starting with 9 Nov end Sat 8 May 2027 → Fri 7 May (T9).
    name: 'suspension over 15 days in the term',
    situation: { ...base, has_ehc_plan: false, event: 'suspension', suspension_days_this_term: 16, suspension_length_days: 8, dates: { suspension_notice: '2026-11-09', suspension_starts: '2026-11-10' } },
    as_of: '2026-11-24',
    expected: {
      routes: ['talk_to_setting', 'governing_board_review', 'disability_discrimination_claim', 'request_ehc_needs_assessment', 'sendiass'],
      mediation_advice_required: null,
      deadlines: [
        { what: 'governing_board_consider_reinstatement', date: '2026-11-30', ambiguous: true },
        { what: 'full_time_education_from', date: '2026-11-17', ambiguous: true },
        { what: 'disability_discrimination_claim', date: '2027-05-07', ambiguous: true },
      ],
      out_of_time: false,
    },
    absentRoutes: ['independent_review_panel'],
  },
  {
    // 10 days without representations: no board date. An FE college: no statutory routes; the claim
    // goes to the County Court (same 7 May 2027 safe date).
    name: 'suspension from an FE college',
    situation: { ...base, setting: 'college', event: 'suspension', suspension_days_this_term: 10, dates: { suspension_notice: '2026-11-09' } },
    as_of: '2026-11-24',
    expected: {
      routes: ['talk_to_setting', 'setting_complaint', 'disability_discrimination_county_court', 'legal_advice', 'sendiass'],
      mediation_advice_required: null,
      deadlines: [{ what: 'county_court_claim', date: '2027-05-07', ambiguous: true }],
      out_of_time: false,
    },
    absentRoutes: ['governing_board_review', 'independent_review_panel'],
  },
  {
    // Conduct from 2 Mar 2026 to Mon 30 Mar 2026 (a period): counted from its end: 6 months starting
    // with 30 Mar end Tue 29 Sep 2026 (A8). Early years of unknown kind: both forums, same date.
    name: 'discrimination over a period in early years',
    situation: { ...base, setting: 'early_years', has_ehc_plan: false, event: 'disability_discrimination', dates: { conduct_started: '2026-03-02', conduct_ended: '2026-03-30' } },
    as_of: '2026-06-01',
    expected: {
      routes: ['talk_to_setting', 'request_ehc_needs_assessment', 'setting_complaint', 'disability_discrimination_claim', 'disability_discrimination_county_court', 'legal_advice', 'sendiass'],
      mediation_advice_required: null,
      deadlines: [
        { what: 'disability_discrimination_claim', date: '2026-09-29', ambiguous: true },
        { what: 'county_court_claim', date: '2026-09-29', ambiguous: true },
      ],
      out_of_time: false,
    },
  },
  {
    // An act on Mon 2 Mar 2026: the claim ended Tue 1 Sep 2026; on 3 Sep it has definitely passed.
    name: 'late discrimination claim to the Tribunal',
    situation: { ...base, event: 'disability_discrimination', dates: { conduct: '2026-03-02' } },
    as_of: '2026-09-03',
    expected: {
      routes: ['disability_discrimination_late_claim', 'talk_to_setting', 'setting_complaint', 'legal_advice', 'sendiass'],
      mediation_advice_required: null,
      deadlines: [{ what: 'disability_discrimination_claim', date: '2026-09-01' }],
      out_of_time: true,
    },
    absentRoutes: ['disability_discrimination_claim'],
  },
];

describe('events other than SEN appeals', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    runRulesCase(c);
  });
});
