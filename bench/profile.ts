// `npm run profile`: starts the real server with --cpu-prof, drives one page with autocannon for
// PROFILE_SECONDS (5 by default), stops the server so V8 writes its profile, and prints the
// functions with the most self time. The page is the deep question page by default, or the path
// given as an argument (/api/v1/next-steps is sent the appeal situation). The full profile is kept
// in bench/ (open it in Chromium's DevTools, Performance panel).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import autocannon from 'autocannon';
import { APPEAL_SITUATION, deepQuestionPath } from './paths.js';

const PORT = Number(process.env['PROFILE_PORT'] ?? 3197);
const BASE = `http://127.0.0.1:${PORT}`;
const path = process.argv[2] ?? deepQuestionPath();

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

async function waitForServer(): Promise<void> {
  for (;;) {
    try {
      if ((await fetch(`${BASE}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

function topSelfTime(profile: CpuProfile, count: number): { fn: string; ms: number; share: string }[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byNode.get(id)?.callFrame;
    if (!frame) return;
    const where = frame.url.replace(/^.*\/(node_modules\/|src\/)/, '$1');
    const key = `${frame.functionName || '(anonymous)'} ${where}:${frame.lineNumber + 1}`;
    selfMs.set(key, (selfMs.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...selfMs.values()].reduce((a, b) => a + b, 0);
  return [...selfMs.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([fn, ms]) => ({ fn, ms: Math.round(ms), share: `${((ms / total) * 100).toFixed(1)}%` }));
}

async function main(): Promise<void> {
  for (const f of readdirSync('bench').filter((f) => f.endsWith('.cpuprofile'))) rmSync(`bench/${f}`);
  const child = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir=bench', 'dist/server.js'], {
    env: { ...process.env, NODE_ENV: 'production', PUBLIC_BASE_URL: 'https://send.example.org', PORT: String(PORT), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForServer();
  const api = path.startsWith('/api/');
  const result = await autocannon({
    url: `${BASE}${path}`,
    connections: 10,
    duration: Number(process.env['PROFILE_SECONDS'] ?? 5),
    headers: { 'accept-encoding': 'gzip', ...(api ? { 'content-type': 'application/json' } : {}) },
    ...(api ? { method: 'POST' as const, body: JSON.stringify(APPEAL_SITUATION) } : {}),
  });
  console.log(`${path}\n${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, non-2xx ${result.non2xx}`);
  child.kill('SIGTERM');
  await once(child, 'exit');
  const file = readdirSync('bench').find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('no profile written');
  const profile = JSON.parse(readFileSync(`bench/${file}`, 'utf8')) as CpuProfile;
  console.table(topSelfTime(profile, 20));
  console.log(`full profile: bench/${file}`);
}

await main();
