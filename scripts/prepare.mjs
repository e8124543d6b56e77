// Runs on `npm ci` / `npm install` (the "prepare" script): builds the CSS and the server when the
// build tools are installed and dist/ or public/build/ is missing or older than its sources. A
// production install (`npm ci --omit=dev`) has no build tools: it keeps the build already there, and
// only warns when there is none, so the install itself never fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outputs = [join(root, 'dist', 'server.js'), join(root, 'public', 'build', 'main.css')];
const sources = ['src', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'].map((p) => join(root, p));
const buildTools = ['tsc', 'sass'].map((tool) => join(root, 'node_modules', '.bin', tool));

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

const oldestOutput = Math.min(...outputs.map((file) => (existsSync(file) ? statSync(file).mtimeMs : 0)));
const stale = oldestOutput === 0 || sources.some((source) => newestChange(source) > oldestOutput);

if (!stale) {
  console.log('prepare: the build in dist/ and public/build/ is up to date');
} else if (buildTools.every((tool) => existsSync(tool))) {
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  process.exit(result.status ?? 1);
} else if (oldestOutput === 0) {
  console.warn('prepare: no build found and the build tools are not installed (a production install?). Run `npm ci && npm run build` first, then `npm ci --omit=dev`.');
} else {
  console.warn('prepare: the build may be older than src/, but the build tools are not installed: keeping it.');
}
