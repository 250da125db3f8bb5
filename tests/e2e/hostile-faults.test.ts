// Builds that are run twice at once or killed half-way: dist/ is always either the previous complete
// site or the new complete one, and the content pipeline never outlives its build.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { lockPath } from '../../src/integrations/build-lock.ts';
import { buildEnv, buildSite, projectRoot } from './support/build.ts';

let work: string;
let seeds: string;
let content: string;
let outDir: string;

interface RunningBuild {
  child: ChildProcess;
  output: () => string;
  done: Promise<number>;
}

function startBuild(): RunningBuild {
  const astro = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir], {
    cwd: projectRoot,
    env: { ...buildEnv(), ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: '/', BRIEFING_SEEDS: seeds, BRIEFING_CONTENT: content },
  });
  let text = '';
  child.stdout?.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (text += d.toString()));
  const done = new Promise<number>((resolve) => child.once('close', (code) => resolve(code ?? -1)));
  return { child, output: () => text, done };
}

async function until(check: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await check())) await sleep(50);
}

/** Every file of the site with its hash: equal trees mean the same site. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort();
  const out: Record<string, string> = {};
  for (const file of files) out[path.relative(dir, file)] = createHash('sha256').update(await readFile(file)).digest('hex');
  return out;
}

/** A complete site: front page, search bundle, and a page for every source in its briefing.json. */
async function expectComplete(dir: string): Promise<void> {
  const briefing = JSON.parse(await readFile(path.join(dir, 'briefing.json'), 'utf8')) as { sources: { id: string }[] };
  expect(briefing.sources.length).toBeGreaterThan(0);
  for (const file of ['index.html', 'rss.xml', 'pagefind/pagefind.js', ...briefing.sources.map((s) => `sources/${s.id}/index.html`)]) {
    expect((await stat(path.join(dir, file)).catch(() => null))?.isFile(), file).toBe(true);
  }
}

/** Processes whose command line names this test's content folder: the pipeline child. */
async function pipelineChildren(): Promise<number[]> {
  const pids: number[] = [];
  for (const pid of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(pid)) continue;
    const cmd = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (cmd.includes(content) && cmd.includes('content')) pids.push(Number(pid));
  }
  return pids;
}

async function leftovers(): Promise<string[]> {
  return (await readdir(work)).filter((name) => name.startsWith('dist.'));
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'briefing-faults-'));
  seeds = path.join(work, 'seeds');
  content = path.join(work, 'content');
  outDir = path.join(work, 'dist');
  await cp(path.join(projectRoot, 'seeds'), seeds, { recursive: true });
  await buildSite({ outDir, seedsDir: seeds, contentDir: content });
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

// Each test runs two or three full builds; sized for a loaded 2-core machine.
const BUILDS_TIMEOUT = 300_000;

describe('builds that collide or die', () => {
  test('two builds at once: both succeed, one after the other, and the site is complete', async () => {
    const first = startBuild();
    await until(() => first.output().includes('[briefing:pipeline]'));
    const second = startBuild();
    // Which one waits depends on machine load; that both finish with a complete site does not.
    expect([await first.done, await second.done]).toEqual([0, 0]);
    await expectComplete(outDir);
    expect(await leftovers()).toEqual([]);
  }, BUILDS_TIMEOUT);

  test('a build that finds the folder locked says who holds it, waits, and finishes once it is free', async () => {
    const before = await snapshot(outDir);
    // This test process plays the other build: it holds the output folder's lock.
    const lock = lockPath(outDir);
    await mkdir(lock, { recursive: true });
    await writeFile(path.join(lock, 'owner.json'), JSON.stringify({ pid: process.pid, cwd: work }));
    const build = startBuild();
    try {
      await until(() => /another build is running in .* \(pid \d+\); waiting for it to finish/.test(build.output()));
      expect(build.output()).toContain(`pid ${process.pid}`);
      expect(await snapshot(outDir)).toEqual(before);
    } finally {
      await rm(lock, { recursive: true, force: true });
    }
    expect(await build.done).toBe(0);
    await expectComplete(outDir);
    expect(await leftovers()).toEqual([]);
  }, BUILDS_TIMEOUT);

  test('SIGKILL during the content pipeline: the child dies too, dist/ is the previous site, a rebuild completes', async () => {
    const before = await snapshot(outDir);
    const build = startBuild();
    await until(async () => (await pipelineChildren()).length > 0);
    build.child.kill('SIGKILL');
    await build.done;
    await until(async () => (await pipelineChildren()).length === 0);
    expect(await snapshot(outDir)).toEqual(before);
    await buildSite({ outDir, seedsDir: seeds, contentDir: content });
    await expectComplete(outDir);
    expect(await leftovers()).toEqual([]);
  }, BUILDS_TIMEOUT);

  test('SIGKILL while Pagefind indexes: dist/ is the previous site, a rebuild completes', async () => {
    const before = await snapshot(outDir);
    const build = startBuild();
    // Astro has written every page into its temporary folder; Pagefind runs next.
    await until(() => /generating static routes[\s\S]*Completed in/.test(build.output()));
    build.child.kill('SIGKILL');
    await build.done;
    expect(await snapshot(outDir)).toEqual(before);
    expect(await leftovers()).not.toEqual([]); // the half-built folder, cleaned by the next build
    await buildSite({ outDir, seedsDir: seeds, contentDir: content });
    await expectComplete(outDir);
    expect(await leftovers()).toEqual([]);
  }, BUILDS_TIMEOUT);
});
