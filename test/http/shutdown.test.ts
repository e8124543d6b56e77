// Graceful shutdown: on SIGTERM the real server finishes a request already in flight and refuses
// new connections. The in-flight request is a POST whose body is still arriving when the signal lands.
import { spawn } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';

const PORT = 3187;

async function waitForHealth(): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('server did not start');
}

const readAll = (socket: Socket): Promise<string> =>
  new Promise((resolve) => {
    let text = '';
    socket.on('data', (chunk) => (text += String(chunk)));
    socket.on('close', () => resolve(text));
  });

describe('graceful shutdown', () => {
  it('completes in-flight requests and refuses new connections after SIGTERM', async () => {
    const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', LOG_LEVEL: 'silent', NODE_ENV: 'production' },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
    await waitForHealth();

    const body = JSON.stringify({ who: 'parent', setting: 'school', has_ehc_plan: false, event: 'sen_support_concerns', as_of: '2026-11-24' });
    const socket = connect(PORT, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    const response = readAll(socket);
    socket.write(`POST /api/v1/next-steps HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body.slice(0, 10)}`);
    await new Promise((r) => setTimeout(r, 200));

    server.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    await expect(fetch(`http://127.0.0.1:${PORT}/healthz`)).rejects.toThrow();

    socket.write(body.slice(10));
    const text = await response;
    expect(text).toMatch(/^HTTP\/1\.1 200/);
    expect(text).toContain('"routes"');
    expect(await exited).toBe(0);
  }, 20_000);
});
