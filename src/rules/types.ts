import type { BankHolidayCalendar, ClosurePeriod, PlainDate } from '../dates/index.js';
import type { Situation } from './situation-schema.js';
import type { DeadlineId, RouteId } from './vocabulary.js';

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

export interface OutcomeDeadline {
  what: DeadlineId;
  date: string;
  rule: string;
  source: string;
  ambiguous: boolean;
  possibly_late?: true;
  assumption?: string;
}

export interface Outcome {
  routes: RouteId[];
  mediation_advice_required: boolean | null;
  deadlines: OutcomeDeadline[];
  out_of_time: boolean;
  notes: string[];
}
