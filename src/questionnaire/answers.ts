// Checking one answer: returns its canonical URL value, or a message saying what to do.
import { z } from 'zod';
import { isAfter, isBefore, isoDate, parseIsoDate, type PlainDate } from '../dates/index.js';
import { eventsForTopic, type Answers } from './flow.js';
import { QUESTION_BY_ID, SOMETHING_ELSE, TOPICS, type Option, type Question } from './questions.js';

export const UNKNOWN_DATE = 'unknown';
/** Dates that may lie ahead: the move to a new school, holidays, the first day of a suspension or exclusion. */
const FUTURE_DATES_ALLOWED = new Set([
  'transfer', 'holiday_start', 'holiday_end', 'holiday_2_start', 'holiday_2_end', 'holiday_3_start', 'holiday_3_end',
  'suspension_starts', 'exclusion_starts',
]);
/** Each holiday's end and the start it must not be before. */
const HOLIDAY_END_STARTS: Record<string, string> = { holiday_end: 'holiday_start', holiday_2_end: 'holiday_2_start', holiday_3_end: 'holiday_3_start' };
const EXCLUSIVE_OPTION = 'unsure';
const EARLIEST = isoDate('2000-01-01');

export type AnswerCheck = { ok: true; value: string } | { ok: false; message: string };

/** The options for a question, following earlier answers: no plan, no plan-only events. */
export function optionsFor(question: Question, answers: Answers): Option[] {
  if (question.id === 'topic') {
    const all = question.options ?? [];
    return answers['has_ehc_plan'] === 'no' ? all.filter((o) => eventsForTopic(o.value, 'no').length > 0 || o.value === SOMETHING_ELSE) : all;
  }
  if (question.id !== 'event') return question.options ?? [];
  const topic = answers['topic'];
  if (!topic || !(topic in TOPICS)) return [];
  const offered = eventsForTopic(topic, answers['has_ehc_plan']);
  const events: Option[] = (TOPICS[topic]?.events ?? []).filter((e) => offered.includes(e.value));
  return [...events, { value: SOMETHING_ELSE, text: 'Something else, or I am not sure' }];
}

/** The option whose value matches, ignoring case: links typed or mangled by hand still work. */
function matchOption(options: Option[], text: string): string | undefined {
  const lower = text.trim().toLowerCase();
  return options.find((o) => o.value.toLowerCase() === lower)?.value;
}

// Long enough for every option of a checkbox question joined with commas.
const single = z.string().max(200);

export function checkAnswer(id: string, raw: unknown, answers: Answers, today: PlainDate): AnswerCheck {
  const question = QUESTION_BY_ID.get(id);
  if (!question) return { ok: false, message: 'This question does not exist' };
  const parsed = single.safeParse(Array.isArray(raw) ? raw.join(',') : raw);
  if (!parsed.success || parsed.data === '') return { ok: false, message: question.required };
  const text = parsed.data;
  switch (question.kind) {
    case 'radios': {
      const value = matchOption(optionsFor(question, answers), text);
      return value ? { ok: true, value } : { ok: false, message: question.required };
    }
    case 'checkboxes': {
      const options = optionsFor(question, answers);
      const values = text.split(',').filter(Boolean).map((v) => matchOption(options, v));
      if (values.length === 0 || values.some((v) => v === undefined)) return { ok: false, message: question.required };
      if (values.includes(EXCLUSIVE_OPTION) && values.length > 1) {
        const unsure = options.find((o) => o.value === EXCLUSIVE_OPTION)?.text ?? 'I am not sure';
        return { ok: false, message: `Select the parts you disagree with, or select "${unsure}", not both` };
      }
      const ordered = options.map((o) => o.value).filter((v) => values.includes(v));
      return { ok: true, value: ordered.join(',') };
    }
    case 'number': {
      if (question.unsureText && text.toLowerCase() === UNKNOWN_DATE) return { ok: true, value: UNKNOWN_DATE };
      if (!/^\d{1,3}$/.test(text.trim())) return { ok: false, message: question.required };
      const n = Number(text);
      if (n < (question.min ?? 0) || n > (question.max ?? 999)) {
        return { ok: false, message: `Enter a number from ${question.min ?? 0} to ${question.max ?? 999}` };
      }
      return { ok: true, value: String(n) };
    }
    case 'date':
      return checkDate(question, text, answers, today);
  }
}

/** "The date on the decision letter must be …": messages name the date, as GOV.UK's pattern does. */
export function dateName(question: Question): string {
  return question.dateName ?? 'the date';
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function checkDate(question: Question, raw: string, answers: Answers, today: PlainDate): AnswerCheck {
  const text = raw.trim().toLowerCase();
  if (text === UNKNOWN_DATE) return { ok: true, value: UNKNOWN_DATE };
  const name = dateName(question);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? parseIsoDate(text) : undefined;
  if (!date) return { ok: false, message: `${capitalise(name)} must be a real date, for example 12 3 2026` };
  if (isBefore(date, EARLIEST)) return { ok: false, message: `${capitalise(name)} must be in the year 2000 or later` };
  if (!FUTURE_DATES_ALLOWED.has(question.id) && isAfter(date, today)) {
    return { ok: false, message: `${capitalise(name)} must be today or in the past` };
  }
  if (isAfter(date, today.add({ years: 3 }))) return { ok: false, message: `${capitalise(name)} must be within the next 3 years` };
  const startId = HOLIDAY_END_STARTS[question.id];
  const start = startId ? parseIsoDate(answers[startId] ?? '') : undefined;
  if (start && isBefore(date, start)) return { ok: false, message: 'The last day of the holiday must be the same as or after the first day' };
  const letter = question.id === 'board_decision_received' ? parseIsoDate(answers['board_decision_letter'] ?? '') : undefined;
  if (letter && isBefore(date, letter)) return { ok: false, message: 'The day it reached you must be the same as or after the date on the board\'s letter' };
  return { ok: true, value: date.toString() };
}

export type DatePart = 'day' | 'month' | 'year';
export interface DatePartsProblem {
  message: string;
  /** The boxes to highlight; the first is the one the error summary links to. */
  parts: DatePart[];
}

/**
 * Turns the day, month and year boxes of a date question into one YYYY-MM-DD value, or says what is
 * wrong in GOV.UK's words, naming only the boxes that need fixing. `empty` when all three are blank.
 */
export function dateFromParts(day: unknown, month: unknown, year: unknown, name = 'the date'): string | DatePartsProblem | 'empty' {
  const parts = [day, month, year].map((p) => (typeof p === 'string' ? p.trim() : ''));
  const [d = '', m = '', y = ''] = parts;
  if (parts.every((p) => p === '')) return 'empty';
  const Name = capitalise(name);
  const missing = (['day', 'month', 'year'] as const).filter((_, i) => parts[i] === '');
  if (missing.length > 0) return { message: `${Name} must include a ${missing.join(' and a ')}`, parts: [...missing] };
  const notNumbers = (['day', 'month', 'year'] as const).filter((_, i) => !/^\d+$/.test(parts[i] ?? ''));
  if (notNumbers.length > 0) return { message: `${Name} must be a real date, using numbers, for example 12 3 2026`, parts: [...notNumbers] };
  if (y.length !== 4) return { message: 'Year must include 4 numbers', parts: ['year'] };
  const dn = Number(d);
  const mn = Number(m);
  if (mn < 1 || mn > 12 || d.length > 2 || m.length > 2) return { message: `${Name} must be a real date`, parts: mn < 1 || mn > 12 || m.length > 2 ? ['month'] : ['day'] };
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  if (dn < 1 || !parseIsoDate(iso)) return { message: `${Name} must be a real date`, parts: ['day'] };
  return iso;
}
