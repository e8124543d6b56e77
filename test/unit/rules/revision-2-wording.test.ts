// rules-table §12 (Revision 2) items that live in words rather than dates: the notes and rule text a
// parent reads. Dates in the expectations are worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import { outcomeFor } from '../../support/rules-case.js';

const parent = { who: 'parent', setting: 'school', has_ehc_plan: true };
const notesOf = (situation: Record<string, unknown>, asOf: string) => outcomeFor({ situation, as_of: asOf }).notes.join('\n');

describe('revision 2 wording (rules-table §12)', () => {
  it('names the first certificate date that really moves the appeal deadline at a month end (§12.5)', () => {
    // Decision Tue 31 Dec 2024: + 2 months = Fri 28 Feb 2025, a working day. Certificates dated
    // 29–31 Jan give 28 Feb too; one dated Sat 1 Feb gives Sat 1 Mar → Mon 3 Mar (r.12(2)): later.
    // The old "2-month date minus 1 month" would have said 28 January.
    const notes = notesOf({ ...parent, event: 'la_refused_assessment', dates: { decision_letter: '2024-12-31' } }, '2025-01-02');
    expect(notes).toContain('A mediation certificate dated 2025-02-01 (Sat) or later would move the appeal deadline');
    expect(notes).not.toContain('2025-01-28');
  });

  it('presents a certificate after a late contact as probable, with the extension request and the fallback (§12.5)', () => {
    // Decision Mon 5 Jan 2026: contact due by Thu 5 Mar 2026; the adviser was contacted on 20 Mar.
    const notes = notesOf(
      { ...parent, event: 'la_refused_assessment', dates: { decision_letter: '2026-01-05', contacted_mediation_adviser: '2026-03-20' } },
      '2026-03-23',
    );
    expect(notes).toContain('should still give you 1 calendar month from its date, but this is not certain');
    expect(notes).toContain('ask the Tribunal to extend the time (Tribunal rule 5(3)(a))');
    expect(notes).toContain('If no certificate comes within a few working days, appeal anyway and ask for permission to go ahead without one.');
  });

  it('gives the NHS and PHSO 12 months, health-only mediation by the ICB and the 5-week reply to recommendations (§12.5)', () => {
    const appeal = notesOf({ ...parent, event: 'final_plan_issued', disagree_with: ['B', 'G'], dates: { decision_letter: '2026-03-02' } }, '2026-03-03');
    expect(appeal).toContain('Make an NHS complaint within 12 months');
    expect(appeal).toContain('the ICB arranges it, within 30 days of the LA telling it');
    expect(appeal).toContain('must reply in writing within 5 weeks');
    const healthOnly = notesOf({ ...parent, event: 'final_plan_issued', disagree_with: ['C'], dates: { decision_letter: '2026-03-02' } }, '2026-03-03');
    expect(healthOnly).toContain('Make an NHS complaint within 12 months');
    expect(healthOnly).toContain('Mediation only about health provision is arranged by the Integrated Care Board (ICB)');
    // Refusals to assess are s.51(2)(a) appeals: no recommendations power (SI 2017/1306).
    const refusal = notesOf({ ...parent, event: 'la_refused_assessment', disagree_with: ['G'], dates: { decision_letter: '2026-03-02' } }, '2026-03-03');
    expect(refusal).not.toContain('within 5 weeks');
  });

  it('defines a young person by compulsory school age and 25, with capacity, never "16 to 25" (§12.5)', () => {
    const notes = notesOf({ ...parent, who: 'young_person', event: 'la_ceased_plan', dates: { decision_letter: '2026-03-02' } }, '2026-03-03');
    expect(notes).toContain('over compulsory school age and under 25');
    expect(notes).toContain('an alternative person');
    expect(notes).not.toMatch(/16 to 25/);
  });

  it('tells the parent where to send an IRP request, how posting counts and where complaints go after a panel (§12.1)', () => {
    const outcome = outcomeFor({
      situation: { ...parent, event: 'permanent_exclusion_upheld', board_decision_sent_by: 'first_class_post', dates: { exclusion_notice: '2026-06-01', board_decision_letter: '2026-06-19' } },
      as_of: '2026-06-22',
    });
    const notes = outcome.notes.join('\n');
    expect(notes).toContain('arranging authority named in the board\'s letter');
    expect(notes).toContain('counts as made 2 working days after you post it');
    expect(notes).toContain('Local Government and Social Care Ombudsman (maintained school or pupil referral unit) or to the Department for Education (academy)');
    const irp = outcome.deadlines.find((d) => d.what === 'irp_request')!;
    // Letter Fri 19 Jun 2026: 15 school days = Fri 10 Jul; post it first class by Wed 8 Jul at the latest.
    expect(irp.rule).toContain('post it first class at least 2 working days before 2026-07-10 (Fri)');
    expect(irp.source).toContain('Sch 1 paras 1 and 2');
    expect(outcome.plan.steps.find((s) => s.route === 'independent_review_panel')?.contact).toBe('arranging_authority');
  });

  it('says an e-mailed board decision gets no extra days (§12.1)', () => {
    const outcome = outcomeFor({
      situation: { ...parent, event: 'permanent_exclusion_upheld', board_decision_sent_by: 'email', dates: { board_decision_letter: '2026-06-19' } },
      as_of: '2026-06-22',
    });
    expect(outcome.deadlines.find((d) => d.what === 'irp_request')!.rule).toContain('The letter was sent by e-mail. The regulations give no extra days for this.');
  });

  it('explains why a young person gets no sixth-day date (§12.2)', () => {
    const notes = notesOf({ ...parent, who: 'young_person', event: 'permanent_exclusion', dates: { exclusion_notice: '2026-03-02' } }, '2026-03-03');
    expect(notes).toContain('covers pupils of compulsory school age');
  });
});
