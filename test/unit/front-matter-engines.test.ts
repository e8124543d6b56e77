// gray-matter would run "---js" front matter as code: only YAML front matter may load.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../src/content/factsheets.js';
import { loadServiceProfile } from '../../src/services/service-profile.js';
import { contentDir } from '../support/app.js';

const profile = loadServiceProfile(contentDir, 'milton-keynes');

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A content folder with one factsheet whose front matter is `frontMatter` (the text between the fences). */
function contentWith(fence: string, frontMatter: string, folder = 'factsheets'): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'front-matter-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'factsheets'), { recursive: true });
  mkdirSync(join(dir, 'pages'), { recursive: true });
  const file = join(dir, folder, 'sample.md');
  writeFileSync(file, `${fence}\n${frontMatter}\n---\n\n## Section\n\nText.\n`);
  return { dir, file };
}

const YAML = 'title: "Sample"\nsummary: "A short summary."\nlast_reviewed: "2026-11-24"\norder: 1\ngroup: "start"\nrelated: []';
const CODE = '{ title: (globalThis.__frontMatterRan = "ran"), summary: "s", last_reviewed: "2026-11-24", order: 1, group: "start", related: [] }';

describe('front matter languages', () => {
  it('loads plain YAML front matter (and ---yaml)', () => {
    expect(loadSiteContent(contentWith('---', YAML).dir, profile).factsheets[0]?.title).toBe('Sample');
    expect(loadSiteContent(contentWith('---yaml', YAML).dir, profile).factsheets[0]?.title).toBe('Sample');
  });

  it.each(['---js', '---javascript', '--- js', '---coffee', '---json', '---toml'])('refuses %s front matter without running it, naming the file', (fence) => {
    const { dir, file } = contentWith(fence, CODE);
    expect(() => loadSiteContent(dir, profile)).toThrow(`${file}: the front matter is marked "${fence.replace(/ /g, '')}": only YAML front matter is allowed`);
    expect((globalThis as Record<string, unknown>)['__frontMatterRan']).toBeUndefined();
  });

  it('refuses ---js front matter in content pages too', () => {
    const { dir, file } = contentWith('---javascript', CODE, 'pages');
    expect(() => loadSiteContent(dir, profile)).toThrow(`${file}: the front matter is marked "---javascript"`);
  });
});
