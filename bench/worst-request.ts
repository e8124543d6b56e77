// `npm run bench:worst-request`: POST /api/v1/next-steps on the real server with an ordinary
// situation and with the most expensive bodies that fit in 32 KB (bench/request-bodies.ts), and
// reports each one's cost as a multiple of the ordinary one (target: at most 10×). Not part of npm test.
import autocannon from 'autocannon';
import { NORMAL_BODY, WORST_BODIES } from './request-bodies.js';
import { startServer } from './server.js';

const PORT = Number(process.env['BENCH_PORT'] ?? 3175);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);

async function requestsPerSecond(body: string): Promise<number> {
  const run = (duration: number) =>
    autocannon({ url: `http://127.0.0.1:${PORT}/api/v1/next-steps`, method: 'POST', connections: 20, duration, headers: { 'content-type': 'application/json' }, body });
  await run(1);
  return (await run(SECONDS)).requests.average;
}

const server = startServer(PORT);
try {
  await server.ready;
  const normal = await requestsPerSecond(NORMAL_BODY);
  const rows = [{ body: 'ordinary situation', bytes: NORMAL_BODY.length, 'req/s': Math.round(normal), 'cost × ordinary': '1.00' }];
  for (const [name, body] of Object.entries(WORST_BODIES)) {
    const rps = await requestsPerSecond(body);
    rows.push({ body: name, bytes: body.length, 'req/s': Math.round(rps), 'cost × ordinary': (normal / rps).toFixed(2) });
  }
  console.table(rows);
  if (rows.some((r) => Number(r['cost × ordinary']) > 10)) process.exitCode = 1;
} finally {
  server.child.kill('SIGINT');
}
