// `npm run bench:peer`: our question and next-steps pages against the same one-question page built
// with DWP's CASA framework (@dwp/govuk-casa), in one run on one machine. CASA is installed into a
// temporary folder by this script, never into the project's dependencies. Reports requests/s and
// the ratios to our /healthz and to the peer's question page. Not part of npm test.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { APPEAL_ANSWERS, deepQuestionPath } from './paths.js';
import { startServer } from './server.js';

const PEER_PACKAGE = '@dwp/govuk-casa@10.4.0';
const OUR_PORT = Number(process.env['BENCH_PORT'] ?? 3170);
const PEER_PORT = OUR_PORT + 1;
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 8);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function installPeer(): string {
  const dir = mkdtempSync(join(tmpdir(), 'send-peer-'));
  cpSync(fileURLToPath(new URL('./peer', import.meta.url)), dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true, type: 'module' }));
  const result = spawnSync('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', '--ignore-scripts', '--save-exact', PEER_PACKAGE], { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`installing ${PEER_PACKAGE} failed (npm exit code ${result.status}):\n${(result.stderr || result.stdout || String(result.error)).slice(-2000)}`);
  }
  return dir;
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 400; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(25);
  }
  throw new Error(`${url} never answered 200`);
}

async function requestsPerSecond(url: string): Promise<{ rps: number; p50: number; p99: number; bad: number }> {
  const run = (duration: number) => autocannon({ url, connections: 50, duration, headers: { 'accept-encoding': 'gzip, br' } });
  await run(2);
  const result = await run(SECONDS);
  return { rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, bad: result.errors + result.non2xx + result.timeouts };
}

async function main(): Promise<void> {
  const peerDir = installPeer();
  const ours = startServer(OUR_PORT);
  const peer = spawn(process.execPath, [join(peerDir, 'casa-app.mjs')], { cwd: peerDir, env: { ...process.env, PORT: String(PEER_PORT), NODE_ENV: 'production' }, stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    await ours.ready;
    await waitFor(`http://127.0.0.1:${PEER_PORT}/who`);
    const ourBase = `http://127.0.0.1:${OUR_PORT}`;
    const targets: [string, string][] = [
      ['our /healthz (bare route)', `${ourBase}/healthz`],
      ['our first question page', `${ourBase}/next-steps/question/who`],
      ['our deep question page', `${ourBase}${deepQuestionPath()}`],
      ['our next-steps page', `${ourBase}/next-steps/result?${APPEAL_ANSWERS}`],
      ['peer (CASA) question page', `http://127.0.0.1:${PEER_PORT}/who`],
    ];
    const measured = new Map<string, Awaited<ReturnType<typeof requestsPerSecond>>>();
    for (const [name, url] of targets) measured.set(name, await requestsPerSecond(url));
    const healthz = measured.get(targets[0]![0])!.rps;
    const peerRps = measured.get(targets[4]![0])!.rps;
    console.table(
      targets.map(([name]) => {
        const m = measured.get(name)!;
        return { route: name, 'req/s': m.rps, 'p50/p99 ms': `${m.p50} / ${m.p99}`, 'errors+non2xx': m.bad, '× /healthz': (m.rps / healthz).toFixed(2), '× peer': (m.rps / peerRps).toFixed(2) };
      }),
    );
  } finally {
    ours.child.kill('SIGINT');
    peer.kill('SIGTERM');
    await sleep(300);
    rmSync(peerDir, { recursive: true, force: true });
  }
}

await main();
