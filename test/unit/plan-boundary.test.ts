// "No view decides law" (issue 10): ownership, pausing, status, urgency and order come from the
// outcome's plan (src/rules/plan.ts). This test reads the view-model and template sources and fails
// if one of them compares dates, reads the rules' parent-deadline list or the raw flags, or branches
// on a particular deadline or route id. ESLint enforces the import half (eslint.config.js).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEADLINE_IDS, ROUTES } from '../../src/rules/index.js';
import { rootDir } from '../support/app.js';

const ids = [...DEADLINE_IDS, ...ROUTES].join('|');
const FORBIDDEN: { why: string; pattern: RegExp }[] = [
  { why: 'compares dates (status and urgency come from the plan)', pattern: /\b(isBefore|isAfter|compareDates|daysBetween|hasPassed|earliest|laterOf|earlierOf)\(/ },
  { why: "reads the rules' list of parent deadlines (use parent_deadline / owner)", pattern: /\bPARENT_DEADLINES\b/ },
  { why: 'reads a raw flag instead of the plan status', pattern: /\.(possibly_late|suspended|out_of_time|latestCandidate)\b|\.kind\s*===?\s*["'](parent|parent_window|duty|projection)["']/ },
  { why: 'branches on a particular deadline or route id', pattern: new RegExp(`(===?|!==?|startsWith\\(|includes\\()\\s*['"](${ids})['"]|['"](${ids})['"]\\s*(===?|!==?)`) },
  { why: 'compares dates in a template', pattern: /\.(date|asOf)\s*(<|>|==)/ },
];

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path, ext) : entry.name.endsWith(ext) ? [path] : [];
  });
}

export function decisionsIn(source: string): string[] {
  return source
    .split('\n')
    .flatMap((line, i) => FORBIDDEN.filter((f) => f.pattern.test(line)).map((f) => `line ${i + 1}: ${f.why}: ${line.trim()}`));
}

describe('views only render the plan', () => {
  it('finds the decisions it looks for (the check can fail)', () => {
    expect(decisionsIn("const yours = PARENT_DEADLINES.includes(d.what);")).toHaveLength(1);
    expect(decisionsIn("if (d.what === 'tribunal_appeal' && certificatePending) {")).toHaveLength(1);
    expect(decisionsIn('passed: isBefore(date, asOf),')).toHaveLength(1);
    expect(decisionsIn('{% if d.possibly_late %}')).toHaveLength(1);
    expect(decisionsIn('{% if d.date < today %}')).toHaveLength(1);
    expect(decisionsIn("const mine = d.kind === 'parent';")).toHaveLength(1);
    expect(decisionsIn("text: STATUS_WORDING.paused, strong: true")).toEqual([]);
  });

  // The letter form checks a typed date of birth, which is input validation, not a deadline.
  const NOT_OUTCOME_VIEWS = ['letter-form.ts'];
  const sources = [
    ...filesUnder(join(rootDir, 'src', 'view-models'), '.ts').filter((path) => !NOT_OUTCOME_VIEWS.some((name) => path.endsWith(name))),
    ...filesUnder(join(rootDir, 'views'), '.njk'),
  ];
  it.each(sources.map((path) => [path.slice(rootDir.length + 1), path] as const))('%s decides no ownership, pausing, urgency or order', (_name, path) => {
    expect(decisionsIn(readFileSync(path, 'utf8'))).toEqual([]);
  });
});
