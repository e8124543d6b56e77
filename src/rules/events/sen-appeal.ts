// SEN appeal events (rules-table §5.1): a decision the parent can appeal to the SEND Tribunal under
// the Children and Families Act 2014 s.51(2), with the mediation-advice step before it (s.55).
import {
  addCalendarMonths,
  addDays,
  addWorkingDays,
  applyRule12ToSenAppeal,
  isAfter,
  isBefore,
  laterOf,
  type BankHolidayCalendar,
  type PlainDate,
} from '../../dates/index.js';
import { countFrom, countOrSkip, CoverageError, hasDefinitelyPassed, hasPassed, lowerBoundAfterAsOf } from '../context.js';
import { dutyAfter, rollBackText, rollBackToWorkingDay, show } from '../counting.js';
import { sentences } from '../plain-working.js';
import { decisionSent, type DecisionSent } from '../decision-sent.js';
import type { Situation } from '../situation-schema.js';
import type { DeadlineDraft, EventResult, RuleContext } from '../types.js';
import type { EventId, PlanSection, RouteId } from '../vocabulary.js';
import { certificateTrigger, readMediationFacts, type MediationFacts } from './mediation-state.js';
import { planDisagreementWithoutAppeal } from './plan-disagreement.js';
import { NHS_COMPLAINT_NOTE, RECOMMENDATIONS_NOTE, YOUNG_PERSON_NOTE } from './shared-notes.js';

const PLAN_CONTENT_EVENTS: readonly EventId[] = ['final_plan_issued', 'amended_plan_issued'];
const HEALTH_SECTIONS: readonly PlanSection[] = ['C', 'G'];
const SOCIAL_CARE_SECTIONS: readonly PlanSection[] = ['D', 'H1', 'H2'];
const RECOMMENDATION_SECTIONS: readonly PlanSection[] = [...HEALTH_SECTIONS, ...SOCIAL_CARE_SECTIONS];

/**
 * §3.3 mediation_advice_required. Refusals and ceasing always need a certificate. For a plan's
 * content (s.51(2)(c)): an appeal only about section I needs none (CFA 2014 s.55(3)); B or F, or I
 * with anything else, needs one; unknown grounds need one; none of B, F, I means no appeal (null).
 */
export function mediationAdviceRequired(event: EventId, disagreeWith: readonly PlanSection[] = []): boolean | null {
  if (!PLAN_CONTENT_EVENTS.includes(event)) return true;
  const sections = new Set(disagreeWith);
  if (sections.size === 0) return true;
  if (sections.size === 1 && sections.has('I')) return false;
  if (sections.has('B') || sections.has('F') || sections.has('I')) return true;
  return null;
}

export function senAppealEvent(context: RuleContext): EventResult {
  const { situation } = context;
  const mar = mediationAdviceRequired(situation.event, situation.disagree_with);
  if (mar === null) return planDisagreementWithoutAppeal(context);
  return new SenAppeal(context, mar).result();
}

interface AppealDate {
  date: PlainDate;
  rule: string;
  certificateGoverns: boolean;
}

/** Every date and state of §5.1, worked out once; `result()` turns them into routes and deadlines. */
class SenAppeal {
  private readonly situation: Situation;
  private readonly asOf: PlainDate;
  private readonly calendar: BankHolidayCalendar;
  private readonly sent: DecisionSent | undefined;
  private readonly mediation: MediationFacts;
  private readonly placementOnly: boolean;
  private readonly notes: string[] = [];

  constructor(
    context: RuleContext,
    private readonly mar: boolean,
  ) {
    this.situation = context.situation;
    this.asOf = context.asOf;
    this.calendar = context.calendar;
    this.sent = decisionSent(context.situation);
    this.mediation = readMediationFacts(context.situation);
    this.placementOnly = !mar;
  }

  result(): EventResult {
    const contact = this.contactMediationAdviser();
    const mediationDeadlines = [this.mediationMustTakePlace(), this.mediationCertificateDue()].filter(
      (d): d is DeadlineDraft => d !== undefined,
    );
    const appeal = this.tribunalAppeal();
    const pending = this.pendingCertificate(appeal);

    if (appeal && pending.pending) appeal.suspended = true;
    const missed = contact !== undefined && hasDefinitelyPassed(contact, this.asOf);
    const late = appeal !== undefined && !pending.pending && hasDefinitelyPassed(appeal, this.asOf);
    const leave = this.mar && !this.mediation.certificate && (missed || pending.lapsed);

    const deadlines = [contact, ...mediationDeadlines, appeal, pending.projection].filter(
      (d): d is DeadlineDraft => d !== undefined,
    );
    this.addNotes({ late, leave, missed, pending: pending.pending, expected: pending.expected, appeal, contact });
    return {
      routes: this.routes({ late, leave, missed }),
      deadlines,
      mediationAdviceRequired: this.mar,
      notes: this.notes,
    };
  }

  // ---- routes -------------------------------------------------------------------------------

  private routes(state: { late: boolean; leave: boolean; missed: boolean }): RouteId[] {
    const appealRoute: RouteId = state.late ? 'send_tribunal_late_appeal' : 'send_tribunal_appeal';
    const afterAppeal: RouteId[] = [];
    if (this.asksForRecommendations()) afterAppeal.push('extended_appeal_recommendations');
    if (state.leave) afterAppeal.push('tribunal_permission_without_certificate');

    const { certificate, firstContact, deemed, held, declined } = this.mediation;
    let mediationPart: { before: RouteId[]; after: RouteId[] };
    if (this.placementOnly) {
      // State P: mediation is optional and changes no deadline, so it comes after the appeal.
      mediationPart = { before: [], after: ['mediation'] };
    } else if (deemed) {
      mediationPart = { before: [], after: ['mediation'] }; // M3: a late meeting is optional
    } else if (certificate) {
      mediationPart = { before: [], after: [] }; // M4
    } else if (!firstContact) {
      mediationPart = state.missed
        ? { before: ['mediation_advice'], after: [] } // M0X / M0L
        : { before: ['mediation_advice', 'mediation'], after: [] }; // M0
    } else if (held || declined) {
      mediationPart = { before: [], after: [] }; // M2
    } else {
      mediationPart = { before: ['mediation'], after: [] }; // M1
    }

    const sections = new Set(this.situation.disagree_with ?? []);
    const routes: RouteId[] = [...mediationPart.before, appealRoute, ...afterAppeal, ...mediationPart.after];
    if (HEALTH_SECTIONS.some((s) => sections.has(s))) routes.push('health_complaint');
    if (SOCIAL_CARE_SECTIONS.some((s) => sections.has(s))) routes.push('la_complaint');
    // §4.4: a fresh request brings a new decision once a refusal-to-assess appeal is late.
    if (this.situation.event === 'la_refused_assessment' && state.late && !this.situation.has_ehc_plan) {
      routes.push('request_ehc_needs_assessment');
    }
    return routes;
  }

  /** R-SECTIONS (§4.7): recommendations on health and social care, for s.51(2)(b)–(f) appeals only (SI 2017/1306). */
  private asksForRecommendations(): boolean {
    const sections = this.situation.disagree_with ?? [];
    return this.situation.event !== 'la_refused_assessment' && sections.some((s) => RECOMMENDATION_SECTIONS.includes(s));
  }

  // ---- deadlines ----------------------------------------------------------------------------

  /** SEND Regs 2014 reg 33: contact the mediation adviser within 2 months after the decision was sent. */
  private contactMediationAdviser(): DeadlineDraft | undefined {
    const { sent } = this;
    if (!this.mar || !sent || this.mediation.certificate) return undefined;
    const legalLastDay = addCalendarMonths(sent.start, 2);
    const { firstContact } = this.mediation;
    if (firstContact && !isAfter(firstContact, legalLastDay)) return undefined; // contacted in time: met
    const { date, rolledBack } = countFrom(sent.startPath, () => rollBackToWorkingDay(legalLastDay, this.calendar));

    const parts = [startText(sent.startPath, sent.start), `Two calendar months from then is ${show(legalLastDay)}`];
    if (rolledBack) parts.push(rollBackText(legalLastDay, date));
    let latest = legalLastDay;
    let laterDiffers = false;
    if (sent.later) {
      const laterLastDay = addCalendarMonths(sent.later.date, 2);
      const laterDate = countFrom(sent.later.path, () => rollBackToWorkingDay(laterLastDay, this.calendar).date);
      laterDiffers = !laterDate.equals(date);
      latest = laterLastDay;
      parts.push(`Counted from the later date, ${show(sent.later.date)}, it would be ${show(laterLastDay)}`);
    }
    if (sent.onlyReceived) parts.push(ONLY_RECEIVED);
    if (firstContact) parts.push(`The mediation adviser was first contacted on ${show(firstContact)}, after this date`);
    return {
      what: 'contact_mediation_adviser',
      date,
      rule: sentences(...parts),
      source: 'SEND Regulations 2014 reg 33',
      ambiguous: rolledBack || laterDiffers || sent.onlyReceived,
      kind: 'parent',
      latestCandidate: latest,
    };
  }

  /** The LA must make sure mediation takes place within 30 days of being told (SEND Regs 2014 Part 2, regs 35–39 ⚠). */
  private mediationMustTakePlace(): DeadlineDraft | undefined {
    const told = this.mediation.toldLaWantsMediation;
    if (!told) return undefined;
    return dutyAfter({
      what: 'mediation_must_take_place',
      start: told,
      startEvent: 'The local authority was told on {date} that you want mediation',
      days: 30,
      source: 'SEND Regulations 2014 Part 2 (mediation, regs 35–39): within 30 days of the LA being told',
      calendar: this.calendar,
    });
  }

  /** The adviser must issue the certificate within 3 working days of its trigger (SEND Regs 2014 regs 34 and 39 ⚠). */
  private mediationCertificateDue(): DeadlineDraft | undefined {
    if (!this.mar) return undefined;
    const trigger = certificateTrigger(this.situation);
    if (!trigger) return undefined;
    const date = countFrom(trigger.path, () => addWorkingDays(trigger.start, 3, this.calendar));
    return {
      what: 'mediation_certificate_due',
      date,
      rule: sentences(
        `On ${show(trigger.start)}, ${trigger.why}`,
        'Count 3 working days from the next day',
        'Weekends and bank holidays are skipped',
        `That gives ${show(date)}`,
      ),
      source: 'SEND Regulations 2014 regs 34 and 39 (certificate within 3 working days)',
      ambiguous: false,
      kind: 'duty',
    };
  }

  /** The raw date of HESC r.20(1)(c) (whichever is later of the two limbs) moved by r.12 (T7). */
  private appealDateFrom(start: PlainDate, startPath: string, withCertificate: boolean): AppealDate {
    const twoMonths = addCalendarMonths(start, 2);
    const parts = [startText(startPath, start), `Two calendar months from then is ${show(twoMonths)}`];
    let raw = twoMonths;
    let certificateGoverns = false;
    const certificate = this.mediation.certificate;
    if (withCertificate && certificate) {
      const oneMonth = addCalendarMonths(certificate, 1);
      certificateGoverns = isAfter(oneMonth, twoMonths);
      raw = laterOf(twoMonths, oneMonth);
      parts.push(
        `The mediation certificate was issued on ${show(certificate)}`,
        `One calendar month from then is ${show(oneMonth)}`,
        certificateGoverns ? `The later of the two counts, and here that is the certificate's date: ${show(raw)}` : `The later of the two counts: ${show(raw)}`,
      );
    }
    const path = certificateGoverns ? 'dates.mediation_certificate_issued' : startPath;
    const moved = countFrom(path, () => applyRule12ToSenAppeal(raw, this.calendar));
    parts.push(rule12Text(moved.date, moved.move));
    return { date: moved.date, rule: sentences(...parts), certificateGoverns };
  }

  /** HESC Rules 2008 r.20(1)(c) and r.12: the appeal must reach the Tribunal by 5pm on this day. */
  private tribunalAppeal(): DeadlineDraft | undefined {
    const { sent } = this;
    if (!sent) return undefined;
    const useCertificate = this.mar; // placement-only appeals rely on 2 months (legal-reference §8.9)
    const main = this.appealDateFrom(sent.start, sent.startPath, useCertificate);
    const rule = [main.rule];
    let ambiguous = sent.onlyReceived;
    let latest = main.date;
    if (sent.onlyReceived) rule.push(ONLY_RECEIVED);
    if (sent.later) {
      const other = this.appealDateFrom(sent.later.date, sent.later.path, useCertificate);
      if (!other.date.equals(main.date)) {
        ambiguous = true;
        latest = laterOf(latest, other.date);
        rule.push(`Counted from the later date, ${show(sent.later.date)}, the deadline would be ${show(other.date)}`);
      }
    }
    const certificate = this.mediation.certificate;
    if (this.placementOnly && certificate) {
      // A7: whether an optional-mediation certificate extends a placement-only appeal is unclear.
      const oneMonth = addCalendarMonths(certificate, 1);
      const viaCertificate = countFrom('dates.mediation_certificate_issued', () => applyRule12ToSenAppeal(oneMonth, this.calendar)).date;
      if (isAfter(viaCertificate, main.date)) {
        ambiguous = true;
        latest = laterOf(latest, viaCertificate);
        rule.push(
          'An appeal only about section I (the school or college) needs no mediation certificate',
          'It is not clear whether a certificate you did not need gives you more time',
          `Counted from the certificate, the deadline would be ${show(viaCertificate)}, but do not rely on it`,
        );
      }
    }
    return {
      what: 'tribunal_appeal',
      date: main.date,
      rule: sentences(...rule),
      source: 'Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008 r.20(1)(c), r.12; Children and Families Act 2014 s.51',
      ambiguous,
      kind: 'parent',
      latestCandidate: latest,
    };
  }

  // ---- pending certificate, expected date and projection (§3.4) -------------------------------

  private pendingCertificate(appeal: DeadlineDraft | undefined): {
    pending: boolean;
    lapsed: boolean;
    expected?: PlainDate;
    projection?: DeadlineDraft;
  } {
    const { certificate, firstContact } = this.mediation;
    if (!this.mar || certificate || !firstContact) return { pending: false, lapsed: false };

    const expected = this.expectedCertificate(firstContact);
    const projected = countOrSkip(() => {
      const e = expected.compute();
      return { e, p: this.projectedAppealDate(e, this.sent?.start) };
    });
    if ('missingYear' in projected) {
      const year = projected.missingYear;
      if (!lowerBoundAfterAsOf(year, this.asOf, this.calendar)) {
        throw new CoverageError(expected.path, year, `Working out when the mediation certificate is due needs the bank holidays for ${year}, which the site does not have yet.`);
      }
      this.notes.push(
        `The site cannot yet project the deadline a certificate would give, because the ${year} bank holidays are not published here. When the certificate comes, your deadline will be 1 calendar month after its date (moved to a working day under Tribunal rule 12) if that is later than the date shown.`,
      );
      return { pending: true, lapsed: false };
    }
    const { e, p } = projected.value;
    if (hasPassed(p, this.asOf)) return { pending: false, lapsed: true, expected: e };

    let projection: DeadlineDraft | undefined;
    if (appeal && isAfter(p, appeal.date)) {
      const later = this.sent?.later ? this.projectedAppealDate(e, this.sent.later.date) : p;
      projection = {
        what: 'tribunal_appeal_projected',
        date: p,
        rule: sentences(
          `The mediation certificate should come by ${show(e)}`,
          'Your deadline would then be one calendar month after the certificate',
          'If two months after the decision is later, that counts instead',
          'Tribunal rule 12 moves the date to a working day if needed',
          `That gives ${show(p)}`,
          !later.equals(p) && `Counted from the later decision date, it would be ${show(later)}`,
        ),
        source: 'HESC Rules 2008 r.20(1)(c)(ii), r.12',
        ambiguous: !later.equals(p),
        kind: 'projection',
        assumption: expected.assumption(e),
      };
    }
    return { pending: true, lapsed: false, expected: e, ...(projection ? { projection } : {}) };
  }

  /** E of §3.4: when the certificate should come if everyone keeps to their time limits. */
  private expectedCertificate(firstContact: PlainDate): {
    compute: () => PlainDate;
    path: string;
    assumption: (e: PlainDate) => string;
  } {
    const trigger = certificateTrigger(this.situation);
    if (trigger) {
      return {
        compute: () => addWorkingDays(trigger.start, 3, this.calendar),
        path: trigger.path,
        assumption: (e) => `the mediation certificate comes on its due date, ${e.toString()}`,
      };
    }
    const told = this.mediation.toldLaWantsMediation;
    if (told) {
      return {
        compute: () => addWorkingDays(addDays(told, 30), 3, this.calendar),
        path: 'dates.told_la_wants_mediation',
        assumption: (e) =>
          `the mediation certificate comes on ${e.toString()}, 3 working days after the last day mediation can be held (30 days after the local authority was told)`,
      };
    }
    return {
      compute: () => addWorkingDays(firstContact, 3, this.calendar),
      path: 'dates.contacted_mediation_adviser',
      assumption: (e) => `the mediation certificate comes on ${e.toString()}, 3 working days after you first contacted the mediation adviser`,
    };
  }

  /** P of §3.4: T7 applied to the later of 2 months after the decision and 1 month after E. */
  private projectedAppealDate(expected: PlainDate, start: PlainDate | undefined): PlainDate {
    const viaCertificate = addCalendarMonths(expected, 1);
    const raw = start ? laterOf(addCalendarMonths(start, 2), viaCertificate) : viaCertificate;
    return applyRule12ToSenAppeal(raw, this.calendar).date;
  }

  // ---- notes --------------------------------------------------------------------------------

  private addNotes(state: {
    late: boolean;
    leave: boolean;
    missed: boolean;
    pending: boolean;
    expected?: PlainDate | undefined;
    appeal: DeadlineDraft | undefined;
    contact: DeadlineDraft | undefined;
  }): void {
    const { notes, situation, mediation } = this;
    if (!this.sent) {
      notes.push('Enter the date on the decision letter (or the date it was e-mailed) to see your exact deadlines.');
    } else if (this.sent.onlyReceived) {
      notes.push('The deadline runs from the day the LA sent its decision, not the day it arrived. Check the date on the letter: the real deadline may be earlier than shown.');
    }
    notes.push('An appeal must reach the Tribunal by 5pm on the last day (Tribunal rule 12(1)).');
    if (this.mar && !mediation.certificate && this.sent && state.appeal && !state.late) {
      const threshold = countOrSkip(() => firstCertificateDateThatMoves(this.sent!.start, state.appeal!.date, this.calendar));
      notes.push(
        'value' in threshold && threshold.value
          ? `A mediation certificate dated ${show(threshold.value)} or later would move the appeal deadline to 1 calendar month after the certificate date (moved to the next working day if needed).`
          : 'A mediation certificate issued late enough would move the appeal deadline to 1 calendar month after the certificate date, if that is later.',
      );
    }
    if (this.placementOnly) {
      notes.push('An appeal only about the school or college named in section I does not need a mediation certificate. You can still ask for mediation, but it does not give you more time.');
    }
    if (state.missed && !mediation.certificate) {
      // §12.5: r.20(1)(c)(ii) should still give 1 month from a late certificate, but that is untested.
      notes.push(
        mediation.firstContact
          ? 'You contacted the mediation adviser after the 2-month limit. A certificate should still give you 1 calendar month from its date, but this is not certain. Chase the certificate, and appeal as soon as it arrives; in the same appeal form, ask the Tribunal to extend the time (Tribunal rule 5(3)(a)). If no certificate comes within a few working days, appeal anyway and ask for permission to go ahead without one.'
          : 'The 2-month limit to contact the mediation adviser has passed. Contact the adviser today anyway. A certificate should still give you 1 calendar month from its date, but this is not certain: appeal as soon as it arrives, and in the same appeal form ask the Tribunal to extend the time (Tribunal rule 5(3)(a)). If no certificate comes within a few working days, appeal anyway and ask for permission to go ahead without one.',
      );
    }
    if (state.expected && !mediation.certificate && isBefore(state.expected, this.asOf)) {
      notes.push(
        `The mediation certificate was due by ${show(state.expected)} and has not been recorded. Chase the mediation adviser today; without it the appeal will need the Tribunal's permission.`,
      );
    }
    if (state.late) {
      notes.push(
        'The appeal deadline has passed. You can still appeal and ask the Tribunal to accept it late (HESC rules 5(3)(a) and 20(4)): explain why it is late. Check whether the LA letter told you about your appeal rights, the time limit and mediation (SEND Regulations 2014 regs 5(3), 10(3), 31(3)); if not, say so.',
      );
      if (situation.event === 'la_refused_assessment') {
        notes.push('You can also ask the LA for an assessment again: a new refusal gives a new right of appeal.');
      }
      if (PLAN_CONTENT_EVENTS.includes(situation.event)) {
        notes.push('The next time the plan is amended you will have a fresh right to appeal sections B, F and I (Children and Families Act 2014 s.51(3)(b)).');
      }
    }
    if (situation.event === 'la_ceased_plan') {
      notes.push('The LA must keep the plan in place until the time to appeal has ended or, if you appeal, until the appeal is decided (Children and Families Act 2014 s.45).');
    }
    if (situation.has_ehc_plan && situation.event === 'la_refused_assessment') {
      notes.push('As there is already an EHC plan, you can also ask the LA for a re-assessment.');
    }
    const sections = situation.disagree_with ?? [];
    if (sections.some((s) => HEALTH_SECTIONS.includes(s))) {
      notes.push(
        'If health provision is part of mediation, the LA must tell the Integrated Care Board (ICB) within 3 working days. If the mediation is only about health provision, the ICB arranges it, within 30 days of the LA telling it (SEND Regulations 2014, Part 2).',
        NHS_COMPLAINT_NOTE,
      );
    }
    if (this.asksForRecommendations()) notes.push(RECOMMENDATIONS_NOTE);
    if (situation.who === 'young_person') {
      notes.push('From the end of compulsory school age, the right to appeal belongs to the young person.', YOUNG_PERSON_NOTE);
    }
    notes.push('Disagreement resolution and complaints do not pause the appeal deadline.');
  }
}

/**
 * §12.5: the first certificate date X whose date + 1 month, moved by rule 12, is later than the
 * appeal date without a certificate. "2 months minus 1 month" is wrong at month ends: a decision
 * sent on 31 December gives 28 February, and certificates dated 29–31 January give 28 February too.
 */
export function firstCertificateDateThatMoves(decisionSent: PlainDate, appealDate: PlainDate, calendar: BankHolidayCalendar): PlainDate | undefined {
  for (let day = decisionSent, n = 0; n < 120; day = day.add({ days: 1 }), n += 1) {
    if (isAfter(applyRule12ToSenAppeal(addCalendarMonths(day, 1), calendar).date, appealDate)) return day;
  }
  return undefined;
}

/** What Tribunal rule 12 does to the raw date, which the sentence before has just named. */
function rule12Text(moved: PlainDate, move: string): string {
  switch (move) {
    case 'christmas_window':
      return sentences('That day falls between 25 December and 1 January', `Tribunal rule 12(3)(a) moves it to the first working day after 1 January: ${show(moved)}`);
    case 'august':
      return sentences('That day falls in August', `Tribunal rule 12(3)(a) moves it to the first working day after 31 August: ${show(moved)}`);
    case 'next_working_day':
      return sentences('That day is not a working day', `Tribunal rule 12(2) moves it to the next working day: ${show(moved)}`);
    default:
      return 'That is a working day, so the date stays.';
  }
}

const ONLY_RECEIVED = sentences(
  'This counts from the day the decision arrived',
  'The law counts from the day it was sent, which is earlier',
  'So check the date on the letter',
);

/** The first sentence of the working out: the day sent, or (letter date unknown) the day it arrived. */
function startText(startPath: string, start: PlainDate): string {
  return startPath === 'dates.decision_received' ? `The decision arrived on ${show(start)}` : `The decision was sent on ${show(start)}`;
}
