// The commit-an-article loop on a copy of the project: add, rebuild, find it everywhere; rebuild from cache.
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { buildEnv, buildSite, projectRoot } from './support/build.ts';
import { chromiumAvailable, launchBrowser } from './support/browser.ts';
import { serveStatic } from './support/serve.ts';
import { readBriefing } from './support/site-text.ts';

const run = promisify(execFile);

interface Workflow {
  jobs: {
    build: { steps: Array<{ name?: string; run?: string; env?: Record<string, string> }> };
    deploy: { needs: string };
  };
}
const hasBrowser = chromiumAvailable();
const fixtures = path.join(import.meta.dirname, 'fixtures');
let project: string;
let browser: Browser;

/** A copy of the project as a newcomer would have it, sharing only node_modules. */
async function copyProject(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'briefing-project-'));
  for (const entry of ['src', 'public', 'seeds', 'content', 'bin', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    await cp(path.join(projectRoot, entry), path.join(dir, entry), { recursive: true });
  }
  await symlink(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

async function build(name: string) {
  const outDir = path.join(project, name);
  const { stdout, stderr } = await buildSite({ root: project, outDir });
  return { outDir, log: stdout + stderr };
}

/** Searches the built site in Chromium and returns the result URLs. */
async function search(outDir: string, word: string): Promise<string[]> {
  const server = await serveStatic(outDir, '/');
  const page = await browser.newPage();
  try {
    await page.goto(`${server.root}search/?q=${encodeURIComponent(word)}`);
    await page.waitForFunction(() => /result/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const links = await page.$$eval('#search-results > li > a.result-title', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    return links;
  } finally {
    await page.close();
    await server.close();
  }
}

beforeAll(async () => {
  project = await copyProject();
  if (hasBrowser) browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await rm(project, { recursive: true, force: true });
});

describe.skipIf(!hasBrowser)('adding an article and rebuilding', () => {
  test('a new plain-text article reaches the front page, its own page, the timeline and search', async () => {
    await build('dist-0');
    const added = await run(process.execPath, ['bin/briefing.mjs', 'add', path.join(fixtures, 'follow-up.txt'), '--name', '005_envoy'], { cwd: project });
    expect(added.stdout).toContain('seeds/005_envoy.txt');
    const { outDir, log } = await build('dist-1');
    expect(log).toMatch(/ingest: 6 article\(s\) published \(5 from cache\)/);

    const briefing = await readBriefing(outDir);
    const source = briefing.sources.find((s) => s.id === '005_envoy')!;
    expect(source.title).toBe('Mexico Sends Envoy to Washington as Cartel Order Strains Ties');
    const front = await readFile(path.join(outDir, 'index.html'), 'utf8');
    expect(front).toContain('Mexico Sends Envoy to Washington as Cartel Order Strains Ties');
    expect(briefing.changes?.addedSources).toEqual(['005_envoy']);
    expect(front).toContain('What changed');
    const page = await readFile(path.join(outDir, 'sources', '005_envoy', 'index.html'), 'utf8');
    expect(page).toContain('Tamaulipas');

    // "on Sunday" in an article published Monday 11 August 2025 is 10 August 2025.
    const sunday = briefing.timeline.find((e) => e.citations.some((c) => c.source === '005_envoy' && c.sentence === 0));
    expect(sunday?.date).toBe('2025-08-10');
    expect(await readFile(path.join(outDir, 'timeline', 'index.html'), 'utf8')).toContain('/sources/005_envoy/#s0');

    // The briefing may mention it too (who's who, quotes); among sources only the new one does.
    expect((await search(outDir, 'Tamaulipas')).filter((url) => url.startsWith('/sources/'))).toEqual(['/sources/005_envoy/']);
  });

  test('the add command refuses a near-duplicate of an article already published, naming it', async () => {
    const copy = path.join(project, 'near-copy.txt');
    const original = await readFile(path.join(project, 'seeds', '005_envoy.txt'), 'utf8');
    await writeFile(copy, original.replace('this week', 'in the coming days'));
    const refused = await run(process.execPath, ['bin/briefing.mjs', 'add', copy], { cwd: project }).catch((e: { code: number; stderr: string }) => e);
    expect(refused).toMatchObject({ code: 1 });
    expect((refused as { stderr: string }).stderr).toMatch(/near-duplicate .*005_envoy\.txt/);
  });

  test('a saved HTML page is read for its headline, outlet, date and body, and its scripts are dropped', async () => {
    await cp(path.join(fixtures, 'saved-page.html'), path.join(project, 'seeds', '006_senators.html'));
    const { outDir, log } = await build('dist-2');
    expect(log).toMatch(/ingest: 7 article\(s\) published \(6 from cache\)/);
    const source = (await readBriefing(outDir)).sources.find((s) => s.id === '006_senators')!;
    expect(source).toMatchObject({
      title: 'Senators Question Pentagon Over Cartel Directive',
      outlet: 'Capitol Ledger',
      published: '2025-08-12T15:30:00+00:00',
      url: 'https://ledger.example/2025/08/12/senators-cartel-directive',
    });
    const page = await readFile(path.join(outDir, 'sources', '006_senators', 'index.html'), 'utf8');
    expect(page).not.toContain('__pwned');
    expect(page).not.toContain('Most read');
    expect((await search(outDir, 'Marchetti')).filter((url) => url.startsWith('/sources/'))).toEqual(['/sources/006_senators/']);
  });

  test('a rebuild with no change takes every article from the cache', async () => {
    const { log } = await build('dist-3');
    expect(log).toMatch(/ingest: 7 article\(s\) published \(7 from cache\)/);
  });

  test('a broken article is reported and the rest of the site still builds', async () => {
    await writeFile(path.join(project, 'seeds', '007_scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 0, 0, 7, 0, 9]));
    const { outDir, log } = await build('dist-4');
    expect(log).toMatch(/007_scan\.txt: .*binary/);
    const briefing = await readBriefing(outDir);
    expect(briefing.sources).toHaveLength(7);
    expect(briefing.errors.map((e) => e.file)).toEqual(['seeds/007_scan.txt']);
  });

  test('the deploy workflow builds the site under the Pages base path with the commands it runs', async () => {
    const workflow = parse(await readFile(path.join(projectRoot, '.github/workflows/deploy.yml'), 'utf8')) as Workflow;
    const steps = workflow.jobs.build.steps;
    expect(steps.map((s) => s.run).filter(Boolean)).toEqual(['npm ci', 'npm test', 'npm run build']);
    expect(workflow.jobs.deploy.needs).toBe('build');
    const buildStep = steps.find((s) => s.name === 'Build')!;
    // What GitHub substitutes for a project site at https://example.github.io/briefing/.
    const pages: Record<string, string> = { base_path: '/briefing', origin: 'https://example.github.io' };
    const env = Object.fromEntries(
      Object.entries(buildStep.env ?? {}).map(([k, v]) => [k, v.replace(/\$\{\{ steps\.pages\.outputs\.(\w+) \}\}/g, (_, key: string) => pages[key] ?? '')]),
    );
    await run('bash', ['-c', buildStep.run!], { cwd: project, env: { ...buildEnv(), ...env }, maxBuffer: 64 * 1024 * 1024 });
    const index = await readFile(path.join(project, 'dist', 'index.html'), 'utf8');
    expect(index).toContain('href="/briefing/sources/');
    const rss = await readFile(path.join(project, 'dist', 'rss.xml'), 'utf8');
    expect(rss).toContain('<link>https://example.github.io/briefing/sources/');
  });
});
