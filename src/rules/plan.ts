// The outcome's own plan: for each deadline, who owns it and where it stands on the as-of date;
// for each route, its place in the law's sequence; and the one action to take first. Driven by the
// tables below (route and deadline data), so a new route or deadline only needs a row here.
import { daysBetween, isAfter, isBefore, type PlainDate } from '../dates/index.js';
import { decisionSent } from './decision-sent.js';
import { dateOf, hasDefinitelyPassed, latestCandidateOf } from './context.js';
import type { Situation } from './situation-schema.js';
import type { Actor, DeadlineDraft, DeadlinePlan, DeadlineStatus, FirstAction, OutcomePlan, PlanStep, Urgency } from './types.js';
import type { DateKey, DeadlineId, EventId, RouteId } from './vocabulary.js';

// ---- deadlines ------------------------------------------------------------------------------

/** Who must act by each duty (T10); the parent's own dates are owned by the parent. */
function ownerOf(what: DeadlineId, event: EventId, kind: DeadlineDraft['kind']): Actor {
  if (kind !== 'duty') return 'parent';
  if (what === 'mediation_certificate_due') return 'mediation_adviser';
  if (what === 'governing_board_consider_reinstatement') return 'governing_board';
  // The sixth-day duty: the school for a suspension, the LA for a permanent exclusion (2007 Regs regs 3, 4).
  if (what === 'full_time_education_from') return event === 'suspension' ? 'school' : 'la';
  return 'la';
}

/** Duties that run from their date rather than being due by it (domain.md, `date`). */
const RUNS_FROM: readonly DeadlineId[] = ['full_time_education_from', 'la_continue_to_maintain'];

/** The situation dates that record a duty as done (the same readings the R-LA triggers use, §4.5). */
const DONE_BY: Partial<Record<DeadlineId, readonly DateKey[]>> = {
  mediation_certificate_due: ['mediation_certificate_issued'],
  mediation_must_take_place: ['mediation_held'],
  la_decision_whether_to_assess: ['la_agreed_to_assess'],
  la_review_decision_and_proposed_amendments: ['proposed_amendments_sent'],
  governing_board_consider_reinstatement: ['board_decision_letter'],
  la_issue_draft_plan: ['draft_plan_sent'],
};

function doneOn(what: DeadlineId, situation: Situation): PlainDate | undefined {
  const dates = (DONE_BY[what] ?? []).map((key) => dateOf(situation, key)).filter((d): d is PlainDate => d !== undefined);
  return dates.sort((a, b) => (isBefore(a, b) ? -1 : 1))[0];
}

function statusOf(deadline: DeadlineDraft, situation: Situation, asOf: PlainDate): { status: DeadlineStatus; lateBy?: number } {
  const passed = isBefore(deadline.date, asOf);
  if (deadline.kind !== 'duty') {
    if (deadline.suspended) return { status: 'paused' };
    if (!passed) return { status: 'due' };
    // Only dates that count for out_of_time can be "possibly late" (§3.2); comment windows just pass.
    if (deadline.kind === 'parent' && !hasDefinitelyPassed(deadline, asOf)) return { status: 'possibly_late' };
    return { status: 'passed' };
  }
  if (RUNS_FROM.includes(deadline.what)) return { status: isAfter(deadline.date, asOf) ? 'due' : 'in_force' };
  const done = doneOn(deadline.what, situation);
  if (done) return isAfter(done, deadline.date) ? { status: 'met_late', lateBy: daysBetween(deadline.date, done) } : { status: 'met' };
  return passed ? { status: 'missed', lateBy: daysBetween(deadline.date, asOf) } : { status: 'due' };
}

function urgencyOf(status: DeadlineStatus, daysLeft: number): Urgency {
  switch (status) {
    case 'possibly_late':
    case 'missed':
      return 'act_today';
    case 'passed':
      return 'passed';
    case 'due':
      if (daysLeft <= 1) return 'act_today';
      if (daysLeft <= 7) return 'this_week';
      return daysLeft <= 28 ? 'soon' : 'later';
    default:
      return 'none';
  }
}

/** Only the day the decision arrived is known, so the parent's real time limit may end earlier (rules-table §2). */
function countsFromArrival(deadline: DeadlineDraft, situation: Situation): boolean {
  return deadline.kind !== 'duty' && deadline.ambiguous && decisionSent(situation)?.onlyReceived === true;
}

export function planDeadline(deadline: DeadlineDraft, situation: Situation, asOf: PlainDate): DeadlinePlan {
  const { status, lateBy } = statusOf(deadline, situation, asOf);
  const days = daysBetween(asOf, deadline.date);
  const latest = latestCandidateOf(deadline);
  return {
    owner: ownerOf(deadline.what, situation.event, deadline.kind),
    counts: RUNS_FROM.includes(deadline.what) ? 'from' : 'by',
    parent_deadline: deadline.kind !== 'duty',
    paused: deadline.suspended === true,
    status,
    days_from_as_of: days,
    ...(lateBy !== undefined ? { late_by_days: lateBy } : {}),
    ...(deadline.kind === 'parent' && !latest.equals(deadline.date) ? { latest_date: latest.toString() } : {}),
    ...(countsFromArrival(deadline, situation) ? { start_may_be_earlier: true as const } : {}),
    urgency: urgencyOf(status, days),
  };
}

// ---- routes ---------------------------------------------------------------------------------

interface RoutePlan {
  actor: Actor;
  contact: Actor;
  /** 'sequence' routes are numbered; 'alongside' ones run at the same time; 'fallback' if the steps fail. */
  track: PlanStep['track'];
  /** A sequence route that only continues one of these: without one of them in the sequence, it runs alongside. */
  follows?: readonly RouteId[];
  /** An alongside route that goes with one of these steps (e.g. asked for with the appeal). */
  with?: readonly RouteId[];
  /** A sequence route that runs alongside instead when one of these is in the outcome (the statutory step leads). */
  yieldsTo?: readonly RouteId[];
  /** The deadlines that belong to the route, by id or as every duty of an owner. */
  deadlines?: readonly DeadlineId[];
  dutiesOf?: Actor;
}

const APPEAL: readonly RouteId[] = ['send_tribunal_appeal', 'send_tribunal_late_appeal'];

const ROUTE_PLAN: Record<RouteId, RoutePlan> = {
  // For a suspension with a board duty, the board is the step the law sets; talking to the school goes with it.
  talk_to_setting: { actor: 'parent', contact: 'school', track: 'sequence', yieldsTo: ['governing_board_review'], with: ['governing_board_review'] },
  make_representations: { actor: 'parent', contact: 'la', track: 'sequence', deadlines: ['comments_on_draft_plan', 'comments_on_proposed_amendments'], dutiesOf: 'la' },
  request_ehc_needs_assessment: { actor: 'parent', contact: 'la', track: 'alongside' },
  chase_la: { actor: 'parent', contact: 'la', track: 'sequence', dutiesOf: 'la' },
  enforce_order_or_agreement: { actor: 'parent', contact: 'la', track: 'sequence', dutiesOf: 'la' },
  la_complaint: { actor: 'parent', contact: 'la_complaints', track: 'sequence', follows: ['chase_la', 'enforce_order_or_agreement'] },
  lgsco_complaint: { actor: 'parent', contact: 'ombudsman', track: 'sequence', follows: ['la_complaint'], deadlines: ['lgsco_complaint'] },
  setting_complaint: { actor: 'parent', contact: 'school', track: 'sequence', follows: ['talk_to_setting'] },
  dfe_complaint: { actor: 'parent', contact: 'dfe', track: 'sequence', follows: ['setting_complaint'] },
  health_complaint: { actor: 'parent', contact: 'health_body', track: 'alongside' },
  phso_complaint: { actor: 'parent', contact: 'health_ombudsman', track: 'sequence', follows: ['health_complaint'] },
  disagreement_resolution: { actor: 'parent', contact: 'mediation_adviser', track: 'alongside' },
  // Mediation is a step only before the appeal (rules-table N1); where it is optional it runs alongside.
  mediation_advice: { actor: 'parent', contact: 'mediation_adviser', track: 'sequence', deadlines: ['contact_mediation_adviser', 'mediation_certificate_due'] },
  mediation: { actor: 'parent', contact: 'mediation_adviser', track: 'sequence', with: APPEAL, deadlines: ['mediation_must_take_place', 'mediation_certificate_due'] },
  send_tribunal_appeal: { actor: 'parent', contact: 'tribunal', track: 'sequence', deadlines: ['tribunal_appeal', 'tribunal_appeal_projected'] },
  send_tribunal_late_appeal: { actor: 'parent', contact: 'tribunal', track: 'sequence', deadlines: ['tribunal_appeal'] },
  tribunal_permission_without_certificate: { actor: 'parent', contact: 'tribunal', track: 'alongside', with: APPEAL },
  extended_appeal_recommendations: { actor: 'parent', contact: 'tribunal', track: 'alongside', with: APPEAL },
  upper_tribunal_permission: { actor: 'parent', contact: 'tribunal', track: 'sequence', deadlines: ['fft_permission_to_appeal'] },
  governing_board_review: {
    actor: 'parent',
    contact: 'governing_board',
    track: 'sequence',
    deadlines: ['governing_board_consider_reinstatement', 'full_time_education_from'],
  },
  independent_review_panel: { actor: 'parent', contact: 'arranging_authority', track: 'sequence', deadlines: ['irp_request'] },
  disability_discrimination_claim: { actor: 'parent', contact: 'tribunal', track: 'sequence', follows: ['setting_complaint'], deadlines: ['disability_discrimination_claim'] },
  disability_discrimination_late_claim: { actor: 'parent', contact: 'tribunal', track: 'alongside', deadlines: ['disability_discrimination_claim'] },
  disability_discrimination_county_court: { actor: 'parent', contact: 'county_court', track: 'sequence', follows: ['setting_complaint'], deadlines: ['county_court_claim'] },
  judicial_review: { actor: 'parent', contact: 'legal_adviser', track: 'fallback' },
  legal_advice: { actor: 'parent', contact: 'legal_adviser', track: 'alongside' },
  sendiass: { actor: 'parent', contact: 'sendias', track: 'alongside' },
};

export interface PlannedDeadline {
  draft: DeadlineDraft;
  plan: DeadlinePlan;
}

/** A route's deadlines: its own ids in the table's order, then the duties of its owner in process order. */
function deadlinesOf(route: RouteId, deadlines: readonly PlannedDeadline[]): PlannedDeadline[] {
  const config = ROUTE_PLAN[route];
  const named = (config.deadlines ?? []).flatMap((id) => deadlines.filter((d) => d.draft.what === id));
  const duties = config.dutiesOf ? deadlines.filter((d) => !d.plan.parent_deadline && d.plan.owner === config.dutiesOf && !named.includes(d)) : [];
  return [...named, ...duties];
}

/** The track of each route in the outcome's (legal) order. */
function tracksOf(routes: readonly RouteId[], mediationOptional: boolean): PlanStep['track'][] {
  const appealAt = routes.findIndex((r) => APPEAL.includes(r));
  const inSequence = new Set<RouteId>();
  return routes.map((route, index) => {
    const config = ROUTE_PLAN[route];
    let track = config.track;
    const mediationRoute = route === 'mediation' || route === 'mediation_advice';
    // Mediation that gives no extra time (placement only, a deemed certificate) comes after the appeal: alongside.
    if (mediationRoute && (mediationOptional || (appealAt !== -1 && index > appealAt))) track = 'alongside';
    if (track === 'sequence' && config.follows && !config.follows.some((r) => inSequence.has(r))) track = 'alongside';
    if (track === 'sequence' && config.yieldsTo?.some((r) => routes.includes(r))) track = 'alongside';
    if (track === 'sequence') inSequence.add(route);
    return track;
  });
}

function buildSteps(routes: readonly RouteId[], mediationOptional: boolean, deadlines: readonly PlannedDeadline[]): PlanStep[] {
  const tracks = tracksOf(routes, mediationOptional);
  // With no step in the sequence (e.g. only judicial review is left), the first route leads.
  const leaderAt = tracks.includes('sequence') ? -1 : routes.findIndex((r) => r !== 'sendiass' && r !== 'legal_advice');
  if (leaderAt !== -1) tracks[leaderAt] = 'sequence';
  const stepOf = new Map<RouteId, number>();
  routes.forEach((route, i) => {
    if (tracks[i] === 'sequence') stepOf.set(route, stepOf.size + 1);
  });
  const steps = routes.map((route, i): PlanStep => {
    const config = ROUTE_PLAN[route];
    const withStep = tracks[i] === 'alongside' ? (config.with ?? []).map((r) => stepOf.get(r)).find((s) => s !== undefined) : undefined;
    return {
      route,
      track: tracks[i]!,
      step: stepOf.get(route) ?? null,
      runs_with_step: withStep ?? null,
      actor: config.actor,
      contact: config.contact,
      deadlines: deadlinesOf(route, deadlines).map((d) => d.draft.what),
    };
  });
  const trackOrder: PlanStep['track'][] = ['sequence', 'alongside', 'fallback'];
  return steps
    .map((s, i) => ({ s, i }))
    .sort((a, b) => trackOrder.indexOf(a.s.track) - trackOrder.indexOf(b.s.track) || a.i - b.i)
    .map(({ s }) => s);
}

// ---- the first action ----------------------------------------------------------------------

const isDuty = (d: PlannedDeadline) => !d.plan.parent_deadline;
const isOpenParentDate = (d: PlannedDeadline) => d.plan.parent_deadline && ['due', 'possibly_late'].includes(d.plan.status);
/** A limit that bars or endangers a remedy (not a comment window, not a projection), due within 7 days. */
const endsThisWeek = (d: PlannedDeadline) => d.draft.kind === 'parent' && d.plan.status === 'due' && d.plan.urgency === 'this_week';
/**
 * Sequence steps that need nothing from the steps before them, so a date of theirs may lead: a
 * discrimination claim needs no complaint or certificate first (Equality Act 2010 s.116 and Sch 17
 * for the Tribunal, s.114 for the County Court). Others wait for earlier steps: an appeal for the
 * mediation adviser's certificate (Children and Families Act 2014 s.55), the Ombudsman for the
 * council's own complaints procedure (Local Government Act 1974 s.26(5)). The 7 days are this
 * site's "this week" (urgencyOf), not a legal period.
 */
const NEEDS_NO_EARLIER_STEP: readonly RouteId[] = ['disability_discrimination_claim', 'disability_discrimination_county_court'];
const mayGoAhead = (step: PlanStep) => step.track === 'alongside' || NEEDS_NO_EARLIER_STEP.includes(step.route);

function firstActionOf(steps: readonly PlanStep[], deadlines: readonly PlannedDeadline[]): FirstAction {
  const byId = new Map(deadlines.map((d) => [d.draft.what, d]));
  const planned = (step: PlanStep) => step.deadlines.map((id) => byId.get(id)!).filter(Boolean);
  const lead = (step: PlanStep, reason: FirstAction['reason']): FirstAction => {
    const own = planned(step);
    const openDuties = own.filter((d) => isDuty(d) && d.plan.status !== 'met');
    const key = own.find(isOpenParentDate) ?? openDuties.find((d) => d.plan.status === 'missed') ?? openDuties[0] ?? own[0];
    return {
      route: step.route,
      deadline: key?.draft.what ?? null,
      duties: openDuties.filter((d) => d !== key).map((d) => d.draft.what),
      contact: step.contact,
      urgency: key?.plan.urgency ?? 'none',
      reason,
    };
  };
  // 1. A date of the parent's own that must be acted on today outranks the law's order.
  const today = steps.find((s) => planned(s).some((d) => d.plan.parent_deadline && d.plan.urgency === 'act_today'));
  if (today) return lead(today, 'act_today');
  const sequence = steps.filter((s) => s.track === 'sequence');
  // 2. A limit of the parent's own that ends this week, on a step that can go ahead of the others,
  //    comes first: talking to the school or complaining does not stop its clock.
  const thisWeek = steps.find((s) => mayGoAhead(s) && planned(s).some(endsThisWeek));
  if (thisWeek && thisWeek !== sequence[0]) return lead(thisWeek, 'due_this_week');
  // 3. A step whose duty has been missed (a late LA): chase it.
  const chase = sequence.find((s) => planned(s).some((d) => d.plan.status === 'missed'));
  if (chase && chase === sequence[0]) return lead(chase, 'duty_missed');
  // 4. Otherwise the first step in the law's order.
  const first = sequence[0] ?? steps.find((s) => s.route !== 'sendiass') ?? steps[0]!;
  return lead(first, 'first_step');
}

/** domain.md: when every parent date behind out_of_time is only possibly late, lead with "act today". */
function alertOf(deadlines: readonly PlannedDeadline[], outOfTime: boolean): OutcomePlan['alert'] {
  if (!outOfTime) return null;
  const behind = deadlines.filter((d) => d.draft.kind === 'parent' && !d.draft.suspended && ['passed', 'possibly_late'].includes(d.plan.status));
  return behind.length > 0 && behind.every((d) => d.plan.status === 'possibly_late') ? 'act_today' : 'passed';
}

function keyFactsOf(situation: Situation, deadlines: readonly PlannedDeadline[], mediationAdviceRequired: boolean | null): OutcomePlan['key_facts'] {
  const facts: OutcomePlan['key_facts'] = [];
  const sent = decisionSent(situation);
  if (sent && mediationAdviceRequired !== null) facts.push({ fact: 'letter_dated', date: sent.start.toString() });
  if (mediationAdviceRequired === false) facts.push({ fact: 'placement_only' });
  const certificate = dateOf(situation, 'mediation_certificate_issued');
  if (certificate && mediationAdviceRequired !== null) facts.push({ fact: 'certificate_held', date: certificate.toString() });
  if (deadlines.some((d) => d.plan.paused)) facts.push({ fact: 'certificate_pending' });
  if (situation.who === 'young_person') facts.push({ fact: 'young_person' });
  return facts;
}

export function buildPlan(
  situation: Situation,
  routes: readonly RouteId[],
  deadlines: readonly PlannedDeadline[],
  facts: { mediationAdviceRequired: boolean | null; outOfTime: boolean },
): OutcomePlan {
  const steps = buildSteps(routes, facts.mediationAdviceRequired === false, deadlines);
  return {
    key_facts: keyFactsOf(situation, deadlines, facts.mediationAdviceRequired),
    first_action: firstActionOf(steps, deadlines),
    steps,
    alert: alertOf(deadlines, facts.outOfTime),
  };
}
