// An OpenAPI 3.1 description of the JSON API, generated from the same zod schema that validates it.
import { z } from 'zod';
import { DEADLINE_IDS, ROUTES, situationSchema } from '../rules/index.js';

const deadlineSchema = z.object({
  what: z.enum(DEADLINE_IDS),
  date: z.string().describe('YYYY-MM-DD: the last day to act, or the day a duty runs from'),
  rule: z.string().describe('How the date was worked out, in words'),
  source: z.string().describe('The law the date comes from'),
  ambiguous: z.boolean(),
  possibly_late: z.literal(true).optional(),
  assumption: z.string().optional(),
});

const outcomeSchema = z.object({
  routes: z.array(z.enum(ROUTES)),
  mediation_advice_required: z.boolean().nullable(),
  deadlines: z.array(deadlineSchema),
  out_of_time: z.boolean(),
  notes: z.array(z.string()),
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
