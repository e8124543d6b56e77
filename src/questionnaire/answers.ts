// Checking one answer: returns its canonical URL value, or a message saying what to do.
import { z } from 'zod';
import { isAfter, isBefore, isoDate, parseIsoDate, type PlainDate } from '../dates/index.js';
import { eventsForTopic, type Answers } from './flow.js';
import { QUESTION_BY_ID, TOPICS, type Option, type Question } from './questions.js';

export const UNKNOWN_DATE = 'unknown';
/** Dates that may lie ahead: the move to a new school. */
const FUTURE_DATES_ALLOWED = new Set(['transfer', 'holiday_start', 'holiday_end', 'suspension_starts', 'exclusion_starts']);
const EARLIEST = isoDate('2000-01-01');

export type AnswerCheck = { ok: true; value: string } | { ok: false; message: string };

export function optionsFor(question: Question, answers: Answers): Option[] {
  if (question.id !== 'event') return question.options ?? [];
  const topic = answers['topic'];
  return topic && topic in TOPICS ? (TOPICS[topic]?.events ?? []) : [];
}

const single = z.string().max(60);

export function checkAnswer(id: string, raw: unknown, answers: Answers, today: PlainDate): AnswerCheck {
  const question = QUESTION_BY_ID.get(id);
  if (!question) return { ok: false, message: 'This question does not exist' };
  const parsed = single.safeParse(Array.isArray(raw) ? raw.join(',') : raw);
  if (!parsed.success || parsed.data === '') return { ok: false, message: question.required };
  const text = parsed.data;
  switch (question.kind) {
    case 'radios': {
      const allowed = question.id === 'event' ? eventsForTopic(answers['topic']) : optionsFor(question, answers).map((o) => o.value);
      return allowed.includes(text as never) ? { ok: true, value: text } : { ok: false, message: question.required };
    }
    case 'checkboxes': {
      const values = text.split(',').filter(Boolean);
      const allowed = new Set(optionsFor(question, answers).map((o) => o.value));
      if (values.length === 0 || values.some((v) => !allowed.has(v))) return { ok: false, message: question.required };
      const ordered = [...allowed].filter((v) => values.includes(v));
      return { ok: true, value: ordered.join(',') };
    }
    case 'number': {
      if (!/^\d{1,3}$/.test(text)) return { ok: false, message: question.required };
      const n = Number(text);
      if (n < (question.min ?? 0) || n > (question.max ?? 999)) {
        return { ok: false, message: `Enter a number from ${question.min ?? 0} to ${question.max ?? 999}` };
      }
      return { ok: true, value: String(n) };
    }
    case 'date':
      return checkDate(question, text, today);
  }
}

function checkDate(question: Question, text: string, today: PlainDate): AnswerCheck {
  if (text === UNKNOWN_DATE) return { ok: true, value: UNKNOWN_DATE };
  const date = parseIsoDate(text);
  if (!date) return { ok: false, message: `${question.required}. It must be a real date, for example 12 3 2026` };
  if (isBefore(date, EARLIEST)) return { ok: false, message: 'The date must be in the year 2000 or later' };
  if (!FUTURE_DATES_ALLOWED.has(question.id) && isAfter(date, today)) {
    return { ok: false, message: 'The date cannot be in the future' };
  }
  if (isAfter(date, today.add({ years: 3 }))) return { ok: false, message: 'The date must be within the next 3 years' };
  return { ok: true, value: date.toString() };
}

/** Turns the day, month and year boxes of a date question into one YYYY-MM-DD value. */
export function dateFromParts(day: unknown, month: unknown, year: unknown): string | { message: string } {
  const parts = [day, month, year].map((p) => (typeof p === 'string' ? p.trim() : ''));
  const [d, m, y] = parts;
  if (parts.every((p) => p === '')) return { message: 'empty' };
  if (!d) return { message: 'The date must include a day' };
  if (!m) return { message: 'The date must include a month' };
  if (!y) return { message: 'The date must include a year' };
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) {
    return { message: 'Enter the date using numbers, for example 12 3 2026' };
  }
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}
