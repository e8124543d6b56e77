// `npm run bench:scale-out`: two instances of the real server (dist/server.js) behind Debian's
// HAProxy on loopback, autocannon through the balancer, and one instance restarted mid-run (SIGTERM,
// drain, start again). Reports requests, errors and non-2xx answers. Needs `haproxy` on the PATH
// (`apt-get install -y haproxy`). Not part of npm test.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { APPEAL_ANSWERS, deepQuestionPath } from './paths.js';
import { startServer, type RunningServer } from './server.js';

const BALANCER_PORT = Number(process.env['BENCH_PORT'] ?? 3150);
const INSTANCE_PORTS = [BALANCER_PORT + 1, BALANCER_PORT + 2];
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 20);
const DRAIN_SECONDS = '2';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Route by /readyz every 250 ms: a draining instance is out of rotation within half a second (two failed checks),
// well inside its drain period. Connections to the servers are not reused across requests.
const haproxyConfig = (ports: number[]) => `
global
  maxconn 4096
defaults
  mode http
  timeout connect 2s
  timeout client 30s
  timeout server 30s
  # A busy instance may take a moment to answer its check; only a real 503 or silence should take it out.
  timeout check 2s
  option http-server-close
  retries 2
  option redispatch
  retry-on conn-failure empty-response response-timeout
frontend site
  bind 127.0.0.1:${BALANCER_PORT}
  default_backend servers
backend servers
  balance roundrobin
  option httpchk GET /readyz
  http-check expect status 200
${ports.map((port, i) => `  server s${i} 127.0.0.1:${port} check inter 250ms fall 2 rise 2`).join('\n')}
`;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'scale-out-'));
  const configFile = join(dir, 'haproxy.cfg');
  writeFileSync(configFile, haproxyConfig(INSTANCE_PORTS));
  const env = { SHUTDOWN_DRAIN_SECONDS: DRAIN_SECONDS };
  const instances: RunningServer[] = INSTANCE_PORTS.map((port) => startServer(port, env));
  let haproxy: ChildProcess | undefined;
  try {
    await Promise.all(instances.map((i) => i.ready));
    haproxy = spawn('haproxy', ['-db', '-f', configFile], { stdio: ['ignore', 'ignore', 'inherit'] });
    await sleep(1500);

    const run = autocannon({
      url: `http://127.0.0.1:${BALANCER_PORT}`,
      connections: 20,
      duration: SECONDS,
      headers: { 'accept-encoding': 'gzip' },
      requests: [
        { path: '/' },
        { path: deepQuestionPath() },
        { path: `/next-steps/result?${APPEAL_ANSWERS}` },
        { path: '/factsheets' },
      ],
    });
    const statuses: Record<string, number> = {};
    (run as unknown as NodeJS.EventEmitter).on('response', (_client: unknown, statusCode: number) => {
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
    // A third of the way in: SIGTERM the first instance, wait for it to drain and exit, start it again.
    await sleep((SECONDS * 1000) / 3);
    const first = instances[0]!;
    const stopping = performance.now();
    first.child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => first.child.on('exit', resolve));
    const stoppedMs = performance.now() - stopping;
    const restarted = startServer(INSTANCE_PORTS[0]!, env);
    instances[0] = restarted;
    const restartMs = await restarted.ready;
    const result = await run;
    const report = {
      balancer: 'HAProxy (Debian), round robin, health check GET /readyz every 250 ms',
      seconds: SECONDS,
      connections: 20,
      requests: result.requests.total,
      requestsPerSecond: Math.round(result.requests.average),
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      statuses,
      restartedInstance: { exitCode: code, drainAndExitMs: Math.round(stoppedMs), startMs: Math.round(restartMs) },
    };
    console.log(JSON.stringify(report, null, 2));
    if (result.errors > 0 || result.non2xx > 0 || result.timeouts > 0) process.exitCode = 1;
  } finally {
    haproxy?.kill('SIGTERM');
    for (const instance of instances) instance.child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
