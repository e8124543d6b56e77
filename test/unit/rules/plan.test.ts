// The outcome's plan (src/rules/plan.ts): for representative situations of each kind, the first
// action, the numbered steps in the law's order, what runs alongside, and where each date stands.
// Dates are hand-counted in the comments (as_of Tue 24 November 2026 unless said otherwise).
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../../src/rules/index.js';
import { outcomeFor } from '../../support/rules-case.js';

interface PlanCase {
  name: string;
  situation: Record<string, unknown>;
  as_of?: string;
  first: { route: string; deadline: string | null; duties?: string[]; reason?: string };
  sequence: string[];
  alongside?: Record<string, number | null>;
  dates?: Record<string, { owner?: string; status: string; late_by_days?: number; paused?: boolean; counts?: string; urgency?: string }>;
  facts?: string[];
}

const school = { who: 'parent', setting: 'school', provider_type: 'school' } as const;

const CASES: PlanCase[] = [
  {
    // Head's decision Tue 17 Nov; board: 15 school days = Tue 8 Dec; sixth school day from Wed 18 Nov = Wed 25 Nov.
    name: 'permanent exclusion: the governing board and the LA education duty lead; the panel comes after the board',
    situation: { ...school, has_ehc_plan: false, event: 'permanent_exclusion', dates: { exclusion_notice: '2026-11-17', exclusion_starts: '2026-11-18' } },
    first: { route: 'governing_board_review', deadline: 'governing_board_consider_reinstatement', duties: ['full_time_education_from'], reason: 'first_step' },
    sequence: ['governing_board_review', 'independent_review_panel'],
    alongside: { disability_discrimination_claim: null, request_ehc_needs_assessment: null, legal_advice: null, sendiass: null },
    dates: {
      governing_board_consider_reinstatement: { owner: 'governing_board', status: 'due' },
      full_time_education_from: { owner: 'la', status: 'due' },
      disability_discrimination_claim: { owner: 'parent', status: 'due' },
    },
  },
  {
    // Suspended 8 days (16 this term) from Mon 23 Nov: the board must meet; the school owes education from the sixth day.
    name: 'suspension: the board leads, and the school (not the LA) owes the sixth-day education',
    situation: {
      ...school,
      has_ehc_plan: true,
      event: 'suspension',
      suspension_days_this_term: 16,
      suspension_length_days: 8,
      dates: { suspension_notice: '2026-11-20', suspension_starts: '2026-11-23' },
    },
    first: { route: 'governing_board_review', deadline: 'governing_board_consider_reinstatement', duties: ['full_time_education_from'] },
    sequence: ['governing_board_review'],
    dates: { full_time_education_from: { owner: 'school', status: 'due' }, governing_board_consider_reinstatement: { owner: 'governing_board', status: 'due' } },
  },
  {
    // Board letter Fri 13 Nov + 15 school days = Fri 4 Dec: the panel request leads; the claim runs alongside.
    name: 'upheld exclusion: the independent review panel request leads',
    situation: {
      ...school,
      has_ehc_plan: false,
      event: 'permanent_exclusion_upheld',
      board_decision_sent_by: 'first_class_post',
      dates: { exclusion_notice: '2026-11-02', board_decision_letter: '2026-11-13' },
    },
    first: { route: 'independent_review_panel', deadline: 'irp_request', duties: [], reason: 'first_step' },
    sequence: ['independent_review_panel'],
    alongside: { disability_discrimination_claim: null, sendiass: null },
    dates: { irp_request: { owner: 'parent', status: 'due' } },
  },
  {
    // Request Tue 1 Sep + 6 weeks = Tue 13 Oct: missed by 42 days on 24 Nov. Write to the LA first.
    name: 'late LA: writing to the LA leads, not the Ombudsman',
    situation: { ...school, has_ehc_plan: false, event: 'la_delay', dates: { request_received_by_la: '2026-09-01' } },
    first: { route: 'chase_la', deadline: 'la_decision_whether_to_assess', reason: 'duty_missed' },
    sequence: ['chase_la', 'la_complaint', 'lgsco_complaint'],
    dates: {
      la_decision_whether_to_assess: { owner: 'la', status: 'missed', late_by_days: 42 },
      la_notice_if_no_plan: { owner: 'la', status: 'due' },
      lgsco_complaint: { owner: 'parent', status: 'due' },
    },
  },
  {
    // Sent Mon 12 Oct: contact the adviser by Fri 11 Dec (legal last day Sat 12 Dec), appeal Mon 14 Dec.
    name: 'refused assessment: the mediation adviser first, then mediation, then the appeal',
    situation: { ...school, has_ehc_plan: false, event: 'la_refused_assessment', dates: { decision_letter: '2026-10-12' } },
    first: { route: 'mediation_advice', deadline: 'contact_mediation_adviser', reason: 'first_step' },
    sequence: ['mediation_advice', 'mediation', 'send_tribunal_appeal'],
    alongside: { sendiass: null },
    dates: { contact_mediation_adviser: { owner: 'parent', status: 'due' }, tribunal_appeal: { status: 'due', paused: false } },
    facts: ['letter_dated'],
  },
  {
    // Section I only: no certificate needed, so the appeal is step 1 and mediation runs alongside it.
    name: 'section I only: the appeal itself leads; mediation runs with it',
    situation: { ...school, has_ehc_plan: true, event: 'amended_plan_issued', disagree_with: ['I'], dates: { decision_letter: '2026-11-02' } },
    first: { route: 'send_tribunal_appeal', deadline: 'tribunal_appeal', reason: 'first_step' },
    sequence: ['send_tribunal_appeal'],
    alongside: { mediation: 1, sendiass: null },
    facts: ['letter_dated', 'placement_only'],
  },
  {
    // Certificate Fri 20 Nov + 1 month = Sun 20 Dec → Mon 21 Dec: appeal now; no mediation step left.
    name: 'certificate held: the appeal leads',
    situation: {
      ...school,
      has_ehc_plan: true,
      event: 'la_refused_to_amend',
      dates: { decision_letter: '2026-10-01', mediation_certificate_issued: '2026-11-20' },
    },
    first: { route: 'send_tribunal_appeal', deadline: 'tribunal_appeal', reason: 'first_step' },
    sequence: ['send_tribunal_appeal'],
    facts: ['letter_dated', 'certificate_held'],
  },
  {
    // Told the LA Mon 2 Nov: mediation by Wed 2 Dec; the appeal date (Mon 14 Dec) waits for the certificate.
    name: 'mediation asked for: mediation leads, the appeal date is paused, the projection is the date to hold',
    situation: {
      ...school,
      has_ehc_plan: false,
      event: 'la_refused_assessment',
      dates: { decision_letter: '2026-10-12', told_la_wants_mediation: '2026-11-02' },
    },
    first: { route: 'mediation', deadline: 'mediation_must_take_place', reason: 'first_step' },
    sequence: ['mediation', 'send_tribunal_appeal'],
    dates: {
      mediation_must_take_place: { owner: 'la', status: 'due' },
      tribunal_appeal: { status: 'paused', paused: true },
      tribunal_appeal_projected: { owner: 'parent', status: 'due' },
    },
    facts: ['letter_dated', 'certificate_pending'],
  },
  {
    // Over compulsory school age: no sixth-day duty (rules-table §12.2), so the board alone comes with the first step.
    name: 'young person excluded: the board leads, with no sixth-day duty',
    situation: { ...school, who: 'young_person', has_ehc_plan: false, event: 'permanent_exclusion', dates: { exclusion_notice: '2026-11-17', exclusion_starts: '2026-11-18' } },
    first: { route: 'governing_board_review', deadline: 'governing_board_consider_reinstatement', duties: [] },
    sequence: ['governing_board_review', 'independent_review_panel'],
    facts: ['young_person'],
  },
  {
    // Letter Fri 30 Oct: 15 school days end Fri 20 Nov, but posted notice counts from Tue 3 Nov, to Tue 24 Nov (today).
    name: 'upheld exclusion, panel request only possibly late: act today leads',
    situation: {
      ...school,
      has_ehc_plan: false,
      event: 'permanent_exclusion_upheld',
      board_decision_sent_by: 'first_class_post',
      dates: { exclusion_notice: '2026-10-20', board_decision_letter: '2026-10-30' },
    },
    first: { route: 'independent_review_panel', deadline: 'irp_request', reason: 'act_today' },
    sequence: ['independent_review_panel'],
    dates: { irp_request: { status: 'possibly_late' } },
  },
  {
    // Mediation held Mon 30 Nov for a request told Mon 2 Nov (due Wed 2 Dec): the clock says met.
    name: 'a duty met in time shows as met, and the first action moves on to the appeal',
    as_of: '2026-12-01',
    situation: {
      ...school,
      has_ehc_plan: false,
      event: 'la_refused_assessment',
      dates: { decision_letter: '2026-10-12', told_la_wants_mediation: '2026-11-02', mediation_held: '2026-11-30' },
    },
    first: { route: 'send_tribunal_appeal', deadline: 'tribunal_appeal_projected' },
    sequence: ['send_tribunal_appeal'],
  },
  {
    // LA told the Tribunal Mon 2 Nov it will not oppose a refused-assessment appeal: tell the parent it
    // will assess by Mon 16 Nov (2 weeks, missed by 8 days on 24 Nov), final plan by Mon 8 Feb 2027 (14 weeks).
    name: 'conceded appeal, LA late: making the LA act leads, then the complaint route',
    situation: { ...school, has_ehc_plan: false, event: 'la_conceded_appeal', order_type: 'assess', dates: { la_notified_tribunal: '2026-11-02' } },
    first: { route: 'enforce_order_or_agreement', deadline: 'la_notify_will_assess', duties: ['la_notice_if_no_plan', 'la_final_plan'], reason: 'duty_missed' },
    sequence: ['enforce_order_or_agreement', 'la_complaint', 'lgsco_complaint'],
    dates: { la_notify_will_assess: { owner: 'la', status: 'missed', late_by_days: 8 }, la_final_plan: { owner: 'la', status: 'due' } },
  },
  {
    // Conceded on Mon 16 Nov: amended plan within 5 weeks, by Mon 21 Dec; nothing missed yet.
    name: 'conceded appeal, on time: the LA duty is due and the first action is to make sure it acts',
    situation: { ...school, has_ehc_plan: true, event: 'la_conceded_appeal', order_type: 'amend_plan', dates: { la_notified_tribunal: '2026-11-16' } },
    first: { route: 'enforce_order_or_agreement', deadline: 'la_issue_amended_plan', reason: 'first_step' },
    sequence: ['enforce_order_or_agreement'],
    dates: { la_issue_amended_plan: { owner: 'la', status: 'due', counts: 'by' } },
  },
  {
    // Refused a trip on Fri 13 Mar 2026: six months end Sat 12 Sep, safe day Fri 11 Sep; on Mon 7 Sep that is 4 days away.
    name: 'disability claim ending this week: the claim leads, ahead of talking to the school',
    as_of: '2026-09-07',
    situation: { ...school, has_ehc_plan: false, event: 'disability_discrimination', dates: { conduct: '2026-03-13' } },
    first: { route: 'disability_discrimination_claim', deadline: 'disability_discrimination_claim', duties: [], reason: 'due_this_week' },
    sequence: ['talk_to_setting', 'setting_complaint', 'disability_discrimination_claim'],
    dates: { disability_discrimination_claim: { owner: 'parent', status: 'due', urgency: 'this_week' } },
  },
  {
    // The same claim on Mon 10 Aug, 32 days before its safe day: the law's order stands.
    name: 'disability claim a month away: talking to the school leads',
    as_of: '2026-08-10',
    situation: { ...school, has_ehc_plan: false, event: 'disability_discrimination', dates: { conduct: '2026-03-13' } },
    first: { route: 'talk_to_setting', deadline: null, reason: 'first_step' },
    sequence: ['talk_to_setting', 'setting_complaint', 'disability_discrimination_claim'],
    dates: { disability_discrimination_claim: { status: 'due', urgency: 'later' } },
  },
  {
    // Help missing since Fri 27 Nov 2025: 12 months starting that day end Thu 26 Nov 2026, 2 days away.
    // The Ombudsman wants the LA's complaints procedure used first, so its date never jumps ahead.
    name: 'Ombudsman date this week: chasing the LA still leads',
    situation: { ...school, has_ehc_plan: true, event: 'provision_not_delivered', dates: { first_noticed: '2025-11-27' } },
    first: { route: 'chase_la', deadline: null, reason: 'first_step' },
    sequence: ['chase_la', 'la_complaint', 'lgsco_complaint'],
    dates: { lgsco_complaint: { status: 'due', urgency: 'this_week' } },
  },
  {
    // Refusal to amend, letter Thu 4 Jun 2026, e-mailed Fri 5 Jun: contact the adviser by Tue 4 Aug
    // (passed on Tue 25 Aug); appeal by Tue 1 Sep, 7 days away. The appeal needs the adviser's
    // certificate, so it does not jump ahead of step 1.
    name: 'appeal date this week but no certificate: the mediation adviser still comes first',
    as_of: '2026-08-25',
    situation: { ...school, has_ehc_plan: true, event: 'la_refused_to_amend', dates: { decision_letter: '2026-06-04', decision_emailed: '2026-06-05' } },
    first: { route: 'mediation_advice', deadline: 'contact_mediation_adviser', reason: 'first_step' },
    sequence: ['mediation_advice', 'send_tribunal_appeal'],
    dates: { tribunal_appeal: { status: 'due', urgency: 'this_week' } },
  },
  {
    // Excluded Wed 27 May 2026: the board's 15 school days passed in June; the claim's six months end Thu 26 Nov, 2 days away.
    name: 'exclusion six months ago: the claim ending this week outranks the board it missed',
    situation: { ...school, has_ehc_plan: false, event: 'permanent_exclusion', dates: { exclusion_notice: '2026-05-27', exclusion_starts: '2026-05-28' } },
    first: { route: 'disability_discrimination_claim', deadline: 'disability_discrimination_claim', reason: 'due_this_week' },
    sequence: ['governing_board_review', 'independent_review_panel'],
    dates: { governing_board_consider_reinstatement: { status: 'missed' }, disability_discrimination_claim: { status: 'due', urgency: 'this_week' } },
  },
];

const sequenceOf = (o: Outcome) => o.plan.steps.filter((s) => s.track === 'sequence').map((s) => [s.route, s.step]);

describe('the plan in the outcome', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const outcome = outcomeFor({ situation: c.situation, as_of: c.as_of ?? '2026-11-24' });
    const first = outcome.plan.first_action;
    expect(first.route).toBe(c.first.route);
    expect(first.deadline).toBe(c.first.deadline);
    if (c.first.duties) expect(first.duties).toEqual(c.first.duties);
    if (c.first.reason) expect(first.reason).toBe(c.first.reason);
    expect(sequenceOf(outcome)).toEqual(c.sequence.map((r, i) => [r, i + 1]));
    for (const [route, withStep] of Object.entries(c.alongside ?? {})) {
      const step = outcome.plan.steps.find((s) => s.route === route);
      expect(step, route).toMatchObject({ track: 'alongside', step: null, runs_with_step: withStep });
    }
    for (const [what, want] of Object.entries(c.dates ?? {})) {
      expect(outcome.deadlines.find((d) => d.what === what), what).toMatchObject(want);
    }
    if (c.facts) expect(outcome.plan.key_facts.map((f) => f.fact)).toEqual(c.facts);
  });

  it('gives every route in the outcome exactly one place in the plan, in the outcome\'s order within each track', () => {
    for (const c of CASES) {
      const outcome = outcomeFor({ situation: c.situation, as_of: c.as_of ?? '2026-11-24' });
      expect([...outcome.plan.steps.map((s) => s.route)].sort(), c.name).toEqual([...outcome.routes].sort());
      for (const track of ['sequence', 'alongside', 'fallback'] as const) {
        const inTrack = outcome.plan.steps.filter((s) => s.track === track).map((s) => outcome.routes.indexOf(s.route));
        expect(inTrack, `${c.name} ${track}`).toEqual([...inTrack].sort((a, b) => a - b));
      }
    }
  });

  it('counts days to the date and urgency from as_of', () => {
    const outcome = outcomeFor({ situation: CASES[4]!.situation, as_of: '2026-12-10' });
    const contact = outcome.deadlines.find((d) => d.what === 'contact_mediation_adviser')!;
    expect(contact).toMatchObject({ days_from_as_of: 1, urgency: 'act_today', latest_date: '2026-12-12' });
    expect(outcome.plan.first_action).toMatchObject({ route: 'mediation_advice', reason: 'act_today', urgency: 'act_today' });
    const earlier = outcomeFor({ situation: CASES[4]!.situation, as_of: '2026-12-05' }).deadlines.find((d) => d.what === 'contact_mediation_adviser')!;
    expect(earlier).toMatchObject({ days_from_as_of: 6, urgency: 'this_week' });
  });

  it('keeps the appeal date paused near the end of the bank-holiday data, when the projection cannot be counted', () => {
    // Sent Mon 16 Oct 2028: appeal Mon 18 Dec 2028, passed on 20 Dec. The LA was told on Fri 1 Dec
    // 2028, so the certificate is expected in January 2029, a year the shipped data lacks: the
    // projection is left out, but the certificate is still pending (rules-table §1 lower bound).
    const outcome = outcomeFor({
      situation: { ...school, has_ehc_plan: false, event: 'la_refused_assessment', dates: { decision_letter: '2028-10-16', told_la_wants_mediation: '2028-12-01' } },
      as_of: '2028-12-20',
    });
    expect(outcome.deadlines.map((d) => d.what)).not.toContain('tribunal_appeal_projected');
    expect(outcome.deadlines.find((d) => d.what === 'tribunal_appeal')).toMatchObject({ paused: true, status: 'paused', urgency: 'none' });
    expect(outcome.routes).toContain('send_tribunal_appeal');
    expect(outcome.out_of_time).toBe(false);
    expect(outcome.plan.alert).toBeNull();
    expect(outcome.plan.key_facts.map((f) => f.fact)).toContain('certificate_pending');
  });

  it('marks the parent\'s dates counted from the day the letter arrived as possibly ending earlier, and only those', () => {
    const refused = { ...school, has_ehc_plan: false, event: 'la_refused_assessment' };
    const arrived = outcomeFor({ situation: { ...refused, dates: { decision_received: '2026-10-14' } }, as_of: '2026-11-24' });
    const parents = arrived.deadlines.filter((d) => d.parent_deadline);
    expect(parents.length).toBeGreaterThan(0);
    for (const d of parents) expect(d, d.what).toMatchObject({ start_may_be_earlier: true });
    const lettered = outcomeFor({ situation: { ...refused, dates: { decision_letter: '2026-10-14', decision_received: '2026-10-16' } }, as_of: '2026-11-24' });
    for (const d of lettered.deadlines) expect(d.start_may_be_earlier, d.what).toBeUndefined();
  });
});
