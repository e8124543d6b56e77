// `npm run bench`: starts the real server in production mode as a separate process and drives it
// with autocannon (50 connections, warm-up, then 10 s per route). Prints a table and writes
// bench/results.json. Numbers are compared as ratios to the /healthz baseline, measured again
// around each route, because these machines are shared and noisy. Not part of `npm test`.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { APPEAL_ANSWERS, APPEAL_SITUATION, deepQuestionPath } from './paths.js';
import { startServer } from './server.js';

const PORT = Number(process.env['BENCH_PORT'] ?? 3199);
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION_SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const SOAK_SECONDS = Number(process.env['BENCH_SOAK_SECONDS'] ?? 60);


interface Target {
  name: string;
  path: string;
  method?: 'GET' | 'POST';
  body?: string;
  kind: 'baseline' | 'static' | 'dynamic' | 'api';
}

const allTargets: Target[] = [
  { name: 'baseline /healthz', path: '/healthz', kind: 'baseline' },
  { name: 'home page', path: '/', kind: 'static' },
  { name: 'long factsheet', path: '/factsheets/tribunal-appeals', kind: 'static' },
  { name: 'deep question page', path: deepQuestionPath(), kind: 'dynamic' },
  { name: 'next-steps page', path: `/next-steps/result?${APPEAL_ANSWERS}`, kind: 'dynamic' },
  { name: '.ics download', path: `/next-steps/calendar.ics?${APPEAL_ANSWERS}`, kind: 'dynamic' },
  { name: 'POST /api/v1/next-steps', path: '/api/v1/next-steps', method: 'POST', body: JSON.stringify(APPEAL_SITUATION), kind: 'api' },
];

// BENCH_ONLY=question,next-steps measures the baseline and the routes whose names contain a word.
const only = (process.env['BENCH_ONLY'] ?? '').split(',').filter(Boolean);
const targets = allTargets.filter((t) => t.kind === 'baseline' || only.length === 0 || only.some((word) => t.name.includes(word)));

const TARGET_RATIO: Record<Target['kind'], number> = { baseline: 1, static: 0.6, dynamic: 0.25, api: 0.35 };

function drive(target: Target, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: `${BASE}${target.path}`,
    connections: 50,
    duration: seconds,
    method: target.method ?? 'GET',
    headers: { 'accept-encoding': 'gzip, br', ...(target.body ? { 'content-type': 'application/json' } : {}) },
    ...(target.body ? { body: target.body } : {}),
  });
}

async function residentMemoryMb(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

async function transferredBytes(path: string): Promise<number> {
  const res = await fetch(`${BASE}${path}`, { headers: { 'accept-encoding': 'gzip' } });
  const html = await res.text();
  let total = gzipSync(html).length;
  const assets = [...html.matchAll(/(?:href|src)="(\/[^"]+\.(?:css|js))"/g)].map((m) => m[1] ?? '');
  for (const asset of new Set(assets)) {
    const body = Buffer.from(await (await fetch(`${BASE}${asset}`)).arrayBuffer());
    total += gzipSync(body).length;
  }
  return total;
}

async function main(): Promise<void> {
  const { child, ready } = startServer(PORT);
  try {
    const startupMs = await ready;
    const rows: Record<string, unknown>[] = [];
    const baselineTarget = targets.find((t) => t.kind === 'baseline')!;
    // The machine's speed drifts within a run, so the baseline is measured again after each route and
    // each ratio is taken against the mean of the baseline just before and just after it.
    const measureBaseline = async () => (await drive(baselineTarget, Math.max(3, DURATION_SECONDS / 2))).requests.average;
    await drive(baselineTarget, 2); // warm-up
    let baselineBefore = await measureBaseline();
    for (const target of targets) {
      await drive(target, 2); // warm-up
      const result = await drive(target, DURATION_SECONDS);
      const rps = result.requests.average;
      let ratio = 1;
      if (target.kind !== 'baseline') {
        const baselineAfter = await measureBaseline();
        ratio = rps / ((baselineBefore + baselineAfter) / 2);
        baselineBefore = baselineAfter;
      }
      rows.push({
        route: target.name,
        'req/s': Math.round(rps),
        'p50 ms': result.latency.p50,
        'p99 ms': result.latency.p99,
        non2xx: result.non2xx,
        errors: result.errors + result.timeouts,
        'x baseline': Number(ratio.toFixed(2)),
        target: `>= ${TARGET_RATIO[target.kind]}`,
        'p99 <= 4 x p50': result.latency.p99 <= 4 * Math.max(result.latency.p50, 1),
      });
    }
    const memoryBefore = await residentMemoryMb(child.pid ?? 0);
    if (SOAK_SECONDS > 0) await Promise.all(targets.map((t) => drive(t, SOAK_SECONDS)));
    const memoryAfter = await residentMemoryMb(child.pid ?? 0);
    const pageWeights: Record<string, number> = {};
    for (const target of targets.filter((t) => t.kind === 'static' || t.kind === 'dynamic')) {
      pageWeights[target.path] = await transferredBytes(target.path);
    }
    console.table(rows);
    console.log(`start-up to first 200: ${startupMs.toFixed(0)} ms (target < 1500)`);
    console.log(
      `resident memory: ${memoryBefore.toFixed(1)} MB before, ${memoryAfter.toFixed(1)} MB after a ${SOAK_SECONDS}s mixed soak (growth ${(((memoryAfter - memoryBefore) / memoryBefore) * 100).toFixed(1)}%, target < 10%)`,
    );
    for (const [path, bytes] of Object.entries(pageWeights)) {
      console.log(`transferred (gzip, HTML + CSS + JS): ${path} ${(bytes / 1024).toFixed(1)} KB (target <= 60 KB)`);
    }
    writeFileSync(
      'bench/results.json',
      JSON.stringify({ measuredAt: new Date().toISOString(), startupMs, memoryBefore, memoryAfter, pageWeights, rows }, null, 2),
    );
  } finally {
    child.kill('SIGTERM');
  }
}

await main();
