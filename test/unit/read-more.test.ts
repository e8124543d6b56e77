// "Read more about your situation": every factsheet it names exists, and every factsheet that
// explains a situation (issue 12's new ones) is reachable from the next-steps page.
import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../src/content/factsheets.js';
import { EVENTS, ROUTES } from '../../src/rules/index.js';
import { loadServiceProfile } from '../../src/services/service-profile.js';
import { ROUTE_WORDING } from '../../src/view-models/outcome-wording.js';
import { EVENT_FACTSHEETS, readMoreLinks } from '../../src/view-models/read-more.js';
import { contentDir } from '../support/app.js';

const content = loadSiteContent(contentDir, loadServiceProfile(contentDir, 'milton-keynes'));
const slugs = new Set(content.factsheets.map((f) => f.slug));
const readMoreFor = readMoreLinks(content);

describe('read more about your situation', () => {
  it('names only factsheets that exist, at least one for every event', () => {
    for (const event of EVENTS) {
      expect(EVENT_FACTSHEETS[event].length, event).toBeGreaterThan(0);
      for (const slug of EVENT_FACTSHEETS[event]) expect(slugs, `${event}: ${slug}`).toContain(slug);
      expect(readMoreFor(event, false)).toHaveLength(EVENT_FACTSHEETS[event].length);
    }
  });

  it("puts the young person's own factsheet first when they are the one asking", () => {
    expect(readMoreFor('la_ceased_plan', true).map((l) => l.href)).toEqual(['/factsheets/young-people', '/factsheets/ehc-plans-and-reviews']);
    expect(readMoreFor('annual_review', false)[0]).toEqual({ href: '/factsheets/annual-reviews', title: expect.stringMatching(/annual review/i) });
  });

  it('links every factsheet about a situation from a plan step or from this list', () => {
    const linked = new Set([...ROUTES.map((r) => ROUTE_WORDING[r].factsheet), ...Object.values(EVENT_FACTSHEETS).flat(), 'young-people']);
    const situationSheets = ['sen-support', 'ehc-needs-assessment', 'annual-reviews', 'naming-a-school', 'young-people', 'ombudsman', 'school-transport', 'children-out-of-school', 'personal-budgets', 'judicial-review-and-legal-aid', 'health-and-social-care'];
    for (const slug of situationSheets) expect(linked, slug).toContain(slug);
  });
});
