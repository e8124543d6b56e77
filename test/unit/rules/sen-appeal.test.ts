// Hand-computed cases for the SEN appeal events (rules-table §5.1–5.2, §3.3, §3.4), one per
// mediation state and for the tricky dates. The arithmetic is in each case's comment.
import { describe, expect, it } from 'vitest';
import { CoverageError } from '../../../src/rules/index.js';
import { outcomeFor, runRulesCase, type RulesCase } from '../../support/rules-case.js';

const base = { who: 'parent', setting: 'school', has_ehc_plan: true };

const cases: RulesCase[] = [
  {
    // M0X: d1 = 5 Aug 2026 (Wed) passed on 10 Aug without contact; the appeal's raw date is in
    // August, so r.12(3)(a) gives the first working day after 31 Aug (a bank holiday): Tue 1 Sep.
    name: 'M0X contact missed, appeal moved into September',
    situation: { ...base, event: 'la_refused_to_amend', dates: { decision_letter: '2026-06-05' } },
    as_of: '2026-08-10',
    expected: {
      routes: ['mediation_advice', 'send_tribunal_appeal', 'tribunal_permission_without_certificate', 'legal_advice', 'sendiass'],
      mediation_advice_required: true,
      deadlines: [
        { what: 'contact_mediation_adviser', date: '2026-08-05', ambiguous: false },
        { what: 'tribunal_appeal', date: '2026-09-01', ambiguous: false },
      ],
      out_of_time: true,
    },
    absentRoutes: ['send_tribunal_late_appeal'],
  },
  {
    // M0L: decision Mon 5 Jan 2026 + 2 months = Thu 5 Mar; as of 10 Mar both have definitely passed.
    name: 'M0L late appeal after a refusal to assess, no plan',
    situation: { ...base, has_ehc_plan: false, event: 'la_refused_assessment', dates: { decision_letter: '2026-01-05' } },
    as_of: '2026-03-10',
    expected: {
      routes: [
        'mediation_advice',
        'send_tribunal_late_appeal',
        'tribunal_permission_without_certificate',
        'request_ehc_needs_assessment',
        'legal_advice',
        'sendiass',
      ],
      mediation_advice_required: true,
      deadlines: [
        { what: 'contact_mediation_adviser', date: '2026-03-05' },
        { what: 'tribunal_appeal', date: '2026-03-05' },
      ],
      out_of_time: true,
    },
    absentRoutes: ['send_tribunal_appeal'],
  },
  {
    // M1: contacted in time and asked for mediation on 1 Apr. LA: 1 Apr + 30 days = Fri 1 May.
    // E = 3 working days after 1 May (Mon 4 May bank holiday) = Thu 7 May; P = later of 12 May and
    // 7 Jun (Sun) → Mon 8 Jun. The appeal (12 May) is suspended while the certificate is pending.
    name: 'M1 mediation asked for, certificate pending, projection shown',
    situation: {
      ...base,
      event: 'la_refused_assessment',
      has_ehc_plan: false,
      dates: { decision_letter: '2026-03-12', contacted_mediation_adviser: '2026-04-01', told_la_wants_mediation: '2026-04-01' },
    },
    as_of: '2026-05-20',
    expected: {
      routes: ['mediation', 'send_tribunal_appeal', 'sendiass'],
      mediation_advice_required: true,
      deadlines: [
        { what: 'mediation_must_take_place', date: '2026-05-01' },
        { what: 'tribunal_appeal', date: '2026-05-12' },
        { what: 'tribunal_appeal_projected', date: '2026-06-08' },
      ],
      out_of_time: false,
    },
    absentRoutes: ['mediation_advice', 'tribunal_permission_without_certificate'],
  },
  {
    // The same case on 9 Jun: P (8 Jun) has passed, so the pending certificate lapses: the appeal
    // counts again, has definitely passed, and needs permission to go ahead without a certificate.
    name: 'M1 pending certificate lapses after P',
    situation: {
      ...base,
      event: 'la_refused_assessment',
      has_ehc_plan: false,
      dates: { decision_letter: '2026-03-12', contacted_mediation_adviser: '2026-04-01', told_la_wants_mediation: '2026-04-01' },
    },
    as_of: '2026-06-09',
    expected: {
      routes: [
        'mediation',
        'send_tribunal_late_appeal',
        'tribunal_permission_without_certificate',
        'request_ehc_needs_assessment',
        'legal_advice',
        'sendiass',
      ],
      mediation_advice_required: true,
      deadlines: [
        { what: 'mediation_must_take_place', date: '2026-05-01' },
        { what: 'tribunal_appeal', date: '2026-05-12' },
      ],
      out_of_time: true,
    },
  },
  {
    // M2 after a late contact: d1 Thu 5 Mar 2026 missed (contact Mon 9 Mar, declined). Certificate
    // due 3 working days after 9 Mar = Thu 12 Mar. P = later of 5 Mar and 12 Apr (Sun) → Mon 13 Apr.
    name: 'M2 late contact, declined, certificate pending',
    situation: {
      ...base,
      event: 'la_ceased_plan',
      mediation_declined: true,
      dates: { decision_letter: '2026-01-05', contacted_mediation_adviser: '2026-03-09' },
    },
    as_of: '2026-03-10',
    expected: {
      routes: ['send_tribunal_appeal', 'tribunal_permission_without_certificate', 'legal_advice', 'sendiass'],
      mediation_advice_required: true,
      deadlines: [
        { what: 'contact_mediation_adviser', date: '2026-03-05' },
        { what: 'mediation_certificate_due', date: '2026-03-12' },
        { what: 'tribunal_appeal', date: '2026-03-05' },
        { what: 'tribunal_appeal_projected', date: '2026-04-13' },
      ],
      out_of_time: true,
    },
    absentRoutes: ['send_tribunal_late_appeal', 'mediation_advice'],
  },
  {
    // M3 deemed: LA told the adviser on Mon 20 Apr → certificate due Thu 23 Apr. Appeal raw Sat 2 May
    // → Mon 4 May is a bank holiday → Tue 5 May. P: 23 Apr + 1 month = Sat 23 May → Mon 25 May bank
    // holiday → Tue 26 May. Mediation (optional now) comes after the appeal.
    name: 'M3 deemed certificate pending',
    situation: {
      ...base,
      event: 'la_refused_to_issue_plan',
      dates: { decision_letter: '2026-03-02', told_la_wants_mediation: '2026-03-20', la_told_adviser_mediation_not_arranged: '2026-04-20' },
    },
    as_of: '2026-04-21',
    expected: {
      routes: ['send_tribunal_appeal', 'mediation', 'sendiass'],
      mediation_advice_required: true,
      deadlines: [
        { what: 'mediation_must_take_place', date: '2026-04-19' },
        { what: 'mediation_certificate_due', date: '2026-04-23' },
        { what: 'tribunal_appeal', date: '2026-05-05' },
        { what: 'tribunal_appeal_projected', date: '2026-05-26' },
      ],
      out_of_time: false,
    },
    absentRoutes: ['mediation_advice'],
  },
  {
    // M4 over Christmas: 26 Oct 2026 + 2 months = Sat 26 Dec, inside 25 Dec–1 Jan, so the first
    // working day after 1 Jan 2027 (a Friday bank holiday) = Mon 4 Jan 2027. Certificate 2 Nov + 1
    // month = 2 Dec, earlier, so the decision date governs. Due: 3 working days after Wed 28 Oct.
    name: 'M4 certificate issued, Christmas window',
    situation: {
      ...base,
      event: 'final_plan_issued',
      disagree_with: ['B', 'F'],
      mediation_declined: true,
      dates: { decision_letter: '2026-10-26', contacted_mediation_adviser: '2026-10-28', mediation_certificate_issued: '2026-11-02' },
    },
    as_of: '2026-11-24',
    expected: {
      routes: ['send_tribunal_appeal', 'sendiass'],
      mediation_advice_required: true,
      deadlines: [
        { what: 'mediation_certificate_due', date: '2026-11-02' },
        { what: 'tribunal_appeal', date: '2027-01-04', ambiguous: false },
      ],
      out_of_time: false,
    },
    absentRoutes: ['mediation_advice', 'tribunal_permission_without_certificate'],
  },
  {
    // P with A7: placement only. 2 Feb + 2 months = Thu 2 Apr 2026 (Good Friday is 3 Apr). The
    // certificate (20 Mar + 1 month = Mon 20 Apr) is not relied on, but flags the date; on 10 Apr the
    // 2 Apr date has passed while 20 Apr is still to come: possibly late.
    name: 'P placement only with an optional certificate, possibly late',
    situation: {
      ...base,
      event: 'amended_plan_issued',
      disagree_with: ['I'],
      dates: { decision_letter: '2026-02-02', mediation_certificate_issued: '2026-03-20' },
    },
    as_of: '2026-04-10',
    expected: {
      routes: ['send_tribunal_appeal', 'mediation', 'sendiass'],
      mediation_advice_required: false,
      deadlines: [{ what: 'tribunal_appeal', date: '2026-04-02', ambiguous: true, possibly_late: true }],
      out_of_time: true,
    },
    absentRoutes: ['tribunal_permission_without_certificate', 'send_tribunal_late_appeal'],
  },
  {
    // S1: e-mailed 9 Mar, letter 10 Mar. From 9 Mar: contact limit Sat 9 May → safe Fri 8 May
    // (ambiguous, T9); from 10 Mar the legal last day is Sun 10 May, the latest candidate. The appeal:
    // Sat 9 May and Sun 10 May both move to Mon 11 May, so it is not ambiguous (B1). On Sat 9 May the
    // contact deadline is possibly late: routes stay in time.
    name: 'S1 letter and e-mail differ; contact possibly late on a Saturday',
    situation: {
      ...base,
      event: 'la_refused_reassessment',
      dates: { decision_letter: '2026-03-10', decision_emailed: '2026-03-09' },
    },
    as_of: '2026-05-09',
    expected: {
      routes: ['mediation_advice', 'mediation', 'send_tribunal_appeal', 'sendiass'],
      mediation_advice_required: true,
      deadlines: [
        { what: 'contact_mediation_adviser', date: '2026-05-08', ambiguous: true, possibly_late: true },
        { what: 'tribunal_appeal', date: '2026-05-11', ambiguous: false },
      ],
      out_of_time: true,
    },
    absentRoutes: ['tribunal_permission_without_certificate'],
  },
  {
    // Only the date received: counted from it, flagged.
    name: 'S1 only the date received',
    situation: { ...base, event: 'la_refused_to_amend', dates: { decision_received: '2026-03-12' } },
    as_of: '2026-03-16',
    expected: {
      routes: ['mediation_advice', 'mediation', 'send_tribunal_appeal', 'sendiass'],
      mediation_advice_required: true,
      deadlines: [
        { what: 'contact_mediation_adviser', date: '2026-05-12', ambiguous: true },
        { what: 'tribunal_appeal', date: '2026-05-12', ambiguous: true },
      ],
      out_of_time: false,
    },
  },
  {
    // §5.2: E and C only → no appeal. 12 months starting with Sat 31 Jan 2026 end Sat 30 Jan 2027 →
    // safe Fri 29 Jan 2027 (T9, ambiguous).
    name: '§5.2 plan disagreement about E and C only',
    situation: { ...base, event: 'final_plan_issued', disagree_with: ['E', 'C'], dates: { decision_letter: '2026-01-31' } },
    as_of: '2026-03-01',
    expected: {
      routes: ['disagreement_resolution', 'mediation', 'health_complaint', 'phso_complaint', 'la_complaint', 'lgsco_complaint', 'sendiass'],
      mediation_advice_required: null,
      deadlines: [{ what: 'lgsco_complaint', date: '2027-01-29', ambiguous: true }],
      out_of_time: false,
    },
    absentRoutes: ['send_tribunal_appeal', 'mediation_advice'],
  },
  {
    // R-SECTIONS: ceasing with social care named → recommendations right after the appeal, LA complaint.
    // 15 Jun 2026 + 2 months = Sat 15 Aug → August → Tue 1 Sep (31 Aug is a bank holiday). Contact:
    // Sat 15 Aug → safe Fri 14 Aug.
    name: 'cease with social care sections: extended appeal',
    situation: { ...base, event: 'la_ceased_plan', disagree_with: ['D', 'H2'], dates: { decision_letter: '2026-06-15' } },
    as_of: '2026-06-20',
    expected: {
      routes: ['mediation_advice', 'mediation', 'send_tribunal_appeal', 'extended_appeal_recommendations', 'la_complaint', 'sendiass'],
      mediation_advice_required: true,
      deadlines: [
        { what: 'contact_mediation_adviser', date: '2026-08-14', ambiguous: true },
        { what: 'tribunal_appeal', date: '2026-09-01', ambiguous: false },
      ],
      out_of_time: false,
    },
  },
  {
    // Refusal to assess with health named: no recommendations for s.51(2)(a), but a health complaint.
    name: 'refusal to assess with C named: no extended appeal',
    situation: { ...base, has_ehc_plan: false, event: 'la_refused_assessment', disagree_with: ['C'], dates: { decision_letter: '2026-03-12' } },
    as_of: '2026-03-16',
    expected: {
      routes: ['mediation_advice', 'mediation', 'send_tribunal_appeal', 'health_complaint', 'sendiass'],
      mediation_advice_required: true,
      deadlines: [
        { what: 'contact_mediation_adviser', date: '2026-05-12' },
        { what: 'tribunal_appeal', date: '2026-05-12' },
      ],
      out_of_time: false,
    },
    absentRoutes: ['extended_appeal_recommendations'],
  },
  {
    // Mediation held within time: contact met (not emitted). Held Mon 27 Apr → certificate due
    // Thu 30 Apr. Appeal: 12 May.
    name: 'M2 mediation held, certificate not yet recorded',
    situation: { ...base, event: 'amended_plan_issued', disagree_with: ['F', 'I'], dates: { decision_letter: '2026-03-12', mediation_held: '2026-04-27' } },
    as_of: '2026-04-28',
    expected: {
      routes: ['send_tribunal_appeal', 'sendiass'],
      mediation_advice_required: true,
      deadlines: [
        { what: 'mediation_certificate_due', date: '2026-04-30' },
        { what: 'tribunal_appeal', date: '2026-05-12' },
        // P: 30 Apr + 1 month = 30 May (Sat) → Mon 1 Jun 2026.
        { what: 'tribunal_appeal_projected', date: '2026-06-01' },
      ],
      out_of_time: false,
    },
    absentRoutes: ['mediation_advice', 'mediation'],
  },
];

describe('SEN appeal events', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const outcome = runRulesCase(c);
    for (const d of outcome.deadlines) {
      expect(d.rule.length, `${d.what} rule`).toBeGreaterThan(10);
      expect(d.source.length, `${d.what} source`).toBeGreaterThan(5);
    }
  });

  it('refuses a count that needs bank holidays the site does not have, naming the start field', () => {
    // 15 Nov 2028 + 2 months = 15 Jan 2029: classifying it needs the 2029 bank holidays.
    const c = { situation: { ...base, event: 'la_refused_to_amend', dates: { decision_letter: '2028-11-15' } }, as_of: '2028-11-20' };
    expect(() => outcomeFor(c)).toThrow(CoverageError);
    try {
      outcomeFor(c);
    } catch (error) {
      expect((error as CoverageError).path).toBe('dates.decision_letter');
      expect((error as CoverageError).message).toContain('2029');
    }
  });

  it('gives routes but no dates when the decision date is unknown', () => {
    const outcome = outcomeFor({ situation: { ...base, event: 'la_refused_to_amend', dates: {} }, as_of: '2026-03-16' });
    expect(outcome.routes).toEqual(['mediation_advice', 'mediation', 'send_tribunal_appeal', 'sendiass']);
    expect(outcome.deadlines).toEqual([]);
    expect(outcome.out_of_time).toBe(false);
  });
});
