// The JSON API's view of the rules: validate a posted situation, run the rules, and say what went
// wrong in a form a client can act on ({ path, message } per problem).
import { todayInLondon, type BankHolidayCalendar, type Clock } from '../dates/index.js';
import { allCoverageErrors, checkSituation, CoverageError, nextSteps, type FieldProblem, type Outcome } from '../rules/index.js';

export type ApiAnswer = { status: 200; body: Outcome } | { status: 400; body: { errors: FieldProblem[] } };

export function answerNextStepsRequest(body: unknown, clock: Clock, calendar: BankHolidayCalendar): ApiAnswer {
  const checked = checkSituation(body, todayInLondon(clock));
  if (!checked.ok) return { status: 400, body: { errors: checked.errors } };
  try {
    return { status: 200, body: nextSteps(checked.situation, checked.asOf, calendar) };
  } catch (error) {
    if (error instanceof CoverageError) {
      const errors = allCoverageErrors(error, checked.situation, checked.asOf, calendar).map((e) => ({ path: e.path, message: e.message }));
      return { status: 400, body: { errors } };
    }
    throw error;
  }
}
