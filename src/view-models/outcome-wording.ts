// Plain-English words for each route and deadline id, with who acts and the factsheet to read.
import type { DeadlineId, RouteId } from '../rules/index.js';

export interface RouteWording {
  title: string;
  what: string;
  contact: 'sendias' | 'mediation' | 'la' | 'setting' | 'arranging_authority' | 'tribunal' | 'ombudsman' | 'health' | 'legal' | 'dfe';
  factsheet: string;
}

export const ROUTE_WORDING: Record<RouteId, RouteWording> = {
  talk_to_setting: { title: 'Talk to the school, college or nursery', what: 'Ask to meet the teacher, the SENCo or the head. Say what worries you and what you want to happen.', contact: 'setting', factsheet: 'sen-support' },
  make_representations: { title: 'Send your views to the LA', what: 'Write to the local authority (LA) with your comments, the school you want named, or to ask for a meeting.', contact: 'la', factsheet: 'naming-a-school' },
  request_ehc_needs_assessment: { title: 'Ask the LA for an EHC needs assessment', what: 'Write to the LA asking it to assess your child for an EHC plan. Keep a copy and note the date.', contact: 'la', factsheet: 'ehc-needs-assessment' },
  chase_la: { title: 'Write to the LA', what: 'Ask the LA in writing to do what the law requires, quoting the time limit.', contact: 'la', factsheet: 'complaints' },
  setting_complaint: { title: 'Complain to the school, college or nursery', what: 'Use its complaints procedure. Put it in writing and use the word "complaint".', contact: 'setting', factsheet: 'complaints' },
  dfe_complaint: { title: 'Complain to the Department for Education', what: 'If the school\'s procedure is finished and you are still unhappy, the DfE can check how it handled your complaint.', contact: 'dfe', factsheet: 'complaints' },
  la_complaint: { title: 'Complain to the LA', what: 'Use the LA\'s complaints procedure, in writing.', contact: 'la', factsheet: 'complaints' },
  lgsco_complaint: { title: 'Complain to the Local Government and Social Care Ombudsman', what: 'If the LA\'s complaints procedure does not put things right, the Ombudsman can investigate.', contact: 'ombudsman', factsheet: 'ombudsman' },
  health_complaint: { title: 'Complain about health services', what: 'Complain to the health provider or the Integrated Care Board (ICB).', contact: 'health', factsheet: 'health-and-social-care' },
  phso_complaint: { title: 'Complain to the Parliamentary and Health Service Ombudsman', what: 'If a health complaint is not resolved, the PHSO can look at it.', contact: 'health', factsheet: 'ombudsman' },
  disagreement_resolution: { title: 'Use disagreement resolution', what: 'A free, independent meeting to help you and the setting or LA agree. It does not pause any deadline.', contact: 'mediation', factsheet: 'disagreement-resolution' },
  mediation_advice: { title: 'Contact the mediation adviser', what: 'Contact the mediation adviser named in the LA\'s decision letter within 2 months of the date the decision was sent. Say whether you want mediation; you get a certificate either way.', contact: 'mediation', factsheet: 'mediation' },
  mediation: { title: 'Mediation', what: 'A free meeting with an independent mediator and the LA to try to agree. It is your choice.', contact: 'mediation', factsheet: 'mediation' },
  send_tribunal_appeal: { title: 'Appeal to the SEND Tribunal', what: 'Send your appeal to the Tribunal so it reaches it by 5pm on the last day.', contact: 'tribunal', factsheet: 'tribunal-appeals' },
  send_tribunal_late_appeal: { title: 'Appeal late to the SEND Tribunal', what: 'Send your appeal now and ask the Tribunal to accept it late, explaining why.', contact: 'tribunal', factsheet: 'tribunal-appeals' },
  tribunal_permission_without_certificate: { title: 'Ask the Tribunal to let you appeal without a mediation certificate', what: 'With your appeal, explain why you do not have a certificate.', contact: 'tribunal', factsheet: 'tribunal-appeals' },
  extended_appeal_recommendations: { title: 'Ask the Tribunal about health and social care too', what: 'In your appeal, ask for recommendations about the health and social care sections.', contact: 'tribunal', factsheet: 'health-and-social-care' },
  enforce_order_or_agreement: { title: 'Make sure the LA does what it must', what: 'Write to the LA quoting the order or agreement and the time limit.', contact: 'la', factsheet: 'tribunal-appeals' },
  upper_tribunal_permission: { title: 'Ask for permission to appeal to the Upper Tribunal', what: 'Only if the Tribunal got the law wrong. Ask the First-tier Tribunal first.', contact: 'legal', factsheet: 'tribunal-appeals' },
  governing_board_review: { title: 'Write to the governing board', what: 'Give the board your views, and ask to attend its meeting.', contact: 'setting', factsheet: 'school-exclusions' },
  independent_review_panel: { title: 'Ask for an independent review panel', what: 'Ask in writing, to the arranging authority named in the board\'s letter, not to the school. Ask for a SEN expert in the same request if you want one. The time limit cannot be extended: apply as soon as you can.', contact: 'arranging_authority', factsheet: 'school-exclusions' },
  disability_discrimination_claim: { title: 'Claim disability discrimination at the SEND Tribunal', what: 'A claim against the school. No mediation certificate is needed.', contact: 'tribunal', factsheet: 'disability-discrimination' },
  disability_discrimination_late_claim: { title: 'Claim disability discrimination late', what: 'Send the claim now and ask the Tribunal to hear it out of time.', contact: 'tribunal', factsheet: 'disability-discrimination' },
  disability_discrimination_county_court: { title: 'Claim disability discrimination in the County Court', what: 'For colleges, private nurseries and other providers. Get legal advice.', contact: 'legal', factsheet: 'disability-discrimination' },
  judicial_review: { title: 'Judicial review', what: 'A court case about how a decision was made. It must be started quickly. Get legal advice.', contact: 'legal', factsheet: 'judicial-review-and-legal-aid' },
  legal_advice: { title: 'Get specialist legal advice', what: 'IPSEA, Coram Children\'s Legal Centre or a solicitor. You may get legal aid.', contact: 'legal', factsheet: 'judicial-review-and-legal-aid' },
  sendiass: { title: 'Talk to your local SENDIAS service', what: 'Free, confidential and impartial advice. They can help you with any of these steps.', contact: 'sendias', factsheet: 'getting-help' },
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
  governing_board_consider_reinstatement: { what: 'The governing board must consider reinstatement by this date at the earliest (later if the school is closed on some of these days: check term dates)', who: 'The governing board', ifPassed: 'If the board has not met, contact the clerk to the governors.' },
  full_time_education_from: { what: 'Full-time education must be provided from this day (no earlier than)', who: 'The school or LA', ifPassed: 'If it is not provided, write to the school or LA now.' },
  irp_request: { what: 'Ask for an independent review panel', who: 'You', ifPassed: 'The panel cannot accept a late request, unless the school was closed on days this count did not know about (such as training days): check with the school. Judicial review or a discrimination claim may still be possible: get advice today.', ifPossiblyLate: 'Apply today: the panel may still be able to hear your request.' },
  disability_discrimination_claim: { what: 'Your claim must reach the SEND Tribunal', who: 'You', ifPassed: 'You can still claim and ask the Tribunal to hear it late.', ifPossiblyLate: 'Send your claim today.' },
  county_court_claim: { what: 'Your claim must reach the County Court', who: 'You', ifPassed: 'The court may allow a later claim if it is fair. Get legal advice now.', ifPossiblyLate: 'Issue your claim today. If the court office is closed today, issue it on the day it next opens, and no later.' },
  lgsco_complaint: { what: 'Complain to the Ombudsman', who: 'You', ifPassed: 'The Ombudsman can accept a late complaint if there is a good reason.', ifPossiblyLate: 'Complain today: the Ombudsman takes complaints online on any day.' },
  fft_permission_to_appeal: { what: 'Ask the Tribunal for permission to appeal', who: 'You', ifPassed: 'You can still apply and ask the Tribunal to extend the time.', ifPossiblyLate: 'Apply today.' },
};
