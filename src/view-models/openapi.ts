// An OpenAPI 3.1 description of the JSON API, generated from the same zod schema that validates it.
import { z } from 'zod';
import { ACTORS, DEADLINE_IDS, DEADLINE_STATUSES, FIRST_ACTION_REASONS, KEY_FACTS, ROUTES, URGENCIES, situationSchema } from '../rules/index.js';

const actor = z.enum(ACTORS);
const urgency = z.enum(URGENCIES).describe('act_today (possibly late, a missed duty, or due today or tomorrow), this_week (7 days or fewer), soon (28 or fewer), later, passed, none (paused, met or in force)');

const stepSchema = z.object({
  route: z.enum(ROUTES),
  track: z.enum(['sequence', 'alongside', 'fallback']).describe('sequence: a numbered step in the order the law requires; alongside: can run at the same time; fallback: if the steps do not work'),
  step: z.number().int().nullable().describe('1, 2, 3… for sequence steps'),
  runs_with_step: z.number().int().nullable().describe('for alongside routes: the step they go with; null = at any time'),
  actor: actor.describe('who does the step'),
  contact: actor.describe('who the parent contacts for it'),
  deadlines: z.array(z.enum(DEADLINE_IDS)).describe("the deadlines that belong to the step"),
});

const planSchema = z.object({
  key_facts: z
    .array(z.object({ fact: z.enum(KEY_FACTS), date: z.string().optional() }))
    .describe('facts from the situation that change the advice'),
  first_action: z
    .object({
      route: z.enum(ROUTES),
      deadline: z.enum(DEADLINE_IDS).nullable().describe('the date to lead with'),
      duties: z.array(z.enum(DEADLINE_IDS)).describe('duties of others that come with the first action'),
      contact: actor,
      urgency,
      reason: z.enum(FIRST_ACTION_REASONS).describe(
        'first_step: step 1 in the law\'s order; act_today: a parent date to act on today; due_this_week: a parent limit ending within 7 days on a step that needs nothing before it; duty_missed: the LA missed a duty in step 1',
      ),
    })
    .describe('the one action to take first, chosen from the legal order and urgency'),
  steps: z.array(stepSchema).describe('sequence steps in order, then alongside routes, then fallbacks'),
  alert: z.enum(['act_today', 'passed']).nullable().describe('act_today: every passed parent date is only possibly late; passed: a parent date has passed'),
});

const deadlineSchema = z.object({
  what: z.enum(DEADLINE_IDS),
  date: z.string().describe('YYYY-MM-DD: the last day to act, or the day a duty runs from'),
  rule: z.string().describe('How the date was worked out, in short plain-English sentences; dates appear as YYYY-MM-DD (Ddd)'),
  source: z.string().describe('The law the date comes from'),
  ambiguous: z.boolean(),
  possibly_late: z.literal(true).optional(),
  assumption: z.string().optional(),
  owner: actor.describe('who must act by the date'),
  counts: z.enum(['by', 'from']).describe('by: due by the date; from: the duty runs from the date'),
  parent_deadline: z.boolean().describe("the parent's own date (a limit, a comment window, or the projected appeal date)"),
  paused: z.boolean().describe('tribunal_appeal while a mediation certificate is pending (rules-table §3.2, §3.4)'),
  status: z
    .enum(DEADLINE_STATUSES)
    .describe("as of as_of. The parent's: due, possibly_late, passed, paused. Others' duties: due, met, met_late, missed, in_force"),
  days_from_as_of: z.number().int().describe('date minus as_of in calendar days'),
  late_by_days: z.number().int().optional().describe('for missed or met_late duties'),
  latest_date: z.string().optional().describe('for a parent deadline with a later reading: the last day any reading allows'),
  start_may_be_earlier: z.literal(true).optional().describe('counted from the day the decision arrived because its date is unknown: the real limit may end earlier'),
  urgency,
});

const outcomeSchema = z.object({
  routes: z.array(z.enum(ROUTES)),
  mediation_advice_required: z.boolean().nullable(),
  deadlines: z.array(deadlineSchema),
  out_of_time: z.boolean(),
  notes: z.array(z.string()),
  plan: planSchema,
});

const lettersSchema = z.object({
  letters: z.array(
    z.object({
      id: z.string().describe('The letter id, e.g. "chase-la"'),
      title: z.string(),
      summary: z.string(),
      routes: z.array(z.enum(ROUTES)).describe('The routes of an outcome this letter helps with'),
      sources: z.array(z.string()).describe('The law the letter relies on'),
      last_reviewed: z.string().describe('YYYY-MM-DD: when the wording was last checked'),
      path: z.string().describe('The letter page; add the questionnaire answers as the query string. Personal details are sent to it by POST only'),
    }),
  ),
});

const errorsSchema = z.object({
  errors: z.array(z.object({ path: z.string(), message: z.string() })),
});

export function buildOpenApiDocument(): Record<string, unknown> {
  const json = (schema: z.ZodType, io: 'input' | 'output') => ({
    'application/json': { schema: z.toJSONSchema(schema, { io, unrepresentable: 'any' }) },
  });
  return {
    openapi: '3.1.0',
    info: {
      title: 'SEND Next Steps API',
      version: '1.0.0',
      description:
        'Maps a SEND situation in England to the routes open to the parent or young person and every deadline, counted as the law counts them. Not legal advice.',
    },
    paths: {
      '/api/v1/next-steps': {
        post: {
          summary: 'Routes and deadlines for a situation',
          requestBody: { required: true, content: json(situationSchema, 'input') },
          responses: {
            '200': { description: 'The outcome', content: json(outcomeSchema, 'output') },
            '400': { description: 'Every problem with the situation', content: json(errorsSchema, 'output') },
            '413': { description: 'The body is larger than 32 KB' },
          },
        },
      },
      '/api/v1/letters': {
        get: {
          summary: 'The letters the site can fill in, and the routes each serves',
          responses: { '200': { description: 'Every letter', content: json(lettersSchema, 'output') } },
        },
      },
    },
  };
}
