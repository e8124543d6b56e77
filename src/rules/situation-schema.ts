// The Situation exactly as on the wire (domain.md), validated with zod. Unknown keys are ignored.
import { z } from 'zod';
import { daysBetween, parseIsoDate, type PlainDate } from '../dates/index.js';
import {
  AGREEMENT_TERMS,
  BOARD_DECISION_SENT_BY,
  DATE_KEYS,
  EVENTS,
  ORDER_TYPES,
  PLAN_SECTIONS,
  PROVIDER_TYPES,
  SETTINGS,
  TRANSFER_KINDS,
  TRIBUNAL_CASE_TYPES,
  WHO,
  type DateKey,
} from './vocabulary.js';

const listOf = (values: readonly string[]): string => values.map((v) => `"${v}"`).join(', ');

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Earlier years are typing slips (0000, 0206): no SEND decision a parent could act on is that old. */
const EARLIEST_YEAR = 1900;

const isoDate = z
  .string({ error: 'must be a date written as YYYY-MM-DD' })
  .regex(ISO_DATE, 'must be a date written as YYYY-MM-DD')
  .superRefine((text, ctx) => {
    if (!ISO_DATE.test(text)) return;
    if (Number(text.slice(0, 4)) < EARLIEST_YEAR) {
      ctx.addIssue({ code: 'custom', message: `has the year ${text.slice(0, 4)}: check the year and write all four digits, such as 2026` });
    } else if (parseIsoDate(text) === null) {
      ctx.addIssue({ code: 'custom', message: 'is not a real calendar date (check the day and month)' });
    }
  });

/** A school's holidays over a few school years fit easily; more is not a real timetable. */
export const MAX_SCHOOL_HOLIDAY_RANGES = 40;
/**
 * One range may cover at most ten years: longer is a typing slip in a year (2026 → 2062). A range
 * whose end is before its start is not an error: it contains no day (rules-table §5.16, B23).
 */
export const MAX_SCHOOL_HOLIDAY_DAYS = 3_660;

const schoolHolidayRange = z
  .tuple([isoDate, isoDate], { error: 'must be a pair of dates [start, end]' })
  .superRefine(([startText, endText], ctx) => {
    const start = parseIsoDate(startText);
    const end = parseIsoDate(endText);
    if (!start || !end) return;
    const days = daysBetween(start, end) + 1;
    if (days > MAX_SCHOOL_HOLIDAY_DAYS) {
      ctx.addIssue({ code: 'custom', message: `covers ${days} days: one holiday range may cover at most ${MAX_SCHOOL_HOLIDAY_DAYS} days, about ten years (check the years)` });
    }
  });

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${listOf(values)}` });

const optionalBoolean = z.boolean({ error: 'must be true or false' }).optional();

const datesShape = Object.fromEntries(DATE_KEYS.map((key) => [key, isoDate.optional()])) as Record<
  DateKey,
  z.ZodOptional<typeof isoDate>
>;

export const situationSchema = z.object({
  who: oneOf(WHO),
  setting: oneOf(SETTINGS),
  provider_type: oneOf(PROVIDER_TYPES).optional(),
  has_ehc_plan: z.boolean({ error: 'must be true or false' }),
  event: oneOf(EVENTS),
  disagree_with: z.array(oneOf(PLAN_SECTIONS), { error: 'must be a list of plan sections' }).optional(),
  dates: z.object(datesShape, { error: 'must be an object of dates' }).optional().default({}),
  mediation_declined: optionalBoolean,
  order_type: oneOf(ORDER_TYPES).optional(),
  mediation_agreement_terms: z.array(oneOf(AGREEMENT_TERMS), { error: 'must be a list' }).optional(),
  transfer_kind: oneOf(TRANSFER_KINDS).optional(),
  tribunal_case_type: oneOf(TRIBUNAL_CASE_TYPES).optional(),
  // A list longer than the limit is cut to one range over it before its dates are read, so a long
  // list costs almost nothing to refuse.
  school_holidays: z
    .preprocess(
      (value) => (Array.isArray(value) && value.length > MAX_SCHOOL_HOLIDAY_RANGES ? value.slice(0, MAX_SCHOOL_HOLIDAY_RANGES + 1) : value),
      z
        .array(schoolHolidayRange, { error: 'must be a list of [start, end] date pairs, or null' })
        .max(MAX_SCHOOL_HOLIDAY_RANGES, `has too many ranges: send at most ${MAX_SCHOOL_HOLIDAY_RANGES} holiday ranges`)
        .nullable(),
    )
    .optional(),
  suspension_days_this_term: z
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(0, 'cannot be negative')
    .max(200, 'is more school days than a term has')
    .optional(),
  suspension_length_days: z
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(200, 'is more school days than a term has')
    .optional(),
  misses_public_exam: optionalBoolean,
  representations_made: optionalBoolean,
  disability_related: optionalBoolean,
  board_decision_sent_by: oneOf(BOARD_DECISION_SENT_BY).optional(),
  as_of: isoDate.optional(),
});

export type Situation = z.output<typeof situationSchema>;

export interface FieldProblem {
  path: string;
  message: string;
}

export type SituationCheck =
  | { ok: true; situation: Situation; asOf: PlainDate }
  | { ok: false; errors: FieldProblem[] };

function pathText(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(body)';
}

/**
 * Validates a situation and works out `as_of` (the given one, else today in London). Only types,
 * impossible dates and unknown values are errors: a date that seems to contradict another (a
 * letter dated after `as_of`, say) is left to the rules' precedences (rules-table §5.16).
 */
export function checkSituation(input: unknown, today: PlainDate): SituationCheck {
  const parsed = situationSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({
        path: pathText(issue.path),
        message: issue.path.length === 0 && issue.code === 'invalid_type' ? 'the body must be a JSON object' : issue.message,
      })),
    };
  }
  const situation = parsed.data;
  const asOf = situation.as_of ? (parseIsoDate(situation.as_of) as PlainDate) : today;
  return { ok: true, situation, asOf };
}
