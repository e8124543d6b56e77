// "Read more about your situation" on the next-steps page: the factsheets that explain the
// situation itself (not one step), so topics such as annual reviews, naming a school or the rights
// of a young person are one tap away. Content links only: the plan's steps link their own factsheet.
import type { SiteContent } from '../content/factsheets.js';
import type { EventId } from '../rules/index.js';

export const EVENT_FACTSHEETS: Record<EventId, readonly string[]> = {
  sen_support_concerns: ['sen-support', 'ehc-needs-assessment'],
  assessment_requested: ['ehc-needs-assessment'],
  la_refused_assessment: ['ehc-needs-assessment', 'sen-support'],
  la_refused_reassessment: ['annual-reviews'],
  la_refused_to_issue_plan: ['ehc-needs-assessment'],
  draft_plan_issued: ['ehc-plans-and-reviews', 'naming-a-school', 'personal-budgets'],
  final_plan_issued: ['ehc-plans-and-reviews', 'naming-a-school'],
  amended_plan_issued: ['annual-reviews', 'naming-a-school'],
  annual_review: ['annual-reviews', 'naming-a-school'],
  la_refused_to_amend: ['annual-reviews'],
  la_ceased_plan: ['ehc-plans-and-reviews', 'young-people'],
  la_delay: ['ehc-needs-assessment'],
  phase_transfer_pending: ['naming-a-school', 'annual-reviews', 'school-transport'],
  phase_transfer_delay: ['naming-a-school', 'annual-reviews'],
  provision_not_delivered: ['children-out-of-school', 'personal-budgets', 'school-transport'],
  suspension: ['school-exclusions', 'children-out-of-school'],
  permanent_exclusion: ['school-exclusions', 'children-out-of-school'],
  permanent_exclusion_upheld: ['school-exclusions', 'children-out-of-school'],
  disability_discrimination: ['disability-discrimination'],
  tribunal_order: ['tribunal-appeals'],
  tribunal_decision: ['tribunal-appeals', 'judicial-review-and-legal-aid'],
  mediation_agreement: ['mediation'],
  la_conceded_appeal: ['tribunal-appeals'],
};

/** Factsheets for a young person's own rights come first when the young person is the one asking. */
const YOUNG_PERSON_FACTSHEET = 'young-people';

export interface ReadMoreLink {
  href: string;
  title: string;
}

/** Built once per site: for an event and who is asking, the factsheet links to show. */
export function readMoreLinks(content: SiteContent): (event: EventId, youngPerson: boolean) => ReadMoreLink[] {
  const titles = new Map(content.factsheets.map((f) => [f.slug, f.title]));
  return (event, youngPerson) => {
    const slugs = [...new Set([...(youngPerson ? [YOUNG_PERSON_FACTSHEET] : []), ...EVENT_FACTSHEETS[event]])];
    return slugs.flatMap((slug) => {
      const title = titles.get(slug);
      return title ? [{ href: `/factsheets/${slug}`, title }] : [];
    });
  };
}
