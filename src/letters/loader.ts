// Letters: Markdown with {{placeholders}}, loaded once at start-up and checked strictly, like the
// factsheets. A placeholder the letter cannot have, Markdown a letter cannot print (headings,
// links, tables, formatting) or a bad front matter stops start-up with the file named.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readYamlFrontMatter, type FrontMatterFile } from '../content/yaml-front-matter.js';
import { Lexer, type Token } from 'marked';
import { describeProblems } from '../zod-problems.js';
import { ALWAYS_KNOWN, allowedPlaceholders, PLACEHOLDER, type LetterId, type Recipient } from './catalogue.js';
import { letterFrontMatterSchema } from './front-matter.js';
import type { RouteId } from '../rules/vocabulary.js';

export class LetterContentError extends Error {
  override name = 'LetterContentError';
}

export interface LetterBlock {
  kind: 'paragraph' | 'bullet';
  /** Plain text with {{placeholders}}. */
  text: string;
}

export interface LetterTemplate {
  id: LetterId;
  title: string;
  summary: string;
  routes: RouteId[];
  to: Recipient;
  subject: string;
  sources: string[];
  howToSend: string[];
  whatNext: string[];
  lastReviewed: string;
  blocks: LetterBlock[];
}

export type LetterLibrary = LetterTemplate[];

function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

function inlineText(token: Token, problems: string[]): string {
  const inner = (token as { tokens?: Token[] }).tokens ?? [];
  for (const t of inner) {
    if (t.type !== 'text' && t.type !== 'escape') problems.push(`"${t.raw.trim()}": a letter is plain text, so leave out Markdown ${t.type} formatting`);
  }
  return (token as { text: string }).text.replace(/\s*\n\s*/g, ' ').trim();
}

function blocksOf(body: string, problems: string[]): LetterBlock[] {
  const blocks: LetterBlock[] = [];
  for (const token of new Lexer().lex(body)) {
    if (token.type === 'space') continue;
    if (token.type === 'paragraph') blocks.push({ kind: 'paragraph', text: inlineText(token, problems) });
    else if (token.type === 'list' && !token.ordered) {
      for (const item of token.items) {
        const [first, ...rest] = item.tokens.filter((t: Token) => t.type !== 'space');
        if (!first || rest.length > 0 || first.type !== 'text') problems.push(`list item "${item.raw.trim()}": keep each point to one line of text`);
        else blocks.push({ kind: 'bullet', text: inlineText(first, problems) });
      }
    } else problems.push(`"${token.raw.trim().slice(0, 40)}": a letter has only paragraphs and "- " bullet points, not a ${token.type}`);
  }
  return blocks;
}

export function loadLetterFile(file: string): LetterTemplate {
  let parsed: FrontMatterFile;
  try {
    parsed = readYamlFrontMatter(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new LetterContentError(`${file}: ${(error as Error).message}`, { cause: error });
  }
  const result = letterFrontMatterSchema.safeParse(parsed.data);
  if (!result.success) throw new LetterContentError(`${file}: ${describeProblems(result.error)}`);
  const data = result.data;
  if (data.id !== basename(file, '.md')) throw new LetterContentError(`${file}: field "id" must be "${basename(file, '.md')}", the file's name`);

  const problems: string[] = [];
  const blocks = blocksOf(parsed.body, problems);
  if (blocks.length === 0) problems.push('the letter has no text');
  const allowed = allowedPlaceholders(data.id);
  const check = (where: string, text: string, known: Set<string>) => {
    for (const name of placeholdersIn(text)) {
      if (!known.has(name)) problems.push(`${where}: unknown placeholder {{${name}}}; this letter can use ${[...known].map((k) => `{{${k}}}`).join(', ')}`);
    }
    if (/\{\{|\}\}/.test(text.replace(PLACEHOLDER, ''))) problems.push(`${where}: a placeholder is not closed or not written like {{child_name}}`);
  };
  check('subject', data.subject, ALWAYS_KNOWN);
  blocks.forEach((b) => check('letter text', b.text, allowed));
  data.how_to_send.forEach((t) => check('how_to_send', t, allowed));
  data.what_next.forEach((t) => check('what_next', t, allowed));
  if (problems.length > 0) throw new LetterContentError(`${file}: ${problems.join('; ')}`);

  return {
    id: data.id,
    title: data.title,
    summary: data.summary,
    routes: data.routes,
    to: data.to,
    subject: data.subject,
    sources: data.sources,
    howToSend: data.how_to_send,
    whatNext: data.what_next,
    lastReviewed: data.last_reviewed,
    blocks,
  };
}

/** Loads content/letters/*.md from `contentDir`, sorted by file name. Missing folder: no letters. */
export function loadLetters(contentDir: string): LetterLibrary {
  const dir = join(contentDir, 'letters');
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names.filter((n) => n.endsWith('.md')).sort().map((n) => loadLetterFile(join(dir, n)));
}
