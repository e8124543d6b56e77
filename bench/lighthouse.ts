// `npm run lighthouse`: audits four pages of the real server (production mode) with Lighthouse's
// default mobile preset in Debian's Chromium, prints the scores and writes bench/lighthouse.json.
// Exits 1 when a score misses its target, so the figures in the README can be re-checked.
import { writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { APPEAL_ANSWERS, deepQuestionPath } from './paths.js';
import { startServer } from './server.js';

const PORT = Number(process.env['LIGHTHOUSE_PORT'] ?? 3198);
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const pages = [
  { name: 'home page', path: '/' },
  { name: 'factsheet', path: '/factsheets/tribunal-appeals' },
  { name: 'question page', path: deepQuestionPath() },
  { name: 'next-steps page', path: `/next-steps/result?${APPEAL_ANSWERS}` },
];

const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 95 } as const;
type Category = keyof typeof TARGETS;
const CATEGORIES = Object.keys(TARGETS) as Category[];

// The flags keep Chromium off the network: this machine refuses outside connections.
const CHROME_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

async function main(): Promise<void> {
  const server = startServer(PORT);
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
  const rows: Record<string, string | number>[] = [];
  let missed = 0;
  try {
    await server.ready;
    for (const page of pages) {
      const run = await lighthouse(`${server.baseUrl}${page.path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      if (!run) throw new Error(`Lighthouse gave no result for ${page.path}`);
      const row: Record<string, string | number> = { page: page.name };
      for (const category of CATEGORIES) {
        const score = Math.round((run.lhr.categories[category]?.score ?? 0) * 100);
        row[category] = score;
        if (score < TARGETS[category]) {
          missed++;
          const failing = Object.values(run.lhr.audits)
            .filter((a) => a.score !== null && a.score < 0.9 && run.lhr.categories[category]?.auditRefs.some((r) => r.id === a.id && r.weight > 0))
            .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
          console.log(`${page.name}: ${category} ${score} < ${TARGETS[category]}: ${failing.join(', ')}`);
        }
      }
      row['LCP ms'] = Math.round(run.lhr.audits['largest-contentful-paint']?.numericValue ?? 0);
      row['TBT ms'] = Math.round(run.lhr.audits['total-blocking-time']?.numericValue ?? 0);
      row['CLS'] = Number((run.lhr.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3));
      rows.push(row);
    }
  } finally {
    chrome.kill();
    server.child.kill('SIGTERM');
  }
  console.table(rows);
  console.log(`targets: performance >= ${TARGETS.performance}, accessibility ${TARGETS.accessibility}, best practices >= ${TARGETS['best-practices']} (mobile preset)`);
  writeFileSync('bench/lighthouse.json', JSON.stringify({ measuredAt: new Date().toISOString(), chromium: CHROMIUM, rows }, null, 2));
  if (missed > 0) process.exitCode = 1;
}

await main();
