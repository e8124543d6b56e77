import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadSiteContent } from '../../src/content/factsheets.js';
import { renderMarkdown } from '../../src/content/markdown.js';
import { measureReading, readingGradeOfPage, syllablesIn } from '../../src/content/reading-grade.js';
import { loadServiceProfile, serviceProfileSchema } from '../../src/services/service-profile.js';
import { contentDir, fixtureContentDir, PROFILES, rootDir } from '../support/app.js';

const mkProfile = loadServiceProfile(contentDir, 'milton-keynes');

const scratch = mkdtempSync(join(tmpdir(), 'send-content-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const GOOD_FRONT_MATTER = {
  title: 'A scratch factsheet',
  summary: 'Written by a test to check one mistake at a time.',
  last_reviewed: '2026-11-24',
  order: 1,
  group: 'start',
  related: [] as string[],
};

/** A content directory holding one factsheet (plus any others given), for one mistake at a time. */
function contentWith(name: string, frontMatter: string, body = '## Section\n\nText.\n', others: Record<string, string> = {}): string {
  const dir = join(scratch, `${name}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(join(dir, 'factsheets'), { recursive: true });
  writeFileSync(join(dir, 'factsheets', `${name}.md`), `---\n${frontMatter}---\n${body}`);
  for (const [other, text] of Object.entries(others)) writeFileSync(join(dir, 'factsheets', `${other}.md`), text);
  return dir;
}
const yamlOf = (data: Record<string, unknown>) => stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });

describe('the real factsheets and pages', () => {
  const content = loadSiteContent(contentDir, mkProfile);

  it('loads every Markdown file in content/factsheets and content/pages', () => {
    const files = (dir: string) => readdirSync(join(contentDir, dir)).filter((f) => f.endsWith('.md')).sort();
    expect(content.factsheets.map((f) => `${f.slug}.md`).sort()).toEqual(files('factsheets'));
    expect([...content.pages.keys()].map((slug) => `${slug}.md`).sort()).toEqual(files('pages'));
  });

  it('has the pages the footer links to', () => {
    expect(content.pages.has('accessibility')).toBe(true);
    expect(content.pages.has('privacy')).toBe(true);
    expect(content.factsheets.some((f) => f.slug === 'glossary')).toBe(true);
  });

  it('resolves every related link to a factsheet', () => {
    const slugs = new Set(content.factsheets.map((f) => f.slug));
    for (const sheet of content.factsheets) for (const r of sheet.related) expect(slugs.has(r), `${sheet.slug} → ${r}`).toBe(true);
  });

  it('gives every heading an id, unique within its page', () => {
    for (const doc of [...content.factsheets, ...content.pages.values()]) {
      const ids = [...doc.html.matchAll(/<h[2-6][^>]* id="([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(ids).size, doc.slug).toBe(ids.length);
      for (const heading of doc.contents) expect(ids, doc.slug).toContain(heading.id);
    }
  });

  it('never renders raw HTML from Markdown', () => {
    for (const doc of [...content.factsheets, ...content.pages.values()]) {
      expect(doc.html, doc.slug).not.toMatch(/<(script|iframe|style|img|object|embed|form)\b/i);
    }
  });
});

describe('Markdown rendering', () => {
  it('escapes raw HTML, block or inline', () => {
    const { html } = renderMarkdown('<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)> more.\n');
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;script&gt;');
  });

  it('gives headings ids and lists the level-2 ones as plain text', () => {
    const { html, contents } = renderMarkdown("## The LA's part\n\n### Detail\n\n## The LA's part\n");
    expect(contents).toEqual([
      { id: 'the-las-part', text: "The LA's part" },
      { id: 'the-las-part-2', text: "The LA's part" },
    ]);
    expect(html).toContain('id="detail"');
  });

  it('refuses links that could run code and level-1 headings', () => {
    expect(renderMarkdown('[x](javascript:alert(1))').problems).toHaveLength(1);
    expect(renderMarkdown('# Title again').problems).toHaveLength(1);
    expect(renderMarkdown('[x](https://www.gov.uk) [y](/factsheets/a) [z](mailto:a@b.org) [t](tel:01908254518)').problems).toEqual([]);
  });
});

describe('the fixture content', () => {
  const content = loadSiteContent(fixtureContentDir, mkProfile);

  it('sorts factsheets by order and keeps the front matter', () => {
    expect(content.factsheets.map((f) => f.slug)).toEqual(['fixture-long', 'fixture-short', 'glossary']);
    const long = content.factsheets[0]!;
    expect(long).toMatchObject({ group: 'start', order: 10, lastReviewed: '2026-02-28', related: ['fixture-short'] });
    expect(long.contents).toHaveLength(4);
  });
});

describe('a bad content file stops start-up, naming the file and the field', () => {
  const cases: Array<[string, Record<string, unknown>, RegExp]> = [
    ['a date that is not a date', { last_reviewed: 'soon' }, /field "last_reviewed"/],
    ['a date that does not exist', { last_reviewed: '2026-02-30' }, /field "last_reviewed"/],
    ['an unknown key', { colour: 'blue' }, /field "colour": is not a known field/],
    ['an unknown group', { group: 'misc' }, /field "group"/],
    ['an order that is not a whole number', { order: 1.5 }, /field "order"/],
    ['a missing title', { title: undefined }, /field "title"/],
    ['a related factsheet that does not exist', { related: ['no-such-factsheet'] }, /field "related".*no-such-factsheet/],
  ];

  it.each(cases)('%s', (_name, change, message) => {
    const frontMatter = yamlOf(Object.fromEntries(Object.entries({ ...GOOD_FRONT_MATTER, ...change }).filter(([, v]) => v !== undefined)));
    const dir = contentWith('scratch', frontMatter);
    expect(() => loadSiteContent(dir, mkProfile)).toThrow(/scratch\.md/);
    expect(() => loadSiteContent(dir, mkProfile)).toThrow(message);
  });

  it('an unquoted date (YAML makes it a Date object)', () => {
    const dir = contentWith('unquoted', yamlOf(GOOD_FRONT_MATTER).replace('"2026-11-24"', '2026-11-24'));
    expect(() => loadSiteContent(dir, mkProfile)).toThrow(/unquoted\.md: field "last_reviewed": must be a real date in quotes/);
  });

  it('a link to a factsheet that does not exist', () => {
    const dir = contentWith('linker', yamlOf(GOOD_FRONT_MATTER), 'See [this](/factsheets/not-written-yet).\n');
    expect(() => loadSiteContent(dir, mkProfile)).toThrow(/linker\.md: link "\/factsheets\/not-written-yet"/);
  });

  it('the committed broken fixture', () => {
    expect(() => loadSiteContent(join(rootDir, 'test/fixtures/content-broken'), mkProfile)).toThrow(/broken\.md: field "last_reviewed"/);
  });
});

describe('service profiles', () => {
  it.each(PROFILES)('%s validates', (id) => {
    const profile = loadServiceProfile(contentDir, id);
    expect(profile.id).toBe(id);
  });

  it('every profile in content/services validates', () => {
    for (const file of readdirSync(join(contentDir, 'services')).filter((f) => f.endsWith('.yml'))) {
      expect(() => loadServiceProfile(contentDir, file.replace(/\.yml$/, '')), file).not.toThrow();
    }
  });

  it('carries the contact facts from the seeds', () => {
    const mk = loadServiceProfile(contentDir, 'milton-keynes');
    expect(mk.helpline.phone).toBe('01908 254518');
    expect(mk.la_sen_team.phone).toBe('01908 253414');
    expect(mk.send_support_duty_line).toMatchObject({ phone: '01908 657825', hours: expect.stringMatching(/9:30am to 3:30pm/) });
    const kent = loadServiceProfile(contentDir, 'kent');
    expect(kent).toMatchObject({ helpline: { phone: '03000 41 3000' }, office_phone: { phone: '03000 412 412' }, email: 'iask@kent.gov.uk' });
    expect(kent.mediation_provider.name).toBe('Global Mediation');
    expect(kent.office_address?.join(' ')).toContain('ME15 8AW');
  });

  // ../shared/seeds sits beside the repository in development and CI.
  const seedsDir = join(rootDir, '..', 'shared', 'seeds');
  it.runIf(existsSync(seedsDir))('has no phone number that is not in a seed', () => {
    const seeds = readdirSync(seedsDir)
      .map((f) => readFileSync(join(seedsDir, f), 'utf8'))
      .join('\n')
      .replace(/\s+/g, '');
    for (const id of PROFILES) {
      const phones = JSON.stringify(loadServiceProfile(contentDir, id)).match(/0[0-9 ]{9,13}[0-9]/g) ?? [];
      expect(phones.length, id).toBeGreaterThan(0);
      for (const phone of phones) expect(seeds, `${id}: ${phone}`).toContain(phone.replace(/ /g, ''));
    }
  });

  it('rejects unknown keys and malformed phone numbers, naming the field', () => {
    const kent = loadServiceProfile(contentDir, 'kent');
    const unknown = serviceProfileSchema.safeParse({ ...kent, fax: '01234 567890' });
    expect(unknown.success).toBe(false);
    const badPhone = serviceProfileSchema.safeParse({ ...kent, helpline: { phone: '0300 41' } });
    expect(badPhone.error?.issues[0]?.path).toEqual(['helpline', 'phone']);
  });

  it('names the file and field of a bad profile file', () => {
    const dir = join(scratch, 'profiles');
    mkdirSync(join(dir, 'services'), { recursive: true });
    const kent = readFileSync(join(contentDir, 'services', 'kent.yml'), 'utf8');
    writeFileSync(join(dir, 'services', 'kent.yml'), kent.replace('iask@kent.gov.uk', 'not an email'));
    expect(() => loadServiceProfile(dir, 'kent')).toThrow(/kent\.yml is not valid: field "email"/);
    expect(() => loadServiceProfile(dir, 'missing')).toThrow(/missing\.yml cannot be read/);
  });
});

describe('profile values in content', () => {
  const kent = loadServiceProfile(contentDir, 'kent');

  it('puts the local names in place of the placeholders', () => {
    const dir = contentWith('named', yamlOf(GOOD_FRONT_MATTER), 'In {{area}}, your SENDIAS service is {{ service }}. Mediation: {{mediation_provider}}.\n');
    const sheet = loadSiteContent(dir, kent).factsheets[0]!;
    expect(sheet.html).toContain('In Kent, your SENDIAS service is IASK. Mediation: Global Mediation.');
    expect(loadSiteContent(dir, mkProfile).factsheets[0]!.html).toContain('In Milton Keynes, your SENDIAS service is MK SENDIAS.');
  });

  it('treats a profile value as text, never as Markdown', () => {
    const odd = { ...kent, short_name: '*IASK* [x](javascript:1)' };
    const dir = contentWith('escaped', yamlOf(GOOD_FRONT_MATTER), 'Service: {{service}}.\n');
    const html = loadSiteContent(dir, odd).factsheets[0]!.html;
    expect(html).not.toMatch(/<em>|<a /);
    expect(html).toContain('*IASK* [x](javascript:1)');
  });

  it('stops start-up on an unknown placeholder or a stray brace pair, naming the file', () => {
    const unknown = contentWith('unknown', yamlOf(GOOD_FRONT_MATTER), 'Call {{helpline}}.\n');
    expect(() => loadSiteContent(unknown, kent)).toThrow(/unknown\.md: placeholder "\{\{helpline\}\}": use one of \{\{service\}\}/);
    const stray = contentWith('stray', yamlOf(GOOD_FRONT_MATTER), 'Call {{ the service }}.\n');
    expect(() => loadSiteContent(stray, kent)).toThrow(/stray\.md: a "\{\{" or "\}\}" that is not a placeholder/);
  });
});

describe('the reading-grade measure', () => {
  it('counts syllables by vowel groups, and abbreviations letter by letter', () => {
    expect(syllablesIn('school')).toBe(1);
    expect(syllablesIn('appeal')).toBe(2);
    expect(syllablesIn('tribunal')).toBe(3);
    expect(syllablesIn('made')).toBe(1);
    expect(syllablesIn('LA')).toBe(2);
    expect(syllablesIn('EHC')).toBe(3);
  });

  it('gives short plain sentences a low grade and long legal ones a high grade', () => {
    expect(measureReading('You can ask the school for help. Write it down. Keep a copy.').grade).toBeLessThan(3);
    const legal =
      'Notwithstanding the foregoing, the responsible commissioning body shall, subject to the exceptions prescribed in the regulations, arrange the specified healthcare provision expeditiously and in accordance with its statutory obligations.';
    expect(measureReading(legal).grade).toBeGreaterThan(14);
  });

  it('reads paragraphs, list items and table cells as sentences, and leaves out headings and the sources', () => {
    const { html } = renderMarkdown('## A very long heading with extraordinarily complicated vocabulary\n\n- One item\n- Two items\n\nA short line.\n\n## Where this comes from\n\n- Extraordinarily complicated regulations notwithstanding\n');
    const measure = readingGradeOfPage(html);
    expect(measure.sentences).toBe(3);
    expect(measure.words).toBe(7);
  });
});
