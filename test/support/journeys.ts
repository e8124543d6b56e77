// Journeys as data: answers by question id and the deadline dates the rules give for them (as of the
// test clock, 24 November 2026). Used by the HTTP tests and the Playwright journeys.
export interface Journey {
  name: string;
  answers: [string, string][];
  expectedDeadlines: [string, string][];
}

export const JOURNEYS: Journey[] = [
  {
    // 12 Oct 2026 + 2 months = Sat 12 Dec: contact by Fri 11 Dec (T9); appeal Mon 14 Dec (r.12(2)).
    name: 'refused assessment',
    answers: [['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'no'], ['topic', 'la_decision'], ['event', 'la_refused_assessment'], ['decision_letter', '2026-10-12'], ['decision_email_sent', 'no'], ['mediation_stage', 'none']],
    expectedDeadlines: [['contact_mediation_adviser', '2026-12-11'], ['tribunal_appeal', '2026-12-14']],
  },
  {
    // Section I only: 2 Nov 2026 + 2 months = Sat 2 Jan 2027 → inside 25 Dec–1 Jan? No: 2 Jan is
    // outside the window and a Saturday, so r.12(2) moves it to Mon 4 Jan 2027.
    name: 'placement-only appeal',
    answers: [['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'yes'], ['topic', 'la_decision'], ['event', 'amended_plan_issued'], ['disagree_with', 'I'], ['decision_letter', '2026-11-02'], ['decision_email_sent', 'no'], ['mediation_stage', 'none']],
    expectedDeadlines: [['tribunal_appeal', '2027-01-04']],
  },
  {
    // Certificate 20 Nov 2026 + 1 month = Sun 20 Dec, later than 1 Oct + 2 months = 1 Dec, so it
    // governs; r.12(2) moves Sunday to Mon 21 Dec 2026.
    name: 'certificate issued late',
    answers: [['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'yes'], ['topic', 'la_decision'], ['event', 'la_refused_to_amend'], ['decision_letter', '2026-10-01'], ['decision_email_sent', 'no'], ['mediation_stage', 'declined'], ['contacted_mediation_adviser', '2026-11-18'], ['has_certificate', 'yes'], ['mediation_certificate_issued', '2026-11-20']],
    expectedDeadlines: [['tribunal_appeal', '2026-12-21']],
  },
  {
    // Board letter Fri 13 Nov 2026 + 15 school days (weekdays) = Fri 4 Dec 2026. Exclusion notice
    // Mon 2 Nov 2026: 6 months starting with it end Sun 1 May 2027 → safe Fri 30 Apr 2027.
    name: 'permanent exclusion upheld',
    answers: [['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'no'], ['topic', 'setting'], ['event', 'permanent_exclusion_upheld'], ['exclusion_notice', '2026-11-02'], ['board_decision_letter', '2026-11-13'], ['board_decision_sent_by', 'first_class_post'], ['board_decision_received', '2026-11-16'], ['has_holidays', 'unsure'], ['disability_related', 'yes']],
    expectedDeadlines: [['irp_request', '2026-12-04'], ['disability_discrimination_claim', '2027-04-30']],
  },
  {
    // One act on Fri 13 Nov 2026: 6 months starting with it end Wed 12 May 2027.
    name: 'disability discrimination',
    answers: [['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'no'], ['topic', 'setting'], ['event', 'disability_discrimination'], ['conduct_kind', 'one'], ['conduct', '2026-11-13']],
    expectedDeadlines: [['disability_discrimination_claim', '2027-05-12']],
  },
  {
    name: 'unhappy with SEN support',
    answers: [['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'no'], ['topic', 'setting'], ['event', 'sen_support_concerns']],
    expectedDeadlines: [],
  },
];
