// Factsheets and content pages: Markdown with a strict, zod-checked front matter, loaded and
// rendered once at start-up. A bad file stops start-up with the file and field named.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { z } from 'zod';
import {
  factsheetFrontMatterSchema,
  pageFrontMatterSchema,
  type FactsheetGroup,
} from './front-matter.js';
import { renderMarkdown, type Heading } from './markdown.js';
import { readYamlFrontMatter, type FrontMatterFile } from './yaml-front-matter.js';
import { insertProfileValues } from './profile-values.js';
import type { ServiceProfile } from '../services/service-profile.js';
import { describeProblems } from '../zod-problems.js';

export { FACTSHEET_GROUPS, factsheetFrontMatterSchema, pageFrontMatterSchema, type FactsheetGroup } from './front-matter.js';
export type { Heading } from './markdown.js';

export interface RenderedDocument {
  slug: string;
  title: string;
  summary: string;
  /** ISO date, e.g. "2026-11-24". */
  lastReviewed: string;
  html: string;
  /** Level-2 headings; templates show them as a contents list on long pages. */
  contents: Heading[];
}

export interface Factsheet extends RenderedDocument {
  order: number;
  group: FactsheetGroup;
  related: string[];
}

export interface SiteContent {
  /** Sorted by `order`, then title. */
  factsheets: Factsheet[];
  /** content/pages/*.md by slug, e.g. "accessibility". */
  pages: Map<string, RenderedDocument>;
}

export class ContentError extends Error {
  override name = 'ContentError';
}

interface SourceFile<T> {
  file: string;
  slug: string;
  data: T;
  body: string;
}

function readSource<T extends z.ZodType>(file: string, schema: T): SourceFile<z.output<T>> {
  let parsed: FrontMatterFile;
  try {
    parsed = readYamlFrontMatter(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ContentError(`${file}: ${(error as Error).message}`, { cause: error });
  }
  const result = schema.safeParse(parsed.data);
  if (!result.success) {
    throw new ContentError(`${file}: ${describeProblems(result.error)}`);
  }
  return { file, slug: basename(file, '.md'), data: result.data, body: parsed.body };
}

function markdownFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(dir, name));
}

function render(source: SourceFile<unknown>, factsheetSlugs: Set<string>, profile: ServiceProfile) {
  const filled = insertProfileValues(source.body, profile);
  const rendered = renderMarkdown(filled.text);
  const problems = [...filled.problems, ...rendered.problems];
  for (const href of rendered.links) {
    const target = /^\/factsheets\/([^/?#]+)/.exec(href)?.[1];
    if (target && !factsheetSlugs.has(target)) problems.push(`link "${href}": there is no factsheet called "${target}"`);
  }
  if (problems.length > 0) throw new ContentError(`${source.file}: ${problems.join('; ')}`);
  return rendered;
}

/** The Markdown files as read and checked, before any profile's names are filled in. */
export interface SiteSources {
  sheetSources: SourceFile<z.output<typeof factsheetFrontMatterSchema>>[];
  pageSources: SourceFile<z.output<typeof pageFrontMatterSchema>>[];
  slugs: Set<string>;
}

/**
 * Reads and checks content/factsheets/*.md and content/pages/*.md from `contentDir` once; each
 * profile's copy is then rendered from these (renderSiteContent), without reading the files again.
 */
export function readSiteSources(contentDir: string): SiteSources {
  const sheetSources = markdownFiles(join(contentDir, 'factsheets')).map((file) => readSource(file, factsheetFrontMatterSchema));
  const pageSources = markdownFiles(join(contentDir, 'pages')).map((file) => readSource(file, pageFrontMatterSchema));
  const slugs = new Set(sheetSources.map((s) => s.slug));

  for (const source of sheetSources) {
    for (const related of source.data.related) {
      if (!slugs.has(related)) throw new ContentError(`${source.file}: field "related": there is no factsheet called "${related}"`);
      if (related === source.slug) throw new ContentError(`${source.file}: field "related": a factsheet cannot be related to itself`);
    }
  }
  return { sheetSources, pageSources, slugs };
}

/** Renders the factsheets and pages with the local service's names from `profile` in place of {{service}} and the other placeholders. */
export function renderSiteContent({ sheetSources, pageSources, slugs }: SiteSources, profile: ServiceProfile): SiteContent {
  const factsheets: Factsheet[] = sheetSources
    .map((source) => {
      const { html, contents } = render(source, slugs, profile);
      return {
        slug: source.slug,
        title: source.data.title,
        summary: source.data.summary,
        lastReviewed: source.data.last_reviewed,
        order: source.data.order,
        group: source.data.group,
        related: source.data.related,
        html,
        contents,
      };
    })
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));

  const pages = new Map<string, RenderedDocument>();
  for (const source of pageSources) {
    const { html, contents } = render(source, slugs, profile);
    pages.set(source.slug, {
      slug: source.slug,
      title: source.data.title,
      summary: source.data.summary,
      lastReviewed: source.data.last_reviewed,
      html,
      contents,
    });
  }
  return { factsheets, pages };
}

/** Reads and renders the content for one profile (tests, and anything that needs a single profile). */
export function loadSiteContent(contentDir: string, profile: ServiceProfile): SiteContent {
  return renderSiteContent(readSiteSources(contentDir), profile);
}
