// Differential tests: three oracles written in Python from rules-table.md alone (never from src/),
// one for the SEN appeal events (§5.1–5.2), one for the LA-duty events (§5.3–5.10, §5.15) and one
// for the exclusion and discrimination events (§5.11–5.14).
// Each generates random situations from a fixed seed; the real rules answer them here, and the
// oracle's compare.py checks what rules-table §0.1 says tests check (routes, orders,
// mediation_advice_required, every deadline with its date and flags, out_of_time) and which
// requests must fail for want of bank-holiday data. Any mismatch fails the test with the
// oracle's report (a minimal situation for each kind of mismatch).
// Run one by hand: cd test/oracles/<name> && python3 gen.py N SEED /tmp/cases.json
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../../src/rules/index.js';
import { outcomeFor } from '../../support/rules-case.js';

interface GeneratedCase {
  id?: number;
  situation: Record<string, unknown>;
  as_of: string;
}

const ORACLES_DIR = new URL('../../oracles/', import.meta.url).pathname;
const SITUATIONS_PER_ORACLE = 8000;

/** The sen-appeal shape, also read by the exclusions oracle. */
function senAppealShape(c: GeneratedCase, run: () => Outcome) {
  try {
    const o = run();
    return {
      id: c.id,
      outcome: {
        routes: o.routes,
        mediation_advice_required: o.mediation_advice_required,
        out_of_time: o.out_of_time,
        deadlines: o.deadlines.map((d) => ({ what: d.what, date: d.date, ambiguous: d.ambiguous ?? false, possibly_late: d.possibly_late ?? false })),
      },
    };
  } catch (error) {
    return { id: c.id, error: String(error) };
  }
}

/** The outcome in the shape each oracle's compare.py reads, or the error the rules raised. */
const SHAPES = {
  'sen-appeal': senAppealShape,
  exclusions: senAppealShape,
  'la-duties': (_c: GeneratedCase, run: () => Outcome) => {
    try {
      const o = run();
      return {
        ok: true,
        routes: o.routes,
        mar: o.mediation_advice_required,
        oot: o.out_of_time,
        deadlines: o.deadlines.map((d) => ({ keys: Object.keys(d), what: d.what, date: d.date, ambiguous: d.ambiguous, possibly_late: d.possibly_late ?? false })),
      };
    } catch (error) {
      const e = error as Error & { path?: string };
      return { ok: false, error: `${e.name}: ${e.message}`, path: e.path ?? null };
    }
  },
} as const;

function python(dir: string, args: string[]): string {
  const run = spawnSync('python3', args, { cwd: dir, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`python3 ${args.join(' ')} failed:\n${run.stderr}`);
  return run.stdout;
}

describe.each(Object.keys(SHAPES) as (keyof typeof SHAPES)[])('independent oracle: %s', (name) => {
  it(`agrees with the rules on ${SITUATIONS_PER_ORACLE} random situations`, () => {
    const dir = join(ORACLES_DIR, name);
    const work = mkdtempSync(join(tmpdir(), `oracle-${name}-`));
    const casesFile = join(work, 'cases.json');
    const outcomesFile = join(work, 'outcomes.json');
    python(dir, ['gen.py', String(SITUATIONS_PER_ORACLE), '20261125', casesFile]);
    const cases = JSON.parse(readFileSync(casesFile, 'utf8')) as GeneratedCase[];
    writeFileSync(outcomesFile, JSON.stringify(cases.map((c) => SHAPES[name](c, () => outcomeFor(c)))));
    const report = python(dir, ['compare.py', casesFile, outcomesFile]);
    const counts = /(\d+)\/(\d+)/.exec(report);
    expect(counts, report).not.toBeNull();
    expect(Number(counts![2])).toBe(SITUATIONS_PER_ORACLE);
    expect(Number(counts![1]), report).toBe(SITUATIONS_PER_ORACLE);
  }, 120_000);
});
