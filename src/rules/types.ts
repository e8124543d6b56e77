import type { BankHolidayCalendar, ClosurePeriod, PlainDate } from '../dates/index.js';
import type { Situation } from './situation-schema.js';
import type { ACTORS, DEADLINE_STATUSES, DeadlineId, FIRST_ACTION_REASONS, KEY_FACTS, RouteId, URGENCIES } from './vocabulary.js';

/** Who must act by a deadline, which decides whether it counts for out_of_time (rules-table §3.2). */
export type DeadlineKind =
  | 'parent' // a limit that bars or endangers a remedy
  | 'parent_window' // comments on a draft or proposals: missing it loses no remedy
  | 'duty' // the LA, ICB, school, board or mediation adviser must act
  | 'projection'; // tribunal_appeal_projected

export interface DeadlineDraft {
  what: DeadlineId;
  /** The act-by date (the earliest candidate when ambiguous). */
  date: PlainDate;
  rule: string;
  source: string;
  ambiguous: boolean;
  kind: DeadlineKind;
  /** For parent deadlines: the last day any recognised reading still treats the act as in time. */
  latestCandidate?: PlainDate;
  /** tribunal_appeal while a mediation certificate is pending: it does not count (§5.1). */
  suspended?: boolean;
  assumption?: string;
}

export interface EventResult {
  routes: RouteId[];
  deadlines: DeadlineDraft[];
  mediationAdviceRequired: boolean | null;
  notes: string[];
}

export interface RuleContext {
  situation: Situation;
  asOf: PlainDate;
  calendar: BankHolidayCalendar;
  closures: ClosurePeriod[];
}

/** Who acts, or who the parent deals with (rules-table §3.2: parent deadlines and duties of others). */
export type Actor = (typeof ACTORS)[number];

/**
 * Where a deadline stands on the as-of date. The parent's own: due, possibly_late, passed, or
 * paused (the appeal date while a mediation certificate is pending). Duties of others: due, met,
 * met_late, missed, or in_force (a duty that runs from its date, once that date has come).
 */
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

/** How soon it matters: act_today, this_week (7 days or fewer), soon (28 or fewer), later; passed; none. */
export type Urgency = (typeof URGENCIES)[number];

/** Where one deadline stands in the plan (plan.ts): whose it is, its status on as_of, how urgent. */
export interface DeadlinePlan {
  /** Who must act by the date (parent for the parent's own dates and the projection). */
  owner: Actor;
  /** 'by': the act is due by the date; 'from': the duty runs from the date. */
  counts: 'by' | 'from';
  /** The parent's own deadline (it bars or endangers a remedy, or is a comment window or projection). */
  parent_deadline: boolean;
  /** tribunal_appeal while a mediation certificate is pending: it does not count (§3.2, §3.4). */
  paused: boolean;
  status: DeadlineStatus;
  /** date minus as_of in calendar days (negative once passed). */
  days_from_as_of: number;
  /** For missed or met_late duties: by how many calendar days. */
  late_by_days?: number;
  /** A parent deadline with a later reading of the law: the last day any reading allows (rules-table §3.2). */
  latest_date?: string;
  /** Counted from the day the letter arrived (its date unknown): the law's start is earlier (rules-table §2). */
  start_may_be_earlier?: true;
  urgency: Urgency;
}

export interface OutcomeDeadline extends DeadlinePlan {
  what: DeadlineId;
  date: string;
  rule: string;
  source: string;
  ambiguous: boolean;
  possibly_late?: true;
  assumption?: string;
}

/** One route's place in the plan (rules-table §4.2 order, read as a legal sequence). */
export interface PlanStep {
  route: RouteId;
  /** 'sequence': a numbered step, in the order the law requires; 'alongside': can run at the same time; 'fallback': if the steps do not work. */
  track: 'sequence' | 'alongside' | 'fallback';
  /** 1, 2, 3… for sequence steps; null otherwise. */
  step: number | null;
  /** For alongside routes: the step they go with (e.g. with the appeal); null = at any time. */
  runs_with_step: number | null;
  /** Who does the step. */
  actor: Actor;
  /** Who the parent contacts for it. */
  contact: Actor;
  /** The deadlines that belong to this step, most pressing first. */
  deadlines: DeadlineId[];
}

/** Why the first action leads (firstActionOf in plan.ts). */
export type FirstActionReason = (typeof FIRST_ACTION_REASONS)[number];

export interface FirstAction {
  route: RouteId;
  /** The date the panel leads with, when the step has one. */
  deadline: DeadlineId | null;
  /** Duties of others that come with the first action (e.g. the board and the sixth-day education duty). */
  duties: DeadlineId[];
  contact: Actor;
  urgency: Urgency;
  /**
   * Why it leads: the earliest step in the law's order, a date to act on today, a limit of the
   * parent's own ending within 7 days on a step that needs nothing before it, or a duty missed.
   */
  reason: FirstActionReason;
}

/** Facts from the situation that change the advice, for the summary read aloud. */
// letter_dated: the decision date the count starts from; placement_only: section I only, no certificate
// needed; certificate_held / certificate_pending: the mediation certificate; young_person: the rights are theirs.
export type KeyFact = (typeof KEY_FACTS)[number];

export interface OutcomePlan {
  key_facts: { fact: KeyFact; date?: string }[];
  first_action: FirstAction;
  /** Sequence steps in order, then alongside routes, then fallbacks. */
  steps: PlanStep[];
  /** What the page leads with: act today (every passed date is only possibly late), a date has passed, or nothing. */
  alert: 'act_today' | 'passed' | null;
}

export interface Outcome {
  routes: RouteId[];
  mediation_advice_required: boolean | null;
  deadlines: OutcomeDeadline[];
  out_of_time: boolean;
  notes: string[];
  plan: OutcomePlan;
}
