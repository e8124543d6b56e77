// `npm test`: type-check, lint, unit and HTTP tests, then Playwright end-to-end tests. Every stage
// runs even when an earlier one fails; the last line is "N passed, N failed" for CI to read.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const stages = [
  { name: 'build CSS and server', command: ['npm', 'run', 'build'] },
  { name: 'type-check', command: ['npx', 'tsc', '--noEmit'] },
  { name: 'lint', command: ['npx', 'eslint', '.'] },
  { name: 'unit and HTTP tests', command: ['npx', 'vitest', 'run'], report: 'reports/vitest.json' },
  { name: 'end-to-end tests', command: ['npx', 'playwright', 'test'], report: 'reports/playwright.json' },
];

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });

let passed = 0;
let failed = 0;

// Skipped and todo tests count as neither passed nor failed.
function countVitest(report) {
  return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0 };
}

function countPlaywright(report) {
  const stats = report.stats ?? {};
  return { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: stats.unexpected ?? 0 };
}

/** The runner's JSON report, or undefined if it crashed before writing one. */
function readReport(file) {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

for (const stage of stages) {
  console.log(`\n=== ${stage.name}: ${stage.command.join(' ')}`);
  const result = spawnSync(stage.command[0], stage.command.slice(1), { stdio: 'inherit' });
  const ok = result.status === 0;
  const report = stage.report ? readReport(stage.report) : undefined;
  if (stage.report && report) {
    const counts = stage.report.includes('vitest') ? countVitest(report) : countPlaywright(report);
    passed += counts.passed;
    failed += counts.failed;
    if (!ok && counts.failed === 0) failed += 1;
  } else if (!ok) {
    // A stage without tests (build, type-check, lint) counts only when it fails.
    failed += 1;
  }
  console.log(`=== ${stage.name}: ${ok ? 'ok' : 'FAILED'}`);
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
