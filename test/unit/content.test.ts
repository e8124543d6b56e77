import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../src/content/factsheets.js';
import { loadServiceProfile } from '../../src/services/service-profile.js';
import { contentDir, PROFILES, rootDir } from '../support/app.js';

describe('factsheets', () => {
  const content = loadSiteContent(contentDir);

  it('loads every Markdown file in content/factsheets', () => {
    const files = readdirSync(join(contentDir, 'factsheets')).filter((f) => f.endsWith('.md'));
    expect(content.factsheets.map((f) => `${f.slug}.md`).sort()).toEqual(files.sort());
  });

  it('resolves every related link to a factsheet', () => {
    const slugs = new Set(content.factsheets.map((f) => f.slug));
    for (const sheet of content.factsheets) for (const r of sheet.related) expect(slugs.has(r), `${sheet.slug} → ${r}`).toBe(true);
  });

  it('never renders raw HTML from Markdown', () => {
    for (const sheet of content.factsheets) expect(sheet.html, sheet.slug).not.toMatch(/<(script|iframe|div style)/i);
  });

  it('stops with the file and field named when front matter is wrong', () => {
    expect(() => loadSiteContent(join(rootDir, 'test/fixtures/content-broken'))).toThrow(/broken\.md: field "last_reviewed"/);
  });

  it('rejects unknown keys and related links that do not resolve', () => {
    expect(() => loadSiteContent(join(rootDir, 'test/fixtures/content-bad-related'))).toThrow(/lonely\.md/);
  });
});

describe('service profiles', () => {
  it.each(PROFILES)('%s validates', (id) => {
    const profile = loadServiceProfile(contentDir, id);
    expect(profile.id).toBe(id);
    expect(profile.helpline.phone).toMatch(/^0/);
  });

  it('names the file and field of a bad profile', () => {
    expect(() => loadServiceProfile(join(rootDir, 'test/fixtures'), 'missing')).toThrow(/missing\.yml/);
  });
});
