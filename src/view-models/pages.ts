import type { Factsheet, SiteContent } from '../content/factsheets.js';

const GROUP_TITLES: Record<Factsheet['group'], string> = {
  start: 'Start here',
  routes: 'Ways to sort out a disagreement',
  exclusions: 'Exclusions and discrimination',
  reference: 'Words and abbreviations',
};

export function homePageModel(content: SiteContent) {
  const groups = (Object.keys(GROUP_TITLES) as Factsheet['group'][])
    .map((group) => ({ title: GROUP_TITLES[group], factsheets: content.factsheets.filter((f) => f.group === group) }))
    .filter((g) => g.factsheets.length > 0);
  return { groups };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function reviewedInWords(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

export function factsheetPageModel(content: SiteContent, sheet: Factsheet) {
  const bySlug = new Map(content.factsheets.map((f) => [f.slug, f]));
  return {
    sheet,
    reviewed: reviewedInWords(sheet.lastReviewed),
    showContents: sheet.contents.length >= 4,
    related: sheet.related.flatMap((slug) => {
      const f = bySlug.get(slug);
      return f ? [{ slug, title: f.title }] : [];
    }),
  };
}
