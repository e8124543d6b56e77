// The front matter a factsheet or content page must have. Strict: an unknown or misspelt key is an
// error, so a typo cannot silently drop a field.
import { z } from 'zod';
import { parseIsoDate } from '../dates/index.js';

const QUOTED_DATE = 'must be a real date in quotes, such as "2026-11-24"';

// gray-matter turns an unquoted 2026-11-24 into a Date object: the string type rejects it.
export const isoDateString = z
  .string({ error: QUOTED_DATE })
  .regex(/^\d{4}-\d{2}-\d{2}$/, QUOTED_DATE)
  .refine((iso) => parseIsoDate(iso) !== null, QUOTED_DATE);

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a factsheet file name without .md, such as "tribunal-appeals"');

export const FACTSHEET_GROUPS = ['start', 'support', 'routes', 'exclusions', 'reference'] as const;
export type FactsheetGroup = (typeof FACTSHEET_GROUPS)[number];

export const pageFrontMatterSchema = z
  .object({
    title: z.string().trim().min(3, 'must be at least 3 characters'),
    summary: z.string().trim().min(10, 'must be one or two sentences'),
    last_reviewed: isoDateString,
  })
  .strict();

export const factsheetFrontMatterSchema = pageFrontMatterSchema
  .extend({
    order: z.number().int('must be a whole number'),
    group: z.enum(FACTSHEET_GROUPS),
    related: z.array(slug).default([]),
  })
  .strict();

export type PageFrontMatter = z.output<typeof pageFrontMatterSchema>;
export type FactsheetFrontMatter = z.output<typeof factsheetFrontMatterSchema>;
