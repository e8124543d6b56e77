// The real server process: graceful shutdown, draining under load, timeouts and the connection cap.
import { spawn, type ChildProcess } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';

const PORTS = [3187, 3188];
const running = new Set<ChildProcess>();

interface Server {
  child: ChildProcess;
  exited: Promise<number | null>;
}

async function waitForHealth(port: number): Promise<void> {
  for (let i = 0; i < 300; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('server did not start');
}

async function startServer(port: number, env: Record<string, string> = {}): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      NODE_ENV: 'production',
      PUBLIC_BASE_URL: 'https://send.example.org',
      ...env,
    },
    stdio: 'ignore',
  });
  running.add(child);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => {
    running.delete(child);
    resolve(code);
  }));
  await waitForHealth(port);
  return { child, exited };
}

afterEach(() => {
  for (const child of running) child.kill('SIGKILL');
});

const readAll = (socket: Socket): Promise<string> =>
  new Promise((resolve) => {
    let text = '';
    socket.on('data', (chunk) => (text += String(chunk)));
    socket.on('close', () => resolve(text));
    socket.on('error', () => undefined);
  });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const SITUATION = JSON.stringify({ who: 'parent', setting: 'school', has_ehc_plan: false, event: 'sen_support_concerns', as_of: '2026-11-24' });

describe('graceful shutdown', () => {
  it('completes in-flight requests and refuses new connections after SIGTERM', async () => {
    const port = PORTS[0]!;
    const server = await startServer(port, { SHUTDOWN_DRAIN_SECONDS: '0' });
    const socket = connect(port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    const response = readAll(socket);
    socket.write(`POST /api/v1/next-steps HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(SITUATION)}\r\nConnection: close\r\n\r\n${SITUATION.slice(0, 10)}`);
    await sleep(200);

    server.child.kill('SIGTERM');
    await sleep(300);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();

    socket.write(SITUATION.slice(10));
    const text = await response;
    expect(text).toMatch(/^HTTP\/1\.1 200/);
    expect(text).toContain('"routes"');
    expect(await server.exited).toBe(0);
  }, 20_000);

  it('drains: /readyz fails at once, pages are still served during the drain, and the process then exits', async () => {
    const port = PORTS[0]!;
    const server = await startServer(port, { SHUTDOWN_DRAIN_SECONDS: '1' });
    const signalled = performance.now();
    server.child.kill('SIGTERM');
    await sleep(100);
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(503);
    const page = await fetch(`http://127.0.0.1:${port}/next-steps/start`);
    expect(page.status).toBe(200);
    expect(page.headers.get('connection')).toBe('close');
    expect(await server.exited).toBe(0);
    expect(performance.now() - signalled).toBeGreaterThanOrEqual(1000);
  }, 20_000);

  it('loses no request under load when one of two servers is restarted behind a readiness-checking balancer', async () => {
    const env = { SHUTDOWN_DRAIN_SECONDS: '1' };
    const servers = new Map<number, Server>([[PORTS[0]!, await startServer(PORTS[0]!, env)], [PORTS[1]!, await startServer(PORTS[1]!, env)]]);
    // The balancer: sends each request to the next backend whose /readyz passed at the last check.
    const ready = new Set(PORTS);
    let checking = true;
    const checker = (async () => {
      while (checking) {
        await Promise.all(PORTS.map(async (port) => {
          const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
          if (ok) ready.add(port);
          else ready.delete(port);
        }));
        await sleep(50);
      }
    })();
    const served = new Map<number, number>(PORTS.map((p) => [p, 0]));
    const failures: string[] = [];
    let turn = 0;
    let loading = true;
    const paths = ['/', '/next-steps/start', '/factsheets', '/api/v1/next-steps'];
    const worker = async (id: number) => {
      for (let n = 0; loading; n += 1) {
        const backends = [...ready];
        if (backends.length === 0) {
          await sleep(10);
          continue;
        }
        const port = backends[turn++ % backends.length]!;
        const path = paths[(id + n) % paths.length]!;
        const init = path.startsWith('/api') ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: SITUATION } : {};
        try {
          const res = await fetch(`http://127.0.0.1:${port}${path}`, init);
          await res.arrayBuffer();
          if (res.ok) served.set(port, served.get(port)! + 1);
          else failures.push(`${res.status} from ${port}${path}`);
        } catch (error) {
          failures.push(`${(error as Error).message} from ${port}${path}`);
        }
      }
    };
    const workers = Array.from({ length: 8 }, (_, id) => worker(id));

    await sleep(500);
    const first = servers.get(PORTS[0]!)!;
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    const servedBeforeRestart = served.get(PORTS[0]!)!;
    servers.set(PORTS[0]!, await startServer(PORTS[0]!, env));
    await sleep(700);
    loading = false;
    await Promise.all(workers);
    checking = false;
    await checker;

    expect(failures).toEqual([]);
    expect(served.get(PORTS[1]!)!).toBeGreaterThan(50);
    // The restarted server took its share again.
    expect(served.get(PORTS[0]!)!).toBeGreaterThan(servedBeforeRestart);
  }, 60_000);
});

describe('limits on connections', () => {
  it('closes a connection whose headers stall, within a second or so of the headers timeout', async () => {
    const port = PORTS[1]!;
    await startServer(port, { HEADERS_TIMEOUT_SECONDS: '1', REQUEST_TIMEOUT_SECONDS: '2' });
    const socket = connect(port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    const started = performance.now();
    const closed = readAll(socket);
    socket.write('GET / HTTP/1.1\r\nHost: localhost\r\n');
    const text = await closed;
    const waited = performance.now() - started;
    expect(text).toMatch(/^HTTP\/1\.1 408/);
    expect(waited).toBeGreaterThanOrEqual(900);
    expect(waited).toBeLessThan(2500);
  }, 20_000);

  it('closes connections beyond MAX_CONNECTIONS at once and keeps serving the others', async () => {
    const port = PORTS[1]!;
    await startServer(port, { MAX_CONNECTIONS: '2' });
    const held = [connect(port, '127.0.0.1'), connect(port, '127.0.0.1')];
    await Promise.all(held.map((s) => new Promise((r) => s.once('connect', r))));
    await sleep(100);
    const extra = connect(port, '127.0.0.1');
    const extraText = readAll(extra);
    extra.on('connect', () => extra.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n'));
    expect(await extraText).toBe('');
    const first = held[0]!;
    const answer = new Promise<string>((resolve) => first.once('data', (chunk) => resolve(String(chunk))));
    first.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n');
    expect(await answer).toMatch(/^HTTP\/1\.1 200/);
    for (const s of held) s.destroy();
  }, 20_000);
});
