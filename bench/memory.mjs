// Memory and start-up with many service profiles in one process (`npm run bench:memory`, after a
// build). Generates test profiles (copies of the Kent profile under new ids) in a temporary folder
// beside links to the real views, content and build, starts dist/server.js there with
// SERVICE_PROFILES, and reports start-up time and resident memory before and after every profile
// has been visited. Not part of npm test: memory and timings depend on the machine.
import { spawn } from 'node:child_process';
import { get as httpGet } from 'node:http';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const PORT = Number(process.env.BENCH_PORT ?? 3140);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// fetch() cannot set Host, so pages are asked for with node:http.
const getStatus = (host, path) =>
  new Promise((resolve, reject) => {
    httpGet({ host: '127.0.0.1', port: PORT, path, headers: { host, 'accept-encoding': 'gzip' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    }).on('error', reject);
  });

function siteWithProfiles(count) {
  const dir = mkdtempSync(join(tmpdir(), 'send-profiles-'));
  for (const name of ['views', 'node_modules', 'public', 'dist']) symlinkSync(join(root, name), join(dir, name));
  mkdirSync(join(dir, 'content', 'services'), { recursive: true });
  for (const name of readdirSync(join(root, 'content')).filter((n) => n !== 'services')) symlinkSync(join(root, 'content', name), join(dir, 'content', name));
  const hosts = [];
  for (const id of ['milton-keynes', 'kent']) {
    copyFileSync(join(root, 'content', 'services', `${id}.yml`), join(dir, 'content', 'services', `${id}.yml`));
    hosts.push(`${id}.example.org=${id}`);
  }
  const kent = readFileSync(join(root, 'content', 'services', 'kent.yml'), 'utf8');
  for (let i = 0; i < count - 2; i += 1) {
    const id = `test-service-${i}`;
    writeFileSync(join(dir, 'content', 'services', `${id}.yml`), kent.replace(/^id: .*$/m, `id: "${id}"`).replace(/^short_name: .*$/m, `short_name: "Test ${i}"`));
    hosts.push(`${id}.example.org=${id}`);
  }
  return { dir, hosts };
}

const rssMb = (pid) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(line.replace(/\D+/g, '')) / 1024;
};

async function measure(count, cacheSize) {
  const { dir, hosts } = siteWithProfiles(count);
  const started = performance.now();
  const child = spawn(process.execPath, [join(dir, 'dist', 'server.js')], {
    cwd: dir,
    env: { ...process.env, NODE_ENV: 'production', PORT: String(PORT), HOST: '127.0.0.1', LOG_LEVEL: 'info', SERVICE_PROFILES: hosts.join(','), PROFILE_CACHE_SIZE: String(cacheSize) },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  // The server's own figure (config, content and profiles read, before Node's own start-up is counted).
  let selfReportedMs;
  child.stdout.on('data', (chunk) => {
    const line = String(chunk).split('\n').find((l) => l.includes('"listening"'));
    if (line) selfReportedMs = JSON.parse(line).startupMs;
  });
  const base = `http://127.0.0.1:${PORT}`;
  let startupMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/readyz`)).ok) {
        startupMs = performance.now() - started;
        break;
      }
    } catch {
      // not listening yet
    }
    await sleep(10);
  }
  await sleep(500);
  const idle = rssMb(child.pid);
  let slowestFirstMs = 0;
  for (const entry of hosts) {
    const host = entry.split('=')[0];
    for (const path of ['/', '/factsheets', '/next-steps/question/who']) {
      const t = performance.now();
      const status = await getStatus(host, path);
      if (path === '/') slowestFirstMs = Math.max(slowestFirstMs, performance.now() - t);
      if (status !== 200 && status !== 302) {
        child.kill('SIGKILL');
        throw new Error(`${host}${path}: ${status}`);
      }
    }
  }
  await sleep(1500);
  const visited = rssMb(child.pid);
  child.kill('SIGINT');
  await new Promise((r) => child.on('exit', r));
  rmSync(dir, { recursive: true, force: true });
  return { profiles: count, cacheSize, startupMs: Math.round(startupMs), serverReportedStartupMs: selfReportedMs, rssIdleMb: Math.round(idle), rssAfterVisitingAllMb: Math.round(visited), slowestFirstPageMs: Math.round(slowestFirstMs) };
}

const results = [];
for (const [count, cache] of [[2, 40], [150, 40], [150, 150]]) {
  const result = await measure(count, cache);
  results.push(result);
  console.log(JSON.stringify(result));
}
console.table(results);
