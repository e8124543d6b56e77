// The answers live in the URL: reading them from a request, and the headers every page built from
// them carries. Shared by the questionnaire and the letters.
import type { Request, Response } from 'express';
import { CHECK_PAGE, HELP_PAGE } from '../questionnaire/flow.js';

export type Query = Record<string, string>;

/**
 * Repeated parameters (checkboxes) become one comma-separated value; anything odd becomes a string.
 * A link pasted from an e-mail often has "&amp;" for "&": the "amp;" is dropped from the name.
 */
export function flatQuery(req: Request): Query {
  const flat: Query = {};
  for (const [rawKey, value] of Object.entries(req.query as Record<string, unknown>)) {
    const key = rawKey.replace(/^(amp;)+/, '');
    if (key.length > 60) continue;
    const text = Array.isArray(value) ? value.map(String).join(',') : String(value ?? '');
    flat[key] = flat[key] && key !== rawKey ? `${flat[key]},${text}` : text;
  }
  return flat;
}

/** Pages built from answers are never cached or indexed. */
export function privatePage(res: Response): void {
  res.set({ 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' });
}

export const isEndPage = (id: string): boolean => id === CHECK_PAGE || id === HELP_PAGE;

/** Where the questionnaire asks `id` (a question, or Check your answers / the help page). */
export const questionUrl = (id: string, qs: string): string => (isEndPage(id) ? `/next-steps/${id}?${qs}` : `/next-steps/question/${id}?${qs}`);
