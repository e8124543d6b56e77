// Properties the decision tables imply for every situation, checked over many random ones
// (rules-table §1, §3.2, §4.2, §5). They catch what hand-made cases miss.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, firstWorkingDayAfter, isBefore, isWorkingDay, isoDate, lastWorkingDayOnOrBefore, nextWorkingDayOnOrAfter, type PlainDate } from '../../../src/dates/index.js';
import { checkSituation, CoverageError, nextSteps, PARENT_DEADLINES, type Outcome, type Situation } from '../../../src/rules/index.js';
import { firstCertificateDateThatMoves } from '../../../src/rules/events/sen-appeal.js';
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

  it('keeps the IRP open until the latest of 15 school days from the letter, from first class post deemed service and from the day it arrived, and only then points to judicial review (§3.2, §12.1)', () => {
    const letterDay = fc.integer({ min: 0, max: 640 }).map((n) => isoDate('2025-01-01').add({ days: n }));
    const sentBy = fc.constantFrom('first_class_post', 'email', 'hand', undefined);
    const receivedAfter = fc.option(fc.integer({ min: -3, max: 12 }), { nil: undefined });
    fc.assert(
      fc.property(letterDay, sentBy, receivedAfter, fc.integer({ min: 0, max: 30 }), (letter, by, receivedDays, daysAfter) => {
        // No school holidays given, so school days are working days.
        const shown = addWorkingDays(letter, 15, shippedCalendar);
        const candidates = [shown];
        // Sch 1 para 1(2): only first class post is deemed given later; e-mail and hand get no days.
        if (by === undefined || by === 'first_class_post') candidates.push(addWorkingDays(addWorkingDays(letter, 2, shippedCalendar), 15, shippedCalendar));
        const received = receivedDays === undefined ? undefined : letter.add({ days: receivedDays });
        if (received && isBefore(letter, received)) candidates.push(addWorkingDays(received, 15, shippedCalendar));
        const latest = candidates.reduce(laterOfDates);
        const asOf = letter.add({ days: daysAfter + 15 });
        const result = outcomeOf({
          who: 'parent',
          setting: 'school',
          has_ehc_plan: true,
          event: 'permanent_exclusion_upheld',
          dates: {
            exclusion_notice: letter.subtract({ days: 10 }).toString(),
            board_decision_letter: letter.toString(),
            ...(received ? { board_decision_received: received.toString() } : {}),
          },
          ...(by ? { board_decision_sent_by: by } : {}),
          as_of: asOf.toString(),
        });
        if (!result) return;
        const irp = result.outcome.deadlines.find((d) => d.what === 'irp_request')!;
        const label = `${letter.toString()} by ${by ?? 'unknown'}, received ${received?.toString() ?? 'unknown'}, on ${asOf.toString()}`;
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

  it('gives a conceded appeal exactly the reg 45 clocks from the LA\'s notice, never ambiguous, and R-LA once a trigger has passed (§12.4)', () => {
    const clocks: Record<string, [string, number, boolean][]> = {
      assess: [['la_notify_will_assess', 14, true], ['la_notice_if_no_plan', 70, false], ['la_final_plan', 98, true]],
      make_and_maintain_plan: [['la_issue_draft_plan', 35, true], ['la_final_plan', 77, true]],
      amend_plan: [['la_issue_amended_plan', 35, true]],
      amend_section_I_only: [['la_issue_amended_plan', 14, true]],
      continue_to_maintain: [['la_continue_to_maintain', 0, false]],
    };
    const day = fc.integer({ min: 0, max: 700 }).map((n) => isoDate('2025-01-01').add({ days: n }));
    fc.assert(
      fc.property(day, fc.constantFrom(...Object.keys(clocks)), fc.integer({ min: 0, max: 200 }), (notified, orderType, daysAfter) => {
        const asOf = notified.add({ days: daysAfter });
        const result = outcomeOf({ who: 'parent', setting: 'school', has_ehc_plan: true, event: 'la_conceded_appeal', order_type: orderType, dates: { la_notified_tribunal: notified.toString() }, as_of: asOf.toString() });
        if (!result) return;
        const expected = clocks[orderType]!;
        const duties = result.outcome.deadlines.filter((d) => d.what !== 'lgsco_complaint');
        expect(duties.map((d) => [d.what, d.date])).toEqual(expected.map(([id, days]) => [id, notified.add({ days }).toString()]));
        expect(duties.every((d) => !d.ambiguous)).toBe(true);
        const missed = expected.filter(([, days, trigger]) => trigger && isBefore(notified.add({ days }), asOf));
        const { routes } = result.outcome;
        expect(routes[0]).toBe('enforce_order_or_agreement');
        expect(routes.includes('lgsco_complaint')).toBe(missed.length > 0);
        const ombudsman = result.outcome.deadlines.find((d) => d.what === 'lgsco_complaint');
        expect(ombudsman !== undefined).toBe(missed.length > 0);
        expect(result.outcome.mediation_advice_required).toBeNull();
      }),
      RUNS,
    );
  });

  it('gives a move within a phase no reg 18 date and no Ombudsman date, whatever the dates (§12.3)', () => {
    fc.assert(
      fc.property(eventSituation, fc.constantFrom('phase_transfer_pending', 'phase_transfer_delay'), fc.integer({ min: -400, max: 400 }), (input, event, transferAfter) => {
        const transfer = isoDate(input.as_of).add({ days: transferAfter }).toString();
        const result = outcomeOf({ ...input, event, transfer_kind: 'same_phase', dates: { ...input.dates, transfer } });
        if (!result) return;
        expect(result.outcome.deadlines).toEqual([]);
        expect(result.outcome.routes[0]).toBe('chase_la');
        expect(result.outcome.out_of_time).toBe(false);
      }),
      RUNS,
    );
  });

  it('never gives a young person a sixth-day education date, and keeps it for a child (§12.2)', () => {
    fc.assert(
      fc.property(eventSituation, fc.constantFrom('suspension', 'permanent_exclusion'), (input, event) => {
        const young = outcomeOf({ ...input, event, who: 'young_person' });
        const child = outcomeOf({ ...input, event, who: 'parent' });
        if (!young || !child) return;
        expect(young.outcome.deadlines.map((d) => d.what)).not.toContain('full_time_education_from');
        const others = (o: Outcome) => o.deadlines.filter((d) => d.what !== 'full_time_education_from');
        expect(others(young.outcome)).toEqual(others(child.outcome));
      }),
      RUNS,
    );
  });

  it('names the first certificate date that really moves the appeal deadline (§12.5, T7 on both sides)', () => {
    const day = fc.integer({ min: 0, max: 700 }).map((n) => isoDate('2025-01-01').add({ days: n }));
    fc.assert(
      fc.property(day, (sent) => {
        const appeal = appealLastDay(sent.add({ months: 2 }));
        const threshold = firstCertificateDateThatMoves(sent, appeal, shippedCalendar);
        expect(threshold).toBeDefined();
        const withCertificate = (certificate: PlainDate) => appealLastDay(laterOfDates(sent.add({ months: 2 }), certificate.add({ months: 1 })));
        expect(isBefore(appeal, withCertificate(threshold!))).toBe(true);
        expect(withCertificate(threshold!.subtract({ days: 1 })).toString()).toBe(appeal.toString());
      }),
      RUNS,
    );
  });
});
