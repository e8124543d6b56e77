// The contract's vocabularies (domain.md; legal-reference §1, §2). Ids only: wording lives in views.

export const EVENTS = [
  'sen_support_concerns',
  'assessment_requested',
  'la_refused_assessment',
  'la_refused_reassessment',
  'la_refused_to_issue_plan',
  'draft_plan_issued',
  'final_plan_issued',
  'amended_plan_issued',
  'annual_review',
  'la_refused_to_amend',
  'la_ceased_plan',
  'la_delay',
  'phase_transfer_pending',
  'phase_transfer_delay',
  'provision_not_delivered',
  'suspension',
  'permanent_exclusion',
  'permanent_exclusion_upheld',
  'disability_discrimination',
  'tribunal_order',
  'tribunal_decision',
  'mediation_agreement',
  'la_conceded_appeal',
] as const;
export type EventId = (typeof EVENTS)[number];

export const PLAN_SECTIONS = ['B', 'C', 'D', 'E', 'F', 'G', 'H1', 'H2', 'I', 'J', 'K'] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];

export const ROUTES = [
  'talk_to_setting',
  'make_representations',
  'request_ehc_needs_assessment',
  'chase_la',
  'setting_complaint',
  'dfe_complaint',
  'la_complaint',
  'lgsco_complaint',
  'health_complaint',
  'phso_complaint',
  'disagreement_resolution',
  'mediation_advice',
  'mediation',
  'send_tribunal_appeal',
  'send_tribunal_late_appeal',
  'tribunal_permission_without_certificate',
  'extended_appeal_recommendations',
  'enforce_order_or_agreement',
  'upper_tribunal_permission',
  'governing_board_review',
  'independent_review_panel',
  'disability_discrimination_claim',
  'disability_discrimination_late_claim',
  'disability_discrimination_county_court',
  'judicial_review',
  'legal_advice',
  'sendiass',
] as const;
export type RouteId = (typeof ROUTES)[number];

export const DEADLINE_IDS = [
  'contact_mediation_adviser',
  'mediation_certificate_due',
  'mediation_must_take_place',
  'tribunal_appeal',
  'tribunal_appeal_projected',
  'la_decision_whether_to_assess',
  'la_notice_if_no_plan',
  'la_final_plan',
  'comments_on_draft_plan',
  'la_review_decision_and_proposed_amendments',
  'comments_on_proposed_amendments',
  'la_final_amended_plan',
  'la_final_amended_plan_reg22',
  'la_phase_transfer_plan',
  'la_issue_amended_plan',
  'la_notify_will_assess',
  'la_issue_draft_plan',
  'la_continue_to_maintain',
  'la_non_appealable_action',
  'governing_board_consider_reinstatement',
  'full_time_education_from',
  'irp_request',
  'disability_discrimination_claim',
  'county_court_claim',
  'lgsco_complaint',
  'fft_permission_to_appeal',
] as const;
export type DeadlineId = (typeof DEADLINE_IDS)[number];

export const DATE_KEYS = [
  'decision_letter',
  'decision_emailed',
  'decision_received',
  'contacted_mediation_adviser',
  'told_la_wants_mediation',
  'mediation_held',
  'la_told_adviser_mediation_not_arranged',
  'mediation_certificate_issued',
  'request_received_by_la',
  'la_agreed_to_assess',
  'draft_plan_sent',
  'review_meeting',
  'proposed_amendments_sent',
  'transfer',
  'first_noticed',
  'la_complaint_final_response',
  'suspension_notice',
  'suspension_starts',
  'board_notified',
  'exclusion_notice',
  'exclusion_starts',
  'board_decision_letter',
  'board_decision_received',
  'conduct',
  'conduct_started',
  'conduct_ended',
  'order_made',
  'order_sent',
  'written_reasons_sent',
  'mediation_agreement',
  'la_notified_tribunal',
] as const;
export type DateKey = (typeof DATE_KEYS)[number];

export const ORDER_TYPES = [
  'assess',
  'make_and_maintain_plan',
  'amend_plan',
  'amend_section_I_only',
  'continue_to_maintain',
] as const;
export type OrderType = (typeof ORDER_TYPES)[number];

export const AGREEMENT_TERMS = [...ORDER_TYPES, 'other'] as const;
export type AgreementTerm = (typeof AGREEMENT_TERMS)[number];

export const TRANSFER_KINDS = [
  'early_years_to_school',
  'infant_to_junior',
  'primary_to_middle',
  'primary_to_secondary',
  'middle_to_secondary',
  'secondary_to_post16',
  'post16_to_post16',
  // A move within a phase (e.g. mainstream secondary to special secondary): no reg 18 date (rules-table §12.3).
  'same_phase',
] as const;
export type TransferKind = (typeof TRANSFER_KINDS)[number];

export const PROVIDER_TYPES = ['school', 'private_nursery', 'fe_college', 'other_provider'] as const;
export const SETTINGS = ['early_years', 'school', 'college'] as const;
export const WHO = ['parent', 'young_person'] as const;
export const TRIBUNAL_CASE_TYPES = ['sen_appeal', 'disability_discrimination_claim'] as const;
export const BOARD_DECISION_SENT_BY = ['email', 'first_class_post', 'hand'] as const;

/** Deadlines that bar or endanger a remedy if missed: the only ones that count for out_of_time (§3.2). */
export const PARENT_DEADLINES: readonly DeadlineId[] = [
  'contact_mediation_adviser',
  'tribunal_appeal',
  'irp_request',
  'disability_discrimination_claim',
  'county_court_claim',
  'lgsco_complaint',
  'fft_permission_to_appeal',
];

/** Who acts, or who the parent deals with, in the outcome's plan (plan.ts). */
export const ACTORS = [
  'parent',
  'la',
  'la_complaints',
  'school',
  'governing_board',
  'arranging_authority',
  'mediation_adviser',
  'tribunal',
  'county_court',
  'ombudsman',
  'health_body',
  'health_ombudsman',
  'dfe',
  'legal_adviser',
  'sendias',
] as const;
export const DEADLINE_STATUSES = ['due', 'possibly_late', 'passed', 'paused', 'met', 'met_late', 'missed', 'in_force'] as const;
export const URGENCIES = ['act_today', 'this_week', 'soon', 'later', 'passed', 'none'] as const;
/** Why the first action leads (plan.first_action.reason); see firstActionOf in plan.ts. */
export const FIRST_ACTION_REASONS = ['first_step', 'act_today', 'due_this_week', 'duty_missed'] as const;
export const KEY_FACTS = ['letter_dated', 'placement_only', 'certificate_held', 'certificate_pending', 'young_person'] as const;
