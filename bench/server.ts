// Starts the real server as `npm start` runs it (dist/server.js, built by `npm run build`), in
// production mode as a child process, for the benchmark and the Lighthouse audit, and says how long
// it took to answer its first 200.
import { spawn, type ChildProcess } from 'node:child_process';

export interface RunningServer {
  child: ChildProcess;
  baseUrl: string;
  /** Milliseconds from spawn to the first 200 from /healthz. */
  ready: Promise<number>;
}

export function startServer(port: number, extraEnv: Record<string, string> = {}): RunningServer {
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/server.js'], {
    env: { ...process.env, NODE_ENV: 'production', PUBLIC_BASE_URL: 'https://send.example.org', PORT: String(port), LOG_LEVEL: 'warn', ...extraEnv },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const ready = (async () => {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
      try {
        const res = await fetch(`${baseUrl}/healthz`);
        if (res.ok) return performance.now() - started;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  return { child, baseUrl, ready };
}
