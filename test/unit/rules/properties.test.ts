// Properties the decision tables imply for every situation, checked over many random ones
// (rules-table §1, §3.2, §4.2, §5). They catch what hand-made cases miss.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, firstWorkingDayAfter, isBefore, isWorkingDay, isoDate, lastWorkingDayOnOrBefore, nextWorkingDayOnOrAfter, type PlainDate } from '../../../src/dates/index.js';
import { checkSituation, CoverageError, nextSteps, PARENT_DEADLINES, type Outcome, type Situation } from '../../../src/rules/index.js';
import { shippedCalendar } from '../../support/calendar.js';
import { anySituation, eventSituation } from '../../support/situations.js';

const RUNS = { numRuns: 800 };

/** T7, written from legal-reference §3 (HESC r.12(2), (3)(a)) rather than from src/rules. */
function appealLastDay(raw: PlainDate): PlainDate {
  if (raw.month === 8) return firstWorkingDayAfter(raw.with({ day: 31 }), shippedCalendar);
  if (raw.month === 12 && raw.day >= 25) return firstWorkingDayAfter(raw.add({ years: 1 }).with({ month: 1, day: 1 }), shippedCalendar);
  if (raw.month === 1 && raw.day === 1) return firstWorkingDayAfter(raw, shippedCalendar);
  return nextWorkingDayOnOrAfter(raw, shippedCalendar);
}

const laterOfDates = (a: PlainDate, b: PlainDate) => (isBefore(a, b) ? b : a);

/** The outcome for a generated situation, or undefined when it is not valid or needs uncovered years. */
function outcomeOf(input: object, asOf?: string): { situation: Situation; asOf: PlainDate; outcome: Outcome } | undefined {
  const body = JSON.parse(JSON.stringify(asOf ? { ...input, as_of: asOf } : input)) as unknown;
  const checked = checkSituation(body, isoDate('2026-11-24'));
  if (!checked.ok) return undefined;
  try {
    return { situation: checked.situation, asOf: checked.asOf, outcome: nextSteps(checked.situation, checked.asOf, shippedCalendar) };
  } catch (error) {
    if (error instanceof CoverageError) return undefined;
    throw error;
  }
}

// Parent deadlines and parent windows are rolled (T7, T8, T9) or counted in school days, so each
// falls on a working day; only duties of others may fall on a weekend or holiday (T10).
const ROLLED = new Set<string>([...PARENT_DEADLINES, 'comments_on_draft_plan', 'comments_on_proposed_amendments']);

describe('properties of every outcome', () => {
  it('lists each route once, sendiass last, and never an in-time route beside its late twin', () => {
    fc.assert(
      fc.property(fc.oneof(anySituation, eventSituation), (input) => {
        const result = outcomeOf(input);
        if (!result) return;
        const { routes } = result.outcome;
        expect(new Set(routes).size).toBe(routes.length);
        expect(routes.at(-1)).toBe('sendiass');
        expect(routes.includes('send_tribunal_appeal') && routes.includes('send_tribunal_late_appeal')).toBe(false);
        expect(routes.includes('disability_discrimination_claim') && routes.includes('disability_discrimination_late_claim')).toBe(false);
      }),
      RUNS,
    );
  });

  it('gives every deadline a rule and a source, and puts parent deadlines on working days', () => {
    fc.assert(
      fc.property(fc.oneof(anySituation, eventSituation), (input) => {
        const result = outcomeOf(input);
        if (!result) return;
        for (const d of result.outcome.deadlines) {
          expect(typeof d.ambiguous).toBe('boolean');
          expect(d.rule.length).toBeGreaterThan(0);
          expect(d.source.length).toBeGreaterThan(0);
          if (ROLLED.has(d.what)) expect(isWorkingDay(isoDate(d.date), shippedCalendar), `${d.what} ${d.date}`).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('sets possibly_late only on a passed parent deadline, and out_of_time only when one has passed', () => {
    fc.assert(
      fc.property(fc.oneof(anySituation, eventSituation), (input) => {
        const result = outcomeOf(input);
        if (!result) return;
        const passedParent = result.outcome.deadlines.filter((d) => PARENT_DEADLINES.includes(d.what) && isBefore(isoDate(d.date), result.asOf));
        for (const d of result.outcome.deadlines.filter((x) => x.possibly_late)) {
          expect(passedParent, d.what).toContain(d);
          expect(result.outcome.out_of_time).toBe(true);
        }
        if (result.outcome.out_of_time) expect(passedParent.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('never shows the appeal due before the reg 33 contact it follows', () => {
    fc.assert(
      fc.property(fc.oneof(anySituation, eventSituation), (input) => {
        const result = outcomeOf(input);
        if (!result) return;
        const dateOf = (id: string) => result.outcome.deadlines.find((d) => d.what === id)?.date;
        const contact = dateOf('contact_mediation_adviser');
        const appeal = dateOf('tribunal_appeal');
        if (contact && appeal) expect(isBefore(isoDate(appeal), isoDate(contact))).toBe(false);
      }),
      RUNS,
    );
  });

  it('never takes out_of_time back as time goes on', () => {
    fc.assert(
      fc.property(fc.oneof(anySituation, eventSituation), fc.integer({ min: 1, max: 400 }), (input, days) => {
        const now = outcomeOf(input);
        if (!now?.outcome.out_of_time) return;
        const later = outcomeOf(input, now.asOf.add({ days }).toString());
        if (!later) return;
        expect(later.outcome.out_of_time).toBe(true);
      }),
      RUNS,
    );
  });

  it('never gives an earlier appeal or contact date for a later decision (T1, T7 and T9 keep order)', () => {
    const appealEvents = ['la_refused_assessment', 'la_refused_to_issue_plan', 'final_plan_issued', 'la_refused_to_amend', 'la_ceased_plan'] as const;
    const day = fc.integer({ min: 0, max: 700 }).map((n) => isoDate('2025-01-01').add({ days: n }));
    fc.assert(
      fc.property(fc.constantFrom(...appealEvents), day, fc.integer({ min: 1, max: 40 }), (event, letter, later) => {
        const asOf = isoDate('2027-06-01').toString();
        const run = (d: PlainDate) => outcomeOf({ who: 'parent', setting: 'school', has_ehc_plan: true, event, dates: { decision_letter: d.toString() }, as_of: asOf });
        const first = run(letter);
        const second = run(letter.add({ days: later }));
        if (!first || !second) return;
        for (const id of ['tribunal_appeal', 'contact_mediation_adviser']) {
          const a = first.outcome.deadlines.find((d) => d.what === id)?.date;
          const b = second.outcome.deadlines.find((d) => d.what === id)?.date;
          if (a && b) expect(isBefore(isoDate(b), isoDate(a)), `${id}: ${letter.toString()} → ${a}, +${later} days → ${b}`).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('keeps a claim in time through its legal last day, and only then switches to the late claim (§3.2, T2, T9)', () => {
    // Days 1–28 only, so 6 months on never needs clamping: the legal last day is simply the day
    // before the same date 6 months on.
    const conduct = fc.integer({ min: 0, max: 640 }).map((n) => isoDate('2025-01-01').add({ days: n })).filter((d) => d.day <= 28);
    fc.assert(
      fc.property(conduct, (act) => {
        const legalLastDay = act.add({ months: 6 }).subtract({ days: 1 });
        const on = (asOf: PlainDate) =>
          outcomeOf({ who: 'parent', setting: 'school', has_ehc_plan: false, event: 'disability_discrimination', dates: { conduct: act.toString() }, as_of: asOf.toString() });
        const onTheDay = on(legalLastDay);
        const dayAfter = on(legalLastDay.add({ days: 1 }));
        if (!onTheDay || !dayAfter) return;
        const claim = onTheDay.outcome.deadlines.find((d) => d.what === 'disability_discrimination_claim')!;
        expect(onTheDay.outcome.routes).toContain('disability_discrimination_claim');
        expect(onTheDay.outcome.routes).not.toContain('disability_discrimination_late_claim');
        if (isWorkingDay(legalLastDay, shippedCalendar)) {
          expect(claim.date).toBe(legalLastDay.toString());
          expect(onTheDay.outcome.out_of_time).toBe(false);
        } else {
          expect(isBefore(isoDate(claim.date), legalLastDay)).toBe(true);
          expect(claim.ambiguous).toBe(true);
          expect(claim.possibly_late).toBe(true);
        }
        expect(dayAfter.outcome.routes).toContain('disability_discrimination_late_claim');
        expect(dayAfter.outcome.out_of_time).toBe(true);
        expect(dayAfter.outcome.deadlines.some((d) => d.possibly_late)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('dates a plain appeal as T1 then T7, and the reg 33 contact as T1 then T9, for every decision date', () => {
    const letter = fc.integer({ min: 0, max: 1000 }).map((n) => isoDate('2024-03-01').add({ days: n }));
    fc.assert(
      fc.property(letter, (decision) => {
        const result = outcomeOf({ who: 'parent', setting: 'school', has_ehc_plan: true, event: 'la_refused_to_amend', dates: { decision_letter: decision.toString() }, as_of: decision.toString() });
        if (!result) return;
        const raw = decision.add({ months: 2 });
        const dateOf = (id: string) => result.outcome.deadlines.find((d) => d.what === id)?.date;
        expect(dateOf('tribunal_appeal'), decision.toString()).toBe(appealLastDay(raw).toString());
        expect(dateOf('contact_mediation_adviser'), decision.toString()).toBe(lastWorkingDayOnOrBefore(raw, shippedCalendar).toString());
      }),
      { numRuns: 400 },
    );
  });

  it('dates an appeal with a certificate from the later of 2 months and certificate + 1 month; placement-only from 2 months alone (r.20(1)(c), A7)', () => {
    const day = (from: string, span: number) => fc.integer({ min: 0, max: span }).map((n) => isoDate(from).add({ days: n }));
    fc.assert(
      fc.property(day('2024-03-01', 900), fc.integer({ min: 0, max: 120 }), fc.boolean(), (decision, certificateAfter, placementOnly) => {
        const certificate = decision.add({ days: certificateAfter });
        const result = outcomeOf({
          who: 'parent',
          setting: 'school',
          has_ehc_plan: true,
          event: 'final_plan_issued',
          disagree_with: placementOnly ? ['I'] : ['B', 'F'],
          dates: { decision_letter: decision.toString(), contacted_mediation_adviser: decision.toString(), mediation_certificate_issued: certificate.toString() },
          as_of: certificate.toString(),
        });
        if (!result) return;
        const appeal = result.outcome.deadlines.find((d) => d.what === 'tribunal_appeal')!;
        const twoMonths = appealLastDay(decision.add({ months: 2 }));
        const fromCertificate = appealLastDay(laterOfDates(decision.add({ months: 2 }), certificate.add({ months: 1 })));
        const label = `${decision.toString()} certificate ${certificate.toString()}`;
        if (placementOnly) {
          expect(appeal.date, label).toBe(twoMonths.toString());
          expect(appeal.ambiguous, label).toBe(isBefore(twoMonths, fromCertificate));
          expect(result.outcome.mediation_advice_required).toBe(false);
        } else {
          expect(appeal.date, label).toBe(fromCertificate.toString());
          expect(result.outcome.mediation_advice_required).toBe(true);
          expect(result.outcome.deadlines.map((d) => d.what)).not.toContain('contact_mediation_adviser');
        }
      }),
      RUNS,
    );
  });

  it('keeps the IRP open until 15 school days from deemed service, and only then points to judicial review (§3.2, §5.12)', () => {
    const letterDay = fc.integer({ min: 0, max: 640 }).map((n) => isoDate('2025-01-01').add({ days: n }));
    const sentBy = fc.constantFrom('first_class_post', 'email', 'hand', undefined);
    fc.assert(
      fc.property(letterDay, sentBy, fc.integer({ min: 0, max: 30 }), (letter, by, daysAfter) => {
        // No school holidays given, so school days are working days.
        const shown = addWorkingDays(letter, 15, shippedCalendar);
        const latest = by === 'hand' ? shown : addWorkingDays(addWorkingDays(letter, 2, shippedCalendar), 15, shippedCalendar);
        const asOf = letter.add({ days: daysAfter + 15 });
        const result = outcomeOf({
          who: 'parent',
          setting: 'school',
          has_ehc_plan: true,
          event: 'permanent_exclusion_upheld',
          dates: { exclusion_notice: letter.subtract({ days: 10 }).toString(), board_decision_letter: letter.toString() },
          ...(by ? { board_decision_sent_by: by } : {}),
          as_of: asOf.toString(),
        });
        if (!result) return;
        const irp = result.outcome.deadlines.find((d) => d.what === 'irp_request')!;
        const label = `${letter.toString()} by ${by ?? 'unknown'} on ${asOf.toString()}`;
        expect(irp.date, label).toBe(shown.toString());
        expect(irp.ambiguous).toBe(true);
        const definitelyPassed = isBefore(latest, asOf);
        expect(irp.possibly_late ?? false, label).toBe(isBefore(shown, asOf) && !definitelyPassed);
        expect(result.outcome.routes.includes('independent_review_panel'), label).toBe(!definitelyPassed);
        if (definitelyPassed) expect(result.outcome.routes, label).toContain('judicial_review');
        if (isBefore(shown, asOf)) expect(result.outcome.out_of_time, label).toBe(true);
      }),
      RUNS,
    );
  });

  it('dates an Ombudsman complaint as 12 months starting with the first notice, rolled back, flagged when rolled or clamped (T2, T9, A1, A2)', () => {
    const noticed = fc.integer({ min: 0, max: 1000 }).map((n) => isoDate('2024-01-01').add({ days: n }));
    fc.assert(
      fc.property(noticed, (first) => {
        const result = outcomeOf({ who: 'parent', setting: 'school', has_ehc_plan: true, event: 'provision_not_delivered', dates: { first_noticed: first.toString() }, as_of: first.toString() });
        if (!result) return;
        const sameDay = first.add({ months: 12 });
        const clamped = sameDay.day !== first.day;
        const legalLastDay = sameDay.subtract({ days: 1 });
        const shown = lastWorkingDayOnOrBefore(legalLastDay, shippedCalendar);
        const complaint = result.outcome.deadlines.find((d) => d.what === 'lgsco_complaint')!;
        expect(complaint.date, first.toString()).toBe(shown.toString());
        expect(complaint.ambiguous, first.toString()).toBe(clamped || !isWorkingDay(legalLastDay, shippedCalendar));
      }),
      RUNS,
    );
  });

  it('gives a suspension the board date the days, the exam and representations call for (§5.13)', () => {
    const notice = fc.integer({ min: 0, max: 600 }).map((n) => isoDate('2025-01-06').add({ days: n }));
    fc.assert(
      fc.property(notice, fc.option(fc.integer({ min: 0, max: 45 }), { nil: undefined }), fc.boolean(), fc.boolean(), (told, days, exam, representations) => {
        const result = outcomeOf({
          who: 'parent',
          setting: 'school',
          has_ehc_plan: false,
          event: 'suspension',
          dates: { suspension_notice: told.toString() },
          ...(days !== undefined ? { suspension_days_this_term: days } : {}),
          misses_public_exam: exam,
          representations_made: representations,
          as_of: told.toString(),
        });
        if (!result) return;
        const board = result.outcome.deadlines.find((d) => d.what === 'governing_board_consider_reinstatement');
        const label = `days ${days ?? 'unknown'}, exam ${exam}, representations ${representations}`;
        const within = (n: number) => addWorkingDays(told, n, shippedCalendar).toString();
        if ((days !== undefined && days > 15) || exam) expect(board?.date, label).toBe(within(15));
        else if (days !== undefined && days >= 6 && representations) expect(board?.date, label).toBe(within(50));
        else expect(board, label).toBeUndefined();
        expect(result.outcome.routes, label).toContain('governing_board_review');
        expect(result.outcome.routes, label).not.toContain('independent_review_panel');
      }),
      RUNS,
    );
  });

  it('counts exclusion school days around the holidays given, inclusive, never on bank holidays (T5, T6)', () => {
    const day = fc.integer({ min: 0, max: 600 }).map((n) => isoDate('2025-01-01').add({ days: n }));
    const holiday = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 16 }));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 3 }), fc.array(holiday, { maxLength: 3 }), (notice, startsAfter, ranges) => {
        const closures = ranges.map(([from, length]) => [notice.add({ days: from }), notice.add({ days: from + length })] as const);
        const isSchoolDay = (d: PlainDate) => isWorkingDay(d, shippedCalendar) && !closures.some(([a, b]) => !isBefore(d, a) && !isBefore(b, d));
        const countFromNextDay = (start: PlainDate, n: number) => {
          let d = start;
          for (let counted = 0; counted < n; ) {
            d = d.add({ days: 1 });
            if (isSchoolDay(d)) counted += 1;
          }
          return d;
        };
        const starts = notice.add({ days: startsAfter });
        let first = starts;
        while (!isSchoolDay(first)) first = first.add({ days: 1 });
        const result = outcomeOf({
          who: 'parent',
          setting: 'school',
          has_ehc_plan: true,
          event: 'permanent_exclusion',
          dates: { exclusion_notice: notice.toString(), exclusion_starts: starts.toString() },
          school_holidays: closures.map(([a, b]) => [a.toString(), b.toString()]),
          as_of: starts.toString(),
        });
        if (!result) return;
        const dateOf = (id: string) => result.outcome.deadlines.find((d) => d.what === id)?.date;
        expect(dateOf('governing_board_consider_reinstatement')).toBe(countFromNextDay(notice, 15).toString());
        expect(dateOf('full_time_education_from')).toBe(countFromNextDay(first, 5).toString());
      }),
      RUNS,
    );
  });
});
