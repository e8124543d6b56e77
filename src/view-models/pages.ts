// Template-ready objects for the pages that do not depend on the request (home, factsheets,
// content pages). Every path here is also the page's `pagePath`, printed on paper copies.
import type { Factsheet, FactsheetGroup, RenderedDocument, SiteContent } from '../content/factsheets.js';
import { dateInWords } from './layout.js';

const GROUP_TITLES: Record<FactsheetGroup, string> = {
  start: 'Start here',
  support: 'Getting the right help at school, college and home',
  routes: 'Ways to sort out a disagreement',
  exclusions: 'Exclusions and discrimination',
  reference: 'Words and abbreviations',
};

/** A long page gets a contents list. */
export const CONTENTS_LIST_MIN_HEADINGS = 4;

export const factsheetPath = (slug: string): string => `/factsheets/${slug}`;

export interface FactsheetGroupModel {
  id: FactsheetGroup;
  title: string;
  factsheets: Array<Pick<Factsheet, 'slug' | 'title' | 'summary'> & { href: string }>;
}

export function factsheetGroups(content: SiteContent): FactsheetGroupModel[] {
  return (Object.keys(GROUP_TITLES) as FactsheetGroup[])
    .map((group) => ({
      id: group,
      title: GROUP_TITLES[group],
      factsheets: content.factsheets
        .filter((f) => f.group === group)
        .map((f) => ({ slug: f.slug, title: f.title, summary: f.summary, href: factsheetPath(f.slug) })),
    }))
    .filter((g) => g.factsheets.length > 0);
}

export function homePageModel(content: SiteContent) {
  return { groups: factsheetGroups(content), pagePath: '/' };
}

export function factsheetIndexModel(content: SiteContent) {
  return { groups: factsheetGroups(content), pagePath: '/factsheets' };
}

export function factsheetPageModel(content: SiteContent, sheet: Factsheet) {
  const bySlug = new Map(content.factsheets.map((f) => [f.slug, f]));
  return {
    sheet,
    pagePath: factsheetPath(sheet.slug),
    reviewed: dateInWords(sheet.lastReviewed),
    showContents: sheet.contents.length >= CONTENTS_LIST_MIN_HEADINGS,
    related: sheet.related.flatMap((slug) => {
      const f = bySlug.get(slug);
      return f ? [{ slug, title: f.title, href: factsheetPath(slug) }] : [];
    }),
  };
}

export function contentPageModel(page: RenderedDocument) {
  return {
    page,
    pagePath: `/${page.slug}`,
    reviewed: dateInWords(page.lastReviewed),
    showContents: page.contents.length >= CONTENTS_LIST_MIN_HEADINGS,
  };
}
