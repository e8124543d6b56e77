// Rebuilds the state from the URL by replaying answers from the first question, stopping at the
// first missing or invalid one. Answers no longer on the path are dropped.
import type { PlainDate } from '../dates/index.js';
import { checkAnswer } from './answers.js';
import { CHECK_PAGE, HELP_PAGE, pathFor, wayOutTaken, type Answers } from './flow.js';

export interface ReplayResult {
  /** Valid answers on the path, in path order. */
  answers: Answers;
  /** The first question without a valid answer; else the help page after a way out, or the check page. */
  current: string;
  /** The message for an answer given to `current` that was not valid. */
  error?: string;
  /** The path as far as the answers reach. */
  path: string[];
}

export function replay(query: Record<string, unknown>, today: PlainDate): ReplayResult {
  const answers: Record<string, string> = {};
  for (let step = 0; step < 100; step += 1) {
    const path = pathFor(answers);
    const id = path.find((q) => !(q in answers));
    if (!id) return { answers, current: wayOutTaken(answers) ? HELP_PAGE : CHECK_PAGE, path };
    const raw = Object.prototype.hasOwnProperty.call(query, id) ? query[id] : undefined;
    if (raw === undefined) return { answers, current: id, path };
    const checked = checkAnswer(id, raw, answers, today);
    if (!checked.ok) return { answers, current: id, error: checked.message, path };
    answers[id] = checked.value;
  }
  return { answers, current: CHECK_PAGE, path: pathFor(answers) };
}

/** The canonical query string: answers on the path, in path order. */
export function queryString(answers: Answers, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const id of pathFor(answers)) {
    const value = answers[id];
    if (value !== undefined) params.set(id, value);
  }
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params.toString();
}
