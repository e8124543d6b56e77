// The front matter a letter must have. Strict: an unknown or misspelt key is an error.
import { z } from 'zod';
import { isoDateString } from '../content/front-matter.js';
import { ROUTES } from '../rules/vocabulary.js';
import { LETTER_IDS, RECIPIENTS } from './catalogue.js';


const sentence = z.string().trim().min(3, 'must be a sentence');

export const letterFrontMatterSchema = z
  .object({
    id: z.enum(LETTER_IDS, { error: `must be one of the letters the site can fill: ${LETTER_IDS.join(', ')}` }),
    title: z.string().trim().min(3, 'must be at least 3 characters'),
    summary: sentence,
    routes: z.array(z.enum(ROUTES, { error: 'must be route ids from the rules vocabulary, such as "chase_la"' })).min(1, 'must list at least one route'),
    to: z.enum(RECIPIENTS, { error: `must be one of ${RECIPIENTS.join(', ')}` }),
    subject: sentence,
    sources: z.array(sentence).min(1, 'must name the law the letter relies on'),
    how_to_send: z.array(sentence).min(1, 'must say how to send the letter and keep proof'),
    what_next: z.array(sentence).min(1, 'must say what happens next'),
    last_reviewed: isoDateString,
  })
  .strict();

export type LetterFrontMatter = z.output<typeof letterFrontMatterSchema>;
