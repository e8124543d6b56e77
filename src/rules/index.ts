export { nextSteps, nextStepsOrCoverageErrors, type RulesAnswer } from './next-steps.js';
export { checkSituation, situationSchema, type Situation, type FieldProblem } from './situation-schema.js';
export { CoverageError } from './context.js';
export type { Actor, DeadlineStatus, FirstAction, KeyFact, Outcome, OutcomeDeadline, OutcomePlan, PlanStep, Urgency } from './types.js';
export * from './vocabulary.js';
