// The JSON API's view of the rules: validate a posted situation, run the rules, and say what went
// wrong in a form a client can act on ({ path, message } per problem).
import { todayInLondon, type BankHolidayCalendar, type Clock } from '../dates/index.js';
import { checkSituation, nextStepsOrCoverageErrors, type FieldProblem, type Outcome } from '../rules/index.js';

export type ApiAnswer = { status: 200; body: Outcome } | { status: 400; body: { errors: FieldProblem[] } };

export function answerNextStepsRequest(body: unknown, clock: Clock, calendar: BankHolidayCalendar): ApiAnswer {
  const checked = checkSituation(body, todayInLondon(clock));
  if (!checked.ok) return { status: 400, body: { errors: checked.errors } };
  const answer = nextStepsOrCoverageErrors(checked.situation, checked.asOf, calendar);
  if (answer.ok) return { status: 200, body: answer.outcome };
  return { status: 400, body: { errors: answer.coverageErrors.map((e) => ({ path: e.path, message: e.message })) } };
}
