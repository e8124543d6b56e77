// Plain-English words for each route and deadline id, and the factsheet to read. Who acts and who
// to contact come from the outcome's plan (src/rules/plan.ts).
import type { Actor, DeadlineId, EventId, KeyFact, RouteId } from '../rules/index.js';

export interface RouteWording {
  title: string;
  what: string;
  factsheet: string;
}

export const ROUTE_WORDING: Record<RouteId, RouteWording> = {
  talk_to_setting: { title: 'Talk to the school, college or nursery', what: 'Ask to meet the teacher, the SENCo or the head. Say what worries you and what you want to happen.', factsheet: 'sen-support' },
  make_representations: { title: 'Send your views to the LA', what: 'Write to the local authority (LA) with your comments, the school you want named, or to ask for a meeting.', factsheet: 'naming-a-school' },
  request_ehc_needs_assessment: { title: 'Ask the LA for an EHC needs assessment', what: 'Write to the LA asking it to assess your child for an EHC plan. Keep a copy and note the date.', factsheet: 'ehc-needs-assessment' },
  chase_la: { title: 'Write to the LA', what: 'Ask the LA in writing to do what the law requires, quoting the time limit.', factsheet: 'complaints' },
  setting_complaint: { title: 'Complain to the school, college or nursery', what: 'Use its complaints procedure. Put it in writing and use the word "complaint".', factsheet: 'complaints' },
  dfe_complaint: { title: 'Complain to the Department for Education', what: 'If the school\'s procedure is finished and you are still unhappy, the department can check how the school handled your complaint.', factsheet: 'complaints' },
  la_complaint: { title: 'Complain to the LA', what: 'Use the LA\'s complaints procedure, in writing.', factsheet: 'complaints' },
  lgsco_complaint: { title: 'Complain to the Local Government and Social Care Ombudsman', what: 'If the LA\'s complaints procedure does not put things right, the Ombudsman can investigate.', factsheet: 'ombudsman' },
  health_complaint: { title: 'Complain about health services', what: 'Complain to the health provider or the Integrated Care Board (ICB).', factsheet: 'health-and-social-care' },
  phso_complaint: { title: 'Complain to the Parliamentary and Health Service Ombudsman', what: 'If a health complaint is not put right, this Ombudsman can look at it.', factsheet: 'ombudsman' },
  disagreement_resolution: { title: 'Use disagreement resolution', what: 'A free, independent meeting to help you and the setting or LA agree. It does not pause any deadline.', factsheet: 'disagreement-resolution' },
  mediation_advice: { title: 'Contact the mediation adviser', what: 'Contact the mediation adviser named in the LA\'s decision letter within 2 months of the date the decision was sent. Say whether you want mediation; you get a certificate either way.', factsheet: 'mediation' },
  mediation: { title: 'Mediation', what: 'A free meeting with an independent mediator and the LA to try to agree. It is your choice.', factsheet: 'mediation' },
  send_tribunal_appeal: { title: 'Appeal to the SEND Tribunal', what: 'Send your appeal to the Tribunal so it reaches it by 5pm on the last day.', factsheet: 'tribunal-appeals' },
  send_tribunal_late_appeal: { title: 'Appeal late to the SEND Tribunal', what: 'Send your appeal now and ask the Tribunal to accept it late, explaining why.', factsheet: 'tribunal-appeals' },
  tribunal_permission_without_certificate: { title: 'Ask the Tribunal to let you appeal without a mediation certificate', what: 'With your appeal, explain why you do not have a certificate.', factsheet: 'tribunal-appeals' },
  extended_appeal_recommendations: { title: 'Ask the Tribunal about health and social care too', what: 'In your appeal, ask for recommendations about the health and social care sections.', factsheet: 'health-and-social-care' },
  enforce_order_or_agreement: { title: 'Make sure the LA does what it must', what: 'Write to the LA quoting the order or agreement and the time limit.', factsheet: 'tribunal-appeals' },
  upper_tribunal_permission: { title: 'Ask for permission to appeal to the Upper Tribunal', what: 'Only if the Tribunal got the law wrong. Ask the First-tier Tribunal first.', factsheet: 'tribunal-appeals' },
  governing_board_review: { title: 'Write to the governing board', what: 'Give the board your views, and ask to attend its meeting.', factsheet: 'school-exclusions' },
  independent_review_panel: { title: 'Ask for an independent review panel', what: 'Ask in writing, to the arranging authority named in the board\'s letter, not to the school. Ask for a SEN expert in the same request if you want one. The time limit cannot be extended: apply as soon as you can.', factsheet: 'school-exclusions' },
  disability_discrimination_claim: { title: 'Claim disability discrimination at the SEND Tribunal', what: 'A claim against the school. No mediation certificate is needed.', factsheet: 'disability-discrimination' },
  disability_discrimination_late_claim: { title: 'Claim disability discrimination late', what: 'Send the claim now and ask the Tribunal to hear it out of time.', factsheet: 'disability-discrimination' },
  disability_discrimination_county_court: { title: 'Claim disability discrimination in the County Court', what: 'For colleges, private nurseries and other providers. Get legal advice.', factsheet: 'disability-discrimination' },
  judicial_review: { title: 'Judicial review', what: 'A court case about how a decision was made. It must be started quickly. Get legal advice.', factsheet: 'judicial-review-and-legal-aid' },
  legal_advice: { title: 'Get specialist legal advice', what: 'IPSEA, Coram Children\'s Legal Centre or a solicitor. You may get legal aid.', factsheet: 'judicial-review-and-legal-aid' },
  sendiass: { title: 'Talk to your local SENDIAS service', what: 'Free, confidential and impartial advice. They can help you with any of these steps.', factsheet: 'getting-help' },
};

export interface DeadlineWording {
  what: string;
  who: string;
  /** Said once the date has definitely passed. */
  ifPassed: string;
  /** Said while a parent deadline is only possibly late (rules-table §3.2): there is still time today. */
  ifPossiblyLate?: string;
}

const LA_PASSED = 'If the LA has not done this, write to it now, then complain.';

export const DEADLINE_WORDING: Record<DeadlineId, DeadlineWording> = {
  contact_mediation_adviser: { what: 'Contact the mediation adviser', who: 'You', ifPassed: 'Contact the adviser today anyway. Without a certificate, ask the Tribunal for permission to appeal without one.', ifPossiblyLate: 'Contact the adviser today.' },
  mediation_certificate_due: { what: 'The mediation adviser must send your certificate', who: 'The mediation adviser', ifPassed: 'Chase the adviser for your certificate today.' },
  mediation_must_take_place: { what: 'Mediation must take place', who: 'The LA', ifPassed: 'If it has not happened, ask the adviser for a certificate.' },
  tribunal_appeal: { what: 'Your appeal must reach the Tribunal by 5pm', who: 'You', ifPassed: 'You can still appeal and ask the Tribunal to accept it late. Explain why it is late.', ifPossiblyLate: 'Send your appeal today, so it reaches the Tribunal by 5pm.' },
  tribunal_appeal_projected: { what: 'Your appeal deadline if the certificate comes on time', who: 'You', ifPassed: 'Appeal now and ask the Tribunal for permission to go ahead.' },
  la_decision_whether_to_assess: { what: 'The LA must decide whether to assess', who: 'The LA', ifPassed: LA_PASSED },
  la_notice_if_no_plan: { what: 'The LA must tell you if it will not issue a plan', who: 'The LA', ifPassed: LA_PASSED },
  la_final_plan: { what: 'The LA must issue the final EHC plan', who: 'The LA', ifPassed: LA_PASSED },
  comments_on_draft_plan: { what: 'Send your comments on the draft plan', who: 'You', ifPassed: 'Send your comments now anyway.' },
  la_review_decision_and_proposed_amendments: { what: 'The LA must send its decision and proposed changes', who: 'The LA', ifPassed: LA_PASSED },
  comments_on_proposed_amendments: { what: 'Send your comments on the proposed changes', who: 'You', ifPassed: 'Send your comments now anyway.' },
  la_final_amended_plan: { what: 'The LA must issue the final amended plan', who: 'The LA', ifPassed: LA_PASSED },
  la_final_amended_plan_reg22: { what: 'The amended plan is due 8 weeks after the proposals', who: 'The LA', ifPassed: LA_PASSED },
  la_phase_transfer_plan: { what: 'The LA must update the plan for the move', who: 'The LA', ifPassed: LA_PASSED },
  la_issue_amended_plan: { what: 'The LA must issue the amended plan', who: 'The LA', ifPassed: LA_PASSED },
  la_notify_will_assess: { what: 'The LA must tell you it will assess', who: 'The LA', ifPassed: LA_PASSED },
  la_issue_draft_plan: { what: 'The LA must issue a draft plan', who: 'The LA', ifPassed: LA_PASSED },
  la_continue_to_maintain: { what: 'The LA must keep the plan from this day', who: 'The LA', ifPassed: LA_PASSED },
  la_non_appealable_action: { what: 'The LA (or health service) must do what it agreed', who: 'The LA or ICB', ifPassed: LA_PASSED },
  governing_board_consider_reinstatement: { what: 'The governing board must meet to consider taking your child back (later if the school has closure days)', who: 'The governing board', ifPassed: 'If the board has not met, contact the clerk to the governors.' },
  full_time_education_from: { what: 'Full-time education must be given from this day (later if the school has closure days)', who: 'The school or LA', ifPassed: 'If it is not provided, write to the school or LA now.' },
  irp_request: { what: 'Ask for an independent review panel', who: 'You', ifPassed: 'The panel cannot accept a late request, unless the school was closed on days this count did not know about (such as training days): check with the school. Judicial review or a discrimination claim may still be possible: get advice today.', ifPossiblyLate: 'Apply today: the panel may still be able to hear your request.' },
  disability_discrimination_claim: { what: 'Your claim must reach the SEND Tribunal', who: 'You', ifPassed: 'You can still claim and ask the Tribunal to hear it late.', ifPossiblyLate: 'Send your claim today.' },
  county_court_claim: { what: 'Your claim must reach the County Court', who: 'You', ifPassed: 'The court may allow a later claim if it is fair. Get legal advice now.', ifPossiblyLate: 'Issue your claim today. If the court office is closed today, issue it on the day it next opens, and no later.' },
  lgsco_complaint: { what: 'Complain to the Ombudsman', who: 'You', ifPassed: 'The Ombudsman can accept a late complaint if there is a good reason.', ifPossiblyLate: 'Complain today: the Ombudsman takes complaints online on any day.' },
  fft_permission_to_appeal: { what: 'Ask the Tribunal for permission to appeal', who: 'You', ifPassed: 'You can still apply and ask the Tribunal to extend the time.', ifPossiblyLate: 'Apply today.' },
};

/** Who someone is, in words: as the subject of a sentence and as a contact. */
export const ACTOR_WORDING: Record<Actor, { who: string; contact: 'sendias' | 'mediation' | 'la' | 'la_complaints' | 'setting' | 'tribunal' | 'ombudsman' | 'health' | 'legal' | 'dfe' | 'court' | 'board' | 'authority' | 'none' }> = {
  parent: { who: 'You', contact: 'none' },
  la: { who: 'The local authority (LA)', contact: 'la' },
  la_complaints: { who: "The local authority's (LA's) complaints procedure", contact: 'la_complaints' },
  school: { who: 'The school', contact: 'setting' },
  governing_board: { who: 'The governing board', contact: 'board' },
  arranging_authority: { who: "The authority named in the board's letter (the LA, or the academy trust for an academy)", contact: 'authority' },
  mediation_adviser: { who: 'The mediation adviser', contact: 'mediation' },
  tribunal: { who: 'The SEND Tribunal', contact: 'tribunal' },
  county_court: { who: 'The County Court', contact: 'court' },
  ombudsman: { who: 'The Local Government and Social Care Ombudsman', contact: 'ombudsman' },
  health_body: { who: 'The health provider or Integrated Care Board (ICB)', contact: 'health' },
  health_ombudsman: { who: 'The Parliamentary and Health Service Ombudsman', contact: 'health' },
  dfe: { who: 'The Department for Education', contact: 'dfe' },
  legal_adviser: { who: 'A specialist legal adviser', contact: 'legal' },
  sendias: { who: 'Your local SENDIAS service', contact: 'sendias' },
};

/**
 * A duty of someone else in plain words: "{date}" is the date in words; "{who}" the owner. Used in
 * the clock, the first-action panel, the summary and the calendar.
 */
export const DUTY_SENTENCE: Partial<Record<DeadlineId, string>> = {
  mediation_certificate_due: 'The mediation adviser must send your mediation certificate by {date}.',
  mediation_must_take_place: 'The LA must make sure mediation takes place by {date}.',
  la_decision_whether_to_assess: 'The LA had to decide whether to carry out an EHC needs assessment by {date}.',
  la_notice_if_no_plan: 'If the LA will not issue an EHC plan, it must tell you by {date}.',
  la_final_plan: 'The LA must issue the final EHC plan by {date}.',
  la_review_decision_and_proposed_amendments: 'The LA must send its decision after the review, with any proposed changes, by {date}.',
  la_final_amended_plan: 'The LA must issue the final amended plan by {date}.',
  la_final_amended_plan_reg22: 'The LA must issue the amended plan by {date}, 8 weeks after it sent the proposed changes.',
  la_phase_transfer_plan: 'The LA must update the EHC plan for the move by {date}.',
  la_issue_amended_plan: 'The LA must issue the amended EHC plan by {date}.',
  la_notify_will_assess: 'The LA must tell you by {date} that it will carry out the assessment.',
  la_issue_draft_plan: 'The LA must issue a draft EHC plan by {date}.',
  la_continue_to_maintain: 'The LA must keep the EHC plan in place from {date}.',
  la_non_appealable_action: 'The LA (or the health service) must do what it agreed by {date}.',
  governing_board_consider_reinstatement: 'The governing board must meet to consider taking your child back by {date} (later if the school has closure days).',
  full_time_education_from: '{who} must give your child full-time education from {date} (later if the school has closure days).',
};

/** What happened, as a clause after "You told us that". */
export const EVENT_SENTENCE: Record<EventId, string> = {
  sen_support_concerns: 'you are unhappy with the support your child gets at their school, college or nursery',
  assessment_requested: 'you asked the local authority (LA) for an EHC needs assessment and you are waiting',
  la_refused_assessment: 'the local authority (LA) refused to carry out an EHC needs assessment',
  la_refused_reassessment: 'the local authority (LA) refused to carry out a re-assessment',
  la_refused_to_issue_plan: 'the local authority (LA) assessed your child but decided not to issue an EHC plan',
  draft_plan_issued: 'you have received a draft EHC plan',
  final_plan_issued: 'the local authority (LA) issued a final EHC plan that you disagree with',
  amended_plan_issued: 'the local authority (LA) issued an amended EHC plan that you disagree with',
  annual_review: 'there has been an annual review meeting',
  la_refused_to_amend: 'the local authority (LA) decided not to change the EHC plan after a review',
  la_ceased_plan: 'the local authority (LA) decided to stop (cease) the EHC plan',
  la_delay: 'the local authority (LA) has missed a time limit for the assessment or the plan',
  phase_transfer_pending: 'your child is moving school or college and the plan has not been updated yet',
  phase_transfer_delay: 'your child is moving school or college and the LA is late updating the plan',
  provision_not_delivered: 'help in the EHC plan is not being given',
  suspension: 'your child has been suspended from school',
  permanent_exclusion: 'your child has been permanently excluded from school',
  permanent_exclusion_upheld: 'the governing board decided not to take your child back after a permanent exclusion',
  disability_discrimination: 'you think your child has been treated unfairly because of their disability',
  tribunal_order: 'the SEND Tribunal ordered the LA to do something',
  tribunal_decision: 'the SEND Tribunal decided your case and you think it got the law wrong',
  mediation_agreement: 'mediation ended in an agreement the LA must carry out',
  la_conceded_appeal: 'the local authority (LA) told the SEND Tribunal it will not oppose your appeal',
};

/** The facts that change the advice, as sentences read aloud ("{date}" is the date in words). */
export const KEY_FACT_SENTENCE: Record<KeyFact, string> = {
  letter_dated: 'The decision was sent on {date}, and your time limits count from that day, not the day it arrived.',
  placement_only: 'Your appeal is only about the school or college named in section I, so you do not need a mediation certificate before you appeal.',
  certificate_held: 'You have a mediation certificate dated {date}, so your appeal can run to one month after that date if that is later.',
  certificate_pending: 'Your mediation certificate has not come yet, so your appeal date waits for it.',
  young_person: 'As a young person over compulsory school age, the right to appeal and to complain is yours.',
};

/** Under a date, by where it stands ("{n}" = days, "{latest}" = the latest day in words). */
export const STATUS_WORDING = {
  lastSafeDay: 'Last safe day',
  lastDayFromArrival: 'Last day, counted from when the letter arrived',
  startMayBeEarlier: 'Your real last day may be earlier, because the law counts from the day the letter was sent. Check the date on the letter, and act before this date if you can.',
  laterReading: 'The law gives you until {latest} at the latest.',
  paused: 'Your mediation certificate has not come yet, so this date is on hold. Once it comes, you have one month from the certificate date if that is later: see the next date. Chase the mediation adviser today.',
  met: 'Done in time.',
  metLate: 'Done, {n} late.',
  missed: 'Missed by {n}.',
  inForce: 'This applies now.',
  passed: 'This date has passed.',
  possiblyLate: 'Act today: you may still be in time.',
} as const;
