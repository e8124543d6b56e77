// scripts/prepare.mjs (run by npm ci): builds when it can and must, and never fails a production install.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rootDir } from '../support/app.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project folder with the prepare script, a source file and (optionally) a build and build tools. */
function project({ built, tools }: { built: boolean; tools: boolean }): string {
  const dir = mkdtempSync(join(tmpdir(), 'prepare-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'scripts'));
  copyFileSync(join(rootDir, 'scripts', 'prepare.mjs'), join(dir, 'scripts', 'prepare.mjs'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src', 'server.ts'), 'export {};\n');
  const old = new Date(Date.now() - 60_000);
  utimesSync(join(dir, 'src', 'server.ts'), old, old);
  utimesSync(join(dir, 'src'), old, old);
  // The "build" writes both outputs, standing in for sass and tsc.
  const build = "node -e \"const f=require('fs');f.mkdirSync('dist',{recursive:true});f.mkdirSync('public/build',{recursive:true});f.writeFileSync('dist/server.js','built');f.writeFileSync('public/build/main.css','built')\"";
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'p', private: true, scripts: { build } }));
  if (built) {
    mkdirSync(join(dir, 'dist'));
    mkdirSync(join(dir, 'public', 'build'), { recursive: true });
    writeFileSync(join(dir, 'dist', 'server.js'), 'old build');
    writeFileSync(join(dir, 'public', 'build', 'main.css'), 'old build');
    // Built after the sources, well before any later edit (file times can be coarse).
    const builtAt = new Date(Date.now() - 30_000);
    for (const file of ['dist/server.js', 'public/build/main.css']) utimesSync(join(dir, file), builtAt, builtAt);
  }
  if (tools) {
    mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
    for (const tool of ['tsc', 'sass']) {
      writeFileSync(join(dir, 'node_modules', '.bin', tool), '#!/bin/sh\n');
      chmodSync(join(dir, 'node_modules', '.bin', tool), 0o755);
    }
  }
  return dir;
}

const prepare = (dir: string) => spawnSync(process.execPath, [join(dir, 'scripts', 'prepare.mjs')], { cwd: dir, encoding: 'utf8' });
const touch = (file: string) => utimesSync(file, new Date(), new Date());

describe('the prepare step', () => {
  it('builds on npm ci when there is no build and the build tools are installed', () => {
    const dir = project({ built: false, tools: true });
    expect(prepare(dir).status).toBe(0);
    expect(existsSync(join(dir, 'dist', 'server.js'))).toBe(true);
  });

  it('does nothing when the build is newer than src/', () => {
    const dir = project({ built: true, tools: true });
    const result = prepare(dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('up to date');
  });

  it('rebuilds when src/ changed after the build', () => {
    const dir = project({ built: true, tools: true });
    touch(join(dir, 'src', 'server.ts'));
    expect(prepare(dir).status).toBe(0);
    expect(spawnSync('cat', [join(dir, 'dist', 'server.js')], { encoding: 'utf8' }).stdout).toBe('built');
  });

  it('keeps the build and succeeds on a production install (npm ci --omit=dev: no build tools)', () => {
    const dir = project({ built: true, tools: false });
    touch(join(dir, 'src', 'server.ts'));
    const result = prepare(dir);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('keeping it');
  });

  it('warns, but does not fail the install, when there is neither a build nor build tools', () => {
    const result = prepare(project({ built: false, tools: false }));
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('no build found and the build tools are not installed');
  });
});
