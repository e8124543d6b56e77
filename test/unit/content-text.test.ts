// What the shipped factsheets and pages must say and how: front matter, a sources section, the
// site's reading grade, no phone numbers in the text, the local service named, and each correction
// from the legal review (issue 12) in place.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteContent, type RenderedDocument } from '../../src/content/factsheets.js';
import { readingGradeOfPage } from '../../src/content/reading-grade.js';
import { loadServiceProfile } from '../../src/services/service-profile.js';
import { factsheetGroups } from '../../src/view-models/pages.js';
import { ROUTE_WORDING } from '../../src/view-models/outcome-wording.js';
import { contentDir, PROFILES } from '../support/app.js';

/** The site's plain-English bar (ux.md: a reading age of about 11). */
const MAX_GRADE = 8;
/** A list of definitions of hard words cannot itself avoid them; it is the one page left out of the grade. */
const GRADE_EXEMPT = new Set(['glossary']);

/** The factsheets issue 12 asked for, with the home-page group each belongs in and sources each must name. */
const NEW_FACTSHEETS: Record<string, { group: string; sources: RegExp[] }> = {
  'sen-support': { group: 'support', sources: [/sections 20, 66, 67, 68 and 69/, /paragraphs 6\.44 to 6\.56/] },
  'ehc-needs-assessment': { group: 'start', sources: [/sections 36, 37 and 51/, /regulations 3 to 10 and 13/] },
  'annual-reviews': { group: 'support', sources: [/regulations 18, 20, 22 and 24 to 27/, /section/] },
  'naming-a-school': { group: 'support', sources: [/sections 33, 38, 39, 40, 41, 43 and 51/] },
  'young-people': { group: 'support', sources: [/sections 45, 46, 80 and 83/, /Mental Capacity Act 2005/] },
  ombudsman: { group: 'routes', sources: [/sections 26, 26A and 26B/] },
  'school-transport': { group: 'support', sources: [/508B.*509AA.*Schedule 35B/] },
  'children-out-of-school': { group: 'exclusions', sources: [/sections 7 and 19/, /sections 42 and 61/] },
  'personal-budgets': { group: 'support', sources: [/section 49/, /Personal Budgets\) Regulations 2014/] },
  'judicial-review-and-legal-aid': { group: 'routes', sources: [/rule 54\.5/, /Schedule 1, Part 1/] },
  'health-and-social-care': { group: 'support', sources: [/sections 37, 42 and 51/, /regulation 12/] },
};

const textOf = (html: string): string =>
  html
    .replace(/<\/?(strong|em|a|span|code)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** The list after the "Where this comes from" heading, as text items. */
function sourcesOf(html: string): string[] {
  const section = /<h2[^>]*id="where-this-comes-from"[^>]*>[\s\S]*$/.exec(html)?.[0] ?? '';
  return [...section.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => textOf(m[1]!).trim());
}

const UK_PHONE = /(?<![\d.])0(?:[ -]?\d){9,10}(?!\d)/;

describe.each(PROFILES)('the shipped content with the %s profile', (profileId) => {
  const profile = loadServiceProfile(contentDir, profileId);
  const content = loadSiteContent(contentDir, profile);
  const sheet = (slug: string) => {
    const found = content.factsheets.find((f) => f.slug === slug);
    if (!found) throw new Error(`no factsheet ${slug}`);
    return found;
  };
  const page = (slug: string) => content.pages.get(slug)!;
  const text = (doc: RenderedDocument) => textOf(doc.html);
  const documents = [...content.factsheets, ...content.pages.values()];

  it('has every factsheet issue 12 asked for, in the home-page group that fits', () => {
    const groups = factsheetGroups(content);
    for (const [slug, want] of Object.entries(NEW_FACTSHEETS)) {
      expect(sheet(slug).group, slug).toBe(want.group);
      expect(groups.find((g) => g.id === want.group)?.factsheets.map((f) => f.slug), slug).toContain(slug);
      expect(sheet(slug).lastReviewed >= '2026-12-01', slug).toBe(true);
      expect(sheet(slug).summary.length, slug).toBeGreaterThan(40);
    }
  });

  it('ends every factsheet with its sources, naming the law', () => {
    for (const f of content.factsheets.filter((s) => s.slug !== 'glossary')) {
      const sources = sourcesOf(f.html);
      expect(sources.length, f.slug).toBeGreaterThan(0);
      expect(f.contents.at(-1)?.text, f.slug).toBe('Where this comes from');
      expect(sources.join(' '), f.slug).toMatch(/Act \d{4}|Regulations \d{4}|Code of Practice|Rules|guidance/);
    }
    for (const [slug, want] of Object.entries(NEW_FACTSHEETS)) {
      for (const source of want.sources) expect(sourcesOf(sheet(slug).html).join(' | '), slug).toMatch(source);
    }
  });

  it(`reads at grade ${MAX_GRADE} or lower by the site's measure`, () => {
    for (const doc of documents.filter((d) => !GRADE_EXEMPT.has(d.slug))) {
      const { grade, words } = readingGradeOfPage(doc.html);
      expect(words, doc.slug).toBeGreaterThan(100);
      expect(grade, doc.slug).toBeLessThanOrEqual(MAX_GRADE);
    }
  });

  it('has no phone numbers in the text: they come from the profile, in the contact box', () => {
    const profilePhones = JSON.stringify(profile).match(/0[0-9 ]{9,13}[0-9]/g) ?? [];
    expect(profilePhones.length).toBeGreaterThan(0);
    for (const phone of [...profilePhones, '0800 064 4488', '020 8441 1355']) expect(`Call ${phone}.`, phone).toMatch(UK_PHONE);
    for (const doc of documents) {
      expect(text(doc), doc.slug).not.toMatch(UK_PHONE);
      expect(doc.html, doc.slug).not.toMatch(/href="tel:/);
    }
    const markdown = ['factsheets', 'pages'].flatMap((dir) =>
      readdirSync(join(contentDir, dir))
        .filter((f) => f.endsWith('.md'))
        .map((f) => [f, readFileSync(join(contentDir, dir, f), 'utf8')] as const),
    );
    for (const [file, source] of markdown) expect(source, file).not.toMatch(UK_PHONE);
  });

  it('names the local service as parents know it, and leaves no placeholder behind', () => {
    const naming = `In ${profile.area}, your SENDIAS service is ${profile.short_name}`;
    for (const slug of ['getting-help', 'sen-support', 'do-i-have-to-choose', 'young-people', 'children-out-of-school']) {
      expect(text(sheet(slug)), slug).toContain(naming);
    }
    for (const doc of documents) expect(doc.html, doc.slug).not.toMatch(/\{\{|\}\}/);
  });

  describe('the corrections from the legal review', () => {
    it('mediators and advisers are trained, accredited and independent', () => {
      const mediation = text(sheet('mediation'));
      expect(mediation).toMatch(/Mediators and mediation advisers are trained and accredited/);
      expect(mediation).toMatch(/They are also independent\..*nobody who works for the LA or the Integrated Care Board \(ICB\) can be your mediator or adviser/);
      expect(text(sheet('disagreement-resolution'))).toMatch(/It is independent: the LA pays for it, but nobody employed by the LA can run it/);
      expect(text(sheet('disagreement-resolution'))).toMatch(/The people who run it are trained/);
    });

    it('says who can help you decide whether to mediate: the local service and the mediation provider', () => {
      const provider = profile.mediation_provider.name;
      expect(text(sheet('mediation'))).toContain(`${profile.short_name}, your local SENDIAS service, can help you decide whether mediation is right for you. So can the mediation adviser at ${provider}.`);
      expect(text(sheet('disagreement-resolution'))).toContain(`${profile.short_name}, your local SENDIAS service, or ${provider} can help you decide`);
      expect(text(sheet('mediation'))).toContain(`In ${profile.area}, the mediation service is ${provider}.`);
    });

    it('"Do I have to choose?" answers "Usually, no" without contradicting itself', () => {
      const choose = text(sheet('do-i-have-to-choose'));
      expect(choose).toMatch(/Usually, no Usually you do not have to choose\./);
      expect(choose).not.toMatch(/Usually, yes/);
    });

    it('gives the sixth-day duty its scope, and says the school should set and mark work', () => {
      for (const slug of ['school-exclusions', 'children-out-of-school']) {
        const exclusions = text(sheet(slug));
        expect(exclusions, slug).toMatch(/the school should set and mark work/);
        expect(exclusions, slug).not.toMatch(/school must set (and mark )?work/);
        expect(exclusions, slug).toMatch(/sixth school day/);
        expect(exclusions, slug).toMatch(/compulsory school age/);
        expect(exclusions, slug).toMatch(/more than 5 school days/);
        expect(exclusions, slug).toMatch(/straight before it/);
      }
      expect(text(sheet('school-exclusions'))).toMatch(/It does not apply to a young person over compulsory school age/);
    });

    it('cites the Code of Practice paragraphs on disagreement resolution as 11.6 to 11.10', () => {
      const sources = sourcesOf(sheet('disagreement-resolution').html).join(' ');
      expect(sources).toMatch(/paragraphs 11\.6 to 11\.10/);
      expect(sources).not.toMatch(/11\.12/);
    });

    it("says the LA's duty to state appeal rights covers every appealable decision", () => {
      expect(text(sheet('tribunal-appeals'))).toMatch(
        /Every time the LA makes a decision you can appeal, its letter must tell you about your right to appeal, the time limit, and mediation\..*This applies to every decision in the list above/,
      );
    });

    it('gives the IRP request to the arranging authority and sends later complaints to the right body', () => {
      const exclusions = text(sheet('school-exclusions'));
      expect(exclusions).toMatch(/arranging authority named in the board's letter/);
      expect(exclusions).toMatch(/A posted request counts as made on the second working day after you post it/);
      expect(exclusions).toMatch(/Ombudsman for a school run by the LA or a pupil referral unit\. For an academy, complain to the Department for Education/);
      expect(exclusions).toMatch(/first told of the head teacher's decision/);
    });

    it('privacy: who runs the site, what the logs hold and for how long, your rights and the ICO', () => {
      const privacy = text(page('privacy'));
      expect(privacy).toContain(`This website is run by ${profile.name} (${profile.short_name})`);
      expect(privacy).toMatch(/the kind of request and the page asked for, without the answers/);
      expect(privacy).toMatch(/does not hold your answers, your IP address/);
      expect(privacy).toContain(`We keep it for ${profile.log_retention_days} days, then delete it.`);
      expect(privacy).toMatch(/Your rights .*what information we hold about you.*corrected.*deleted/);
      expect(privacy).toMatch(/Information Commissioner's Office \(ICO\)/);
      expect(page('privacy').html).toContain('href="https://ico.org.uk/make-a-complaint/"');
    });

    it('accessibility: compliance status, known problems, other formats and the EHRC', () => {
      const accessibility = text(page('accessibility'));
      expect(accessibility).toMatch(/WCAG\) version 2\.2 at level AA\. We believe it is partially compliant/);
      expect(page('accessibility').contents.map((h) => h.text)).toEqual(
        expect.arrayContaining(['Known problems', 'Asking for another format', 'Enforcement']),
      );
      expect(accessibility).toContain(`If you need any page in another format, such as large print, easy read, audio, Braille or another language, contact ${profile.short_name}`);
      expect(accessibility).toMatch(/The Equality and Human Rights Commission \(EHRC\) is responsible for enforcing the accessibility regulations/);
      expect(accessibility).toMatch(/Equality Advisory and Support Service/);
      expect(text(sheet('getting-help'))).toContain(`You can ask ${profile.short_name} for any page of this site in another format`);
    });

    it('uses the revised wording on young people, health-only mediation, recommendations and NHS time limits', () => {
      expect(text(sheet('young-people'))).toMatch(/over compulsory school age and under 25/);
      expect(text(sheet('getting-help'))).toMatch(/last Friday in June .* From the next day/);
      for (const doc of documents) expect(text(doc), doc.slug).not.toMatch(/aged 16 to 25/);
      expect(text(sheet('mediation'))).toMatch(/If the mediation is only about health, the ICB arranges it, within 30 days/);
      expect(text(sheet('tribunal-appeals'))).toMatch(/must reply in writing within 5 weeks/);
      expect(text(sheet('complaints'))).toMatch(/NHS complaint within 12 months/);
      expect(text(sheet('mediation'))).toMatch(/should still give you 1 month from its date, but that is not certain/);
    });
  });
});

describe('plan steps link to the factsheet that explains them', () => {
  const content = loadSiteContent(contentDir, loadServiceProfile(contentDir, 'kent'));
  const slugs = new Set(content.factsheets.map((f) => f.slug));

  it('every route names a factsheet that exists', () => {
    for (const [route, wording] of Object.entries(ROUTE_WORDING)) expect(slugs.has(wording.factsheet), `${route} → ${wording.factsheet}`).toBe(true);
  });

  it('routes point at the new factsheets where those explain them best', () => {
    expect(ROUTE_WORDING).toMatchObject({
      talk_to_setting: { factsheet: 'sen-support' },
      make_representations: { factsheet: 'naming-a-school' },
      lgsco_complaint: { factsheet: 'ombudsman' },
      phso_complaint: { factsheet: 'ombudsman' },
      health_complaint: { factsheet: 'health-and-social-care' },
      extended_appeal_recommendations: { factsheet: 'health-and-social-care' },
      judicial_review: { factsheet: 'judicial-review-and-legal-aid' },
      legal_advice: { factsheet: 'judicial-review-and-legal-aid' },
      request_ehc_needs_assessment: { factsheet: 'ehc-needs-assessment' },
    });
  });
});
