// Shapes one question for the template: options with the chosen value checked, hidden inputs that
// carry earlier answers, the back link and any error.
import { optionsFor, UNKNOWN_DATE, type DatePart } from '../questionnaire/answers.js';
import { pathFor, type Answers } from '../questionnaire/flow.js';
import { QUESTION_BY_ID, TOPICS, type Question } from '../questionnaire/questions.js';
import { queryString } from '../questionnaire/replay.js';
import { dateInWords } from './layout.js';

export interface TypedDate {
  day: string;
  month: string;
  year: string;
}

export interface QuestionPageOptions {
  error?: string;
  /** Date questions: the boxes the error is about (all three when not given). */
  errorParts?: DatePart[];
  typed?: string | TypedDate;
  returnTo?: string;
}

const DATE_PARTS: DatePart[] = ['day', 'month', 'year'];

export function questionPage(question: Question, answers: Answers, options: QuestionPageOptions) {
  const carried = Object.entries(answers).filter(([id]) => id !== question.id);
  const path = pathFor(answers);
  const index = path.indexOf(question.id);
  const previous = index > 0 ? path[index - 1] : undefined;
  const before = Object.fromEntries(carried.filter(([id]) => path.indexOf(id) < index));
  const backHref = options.returnTo === 'check'
    ? `/next-steps/check?${queryString(answers)}`
    : previous ? `/next-steps/question/${previous}?${queryString(before)}` : '/next-steps/start';
  const current = options.typed ?? answers[question.id];
  const chosen = typeof current === 'string' ? current.split(',') : [];
  const dateParts = typeof current === 'object' ? current : splitDate(typeof current === 'string' ? current : undefined);
  const errorParts = options.error ? (options.errorParts ?? DATE_PARTS) : [];
  const items = optionsFor(question, answers).map((o) => ({
    value: o.value,
    text: o.text,
    hint: o.hint ? { text: o.hint } : undefined,
    checked: chosen.includes(o.value),
    // GOV.UK's "or" pattern: ticking "I am not sure, or all of it" clears the sections (and the server refuses both).
    ...(question.kind === 'checkboxes' && o.value === 'unsure' ? { behaviour: 'exclusive' } : {}),
  }));
  if (question.kind === 'checkboxes' && items.some((i) => i.value === 'unsure')) items.splice(items.length - 1, 0, { divider: 'or' } as never);
  // A way out ("I am not sure", "Something else") comes last, after GOV.UK's "or" divider.
  const wayOut = items.findIndex((i) => (question.waysOut ?? []).includes(i.value));
  if (question.kind === 'radios' && wayOut > 0) items.splice(wayOut, 0, { divider: 'or' } as never);
  return {
    question,
    fieldId: question.kind === 'date' ? `${question.id}-${errorParts[0] ?? 'day'}` : question.id,
    items,
    dateParts,
    dateErrors: Object.fromEntries(DATE_PARTS.map((p) => [p, errorParts.includes(p)])),
    unsureChecked: current === UNKNOWN_DATE,
    numberValue: question.kind === 'number' && typeof current === 'string' && current !== UNKNOWN_DATE ? current : '',
    hidden: carried.map(([name, value]) => ({ name, value })),
    returnTo: options.returnTo,
    backHref,
    error: options.error,
  };
}

/** A date from the URL back into its boxes; a mangled one (2026-13-45) is shown as it came. */
function splitDate(value: string | undefined): TypedDate {
  const match = value ? /^(\d{1,4})-(\d{1,2})-(\d{1,2})$/.exec(value.trim()) : null;
  if (!match) return { day: '', month: '', year: '' };
  const [, year = '', month = '', day = ''] = match;
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** Rows for the check-your-answers page, each with a Change link that comes back here. */
export function checkAnswersRows(answers: Answers) {
  return pathFor(answers).map((id) => {
    const question = QUESTION_BY_ID.get(id)!;
    return {
      key: { text: question.title },
      value: { text: answerInWords(question, answers) },
      actions: { items: [{ href: `/next-steps/question/${id}?${queryString(answers, { return: 'check' })}`, text: 'Change', visuallyHiddenText: `the answer to: ${question.title}` }] },
    };
  });
}

/** The answers as question and answer pairs, for the "You told us" list on the next-steps page and its printout. */
export function toldUsRows(answers: Answers): { question: string; answer: string }[] {
  return pathFor(answers).map((id) => {
    const question = QUESTION_BY_ID.get(id)!;
    return { question: question.title, answer: answerInWords(question, answers) };
  });
}

export function answerInWords(question: Question, answers: Answers): string {
  const value = answers[question.id] ?? '';
  if (question.kind === 'date') {
    if (value === UNKNOWN_DATE) return 'Not sure';
    return dateInWords(value);
  }
  if (question.kind === 'number') return value === UNKNOWN_DATE ? 'Not sure' : value;
  const options = optionsFor(question, answers);
  return value.split(',').map((v) => options.find((o) => o.value === v)?.text ?? v).join('; ');
}

/** The event as the parent chose it, standing on its own: "It refused…" under the LA topic names the LA. */
export function eventInWords(answers: Answers): string {
  const topic = TOPICS[answers['topic'] ?? ''];
  const text = topic?.events.find((e) => e.value === answers['event'])?.text ?? 'something happened';
  return answers['topic'] === 'la_decision' ? text.replace(/\b[Ii]t\b/, (it) => (it === 'It' ? 'The LA' : 'the LA')) : text;
}
