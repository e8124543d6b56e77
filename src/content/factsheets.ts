// Factsheets and content pages: Markdown with a strict, zod-checked front matter, loaded and
// rendered once at start-up. A bad file stops start-up with the file and field named.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import matter from 'gray-matter';
import { Marked, type Tokens } from 'marked';
import { z } from 'zod';

const isoDateString = z
  .string({ error: 'must be a quoted date such as "2026-11-24"' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a quoted date such as "2026-11-24"');

export const FACTSHEET_GROUPS = ['start', 'routes', 'exclusions', 'reference'] as const;

export const factsheetFrontMatterSchema = z
  .object({
    title: z.string().min(3),
    summary: z.string().min(10),
    last_reviewed: isoDateString,
    order: z.number().int(),
    group: z.enum(FACTSHEET_GROUPS),
    related: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
  })
  .strict();

export const pageFrontMatterSchema = z
  .object({ title: z.string().min(3), summary: z.string().min(10), last_reviewed: isoDateString })
  .strict();

export interface Heading {
  id: string;
  text: string;
}

export interface RenderedDocument {
  slug: string;
  title: string;
  summary: string;
  lastReviewed: string;
  html: string;
  contents: Heading[];
}

export interface Factsheet extends RenderedDocument {
  order: number;
  group: (typeof FACTSHEET_GROUPS)[number];
  related: string[];
}

export interface SiteContent {
  factsheets: Factsheet[];
  pages: Map<string, RenderedDocument>;
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/&[a-z]+;/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** marked with GOV.UK classes; raw HTML in Markdown is shown as text, never rendered. */
function renderMarkdown(markdown: string): { html: string; contents: Heading[] } {
  const contents: Heading[] = [];
  const marked = new Marked({
    gfm: true,
    renderer: {
      html({ text }: Tokens.HTML | Tokens.Tag) {
        return escapeHtml(text);
      },
      heading({ tokens, depth }: Tokens.Heading) {
        const inner = this.parser.parseInline(tokens);
        const id = slugify(inner);
        if (depth === 2) contents.push({ id, text: inner.replace(/<[^>]*>/g, '') });
        const size = depth <= 2 ? 'l' : depth === 3 ? 'm' : 's';
        return `<h${depth} class="govuk-heading-${size}" id="${id}">${inner}</h${depth}>\n`;
      },
      paragraph({ tokens }: Tokens.Paragraph) {
        return `<p class="govuk-body">${this.parser.parseInline(tokens)}</p>\n`;
      },
      list(token: Tokens.List) {
        const tag = token.ordered ? 'ol' : 'ul';
        const items = token.items.map((item) => `<li>${this.parser.parse(item.tokens)}</li>`).join('');
        return `<${tag} class="govuk-list govuk-list--${token.ordered ? 'number' : 'bullet'}">${items}</${tag}>\n`;
      },
      link({ href, title, tokens }: Tokens.Link) {
        const text = this.parser.parseInline(tokens);
        const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
        return `<a class="govuk-link" href="${escapeHtml(href)}"${titleAttr}>${text}</a>`;
      },
      table(token: Tokens.Table) {
        const head = token.header.map((cell) => `<th scope="col" class="govuk-table__header">${this.parser.parseInline(cell.tokens)}</th>`).join('');
        const rows = token.rows
          .map((row) => `<tr class="govuk-table__row">${row.map((cell) => `<td class="govuk-table__cell">${this.parser.parseInline(cell.tokens)}</td>`).join('')}</tr>`)
          .join('');
        return `<table class="govuk-table"><thead class="govuk-table__head"><tr class="govuk-table__row">${head}</tr></thead><tbody class="govuk-table__body">${rows}</tbody></table>\n`;
      },
      blockquote({ tokens }: Tokens.Blockquote) {
        return `<div class="govuk-inset-text">${this.parser.parse(tokens)}</div>\n`;
      },
    },
  });
  const html = marked.parse(markdown, { async: false });
  return { html, contents };
}

function readDocument<T extends z.ZodType>(file: string, schema: T): { data: z.output<T>; body: string } {
  const parsed = matter(readFileSync(file, 'utf8'));
  const result = schema.safeParse(parsed.data);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `field "${i.path.join('.') || '(front matter)'}": ${i.message}`).join('; ');
    throw new Error(`${file}: ${problems}`);
  }
  return { data: result.data, body: parsed.content };
}

function markdownFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => join(dir, name));
  } catch {
    return [];
  }
}

/** Loads content/factsheets/*.md and content/pages/*.md from `contentDir`. */
export function loadSiteContent(contentDir: string): SiteContent {
  const factsheets: Factsheet[] = markdownFiles(join(contentDir, 'factsheets')).map((file) => {
    const { data, body } = readDocument(file, factsheetFrontMatterSchema);
    const { html, contents } = renderMarkdown(body);
    return {
      slug: basename(file, '.md'),
      title: data.title,
      summary: data.summary,
      lastReviewed: data.last_reviewed,
      order: data.order,
      group: data.group,
      related: data.related,
      html,
      contents,
    };
  });
  const slugs = new Set(factsheets.map((f) => f.slug));
  for (const sheet of factsheets) {
    for (const related of sheet.related) {
      if (!slugs.has(related)) {
        throw new Error(`${join(contentDir, 'factsheets', `${sheet.slug}.md`)}: field "related": no factsheet called "${related}"`);
      }
    }
  }
  factsheets.sort((a, b) => a.order - b.order);

  const pages = new Map<string, RenderedDocument>();
  for (const file of markdownFiles(join(contentDir, 'pages'))) {
    const { data, body } = readDocument(file, pageFrontMatterSchema);
    const { html, contents } = renderMarkdown(body);
    const slug = basename(file, '.md');
    pages.set(slug, { slug, title: data.title, summary: data.summary, lastReviewed: data.last_reviewed, html, contents });
  }
  return { factsheets, pages };
}
