// A site of several stories as a reader uses it: story index → story briefing → source page → back,
// and the story filter in search. Real Astro build, real Pagefind index, real Chromium.
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, readAxeSource } from './support/axe.ts';
import { buildSite, projectRoot } from './support/build.ts';
import { chromiumAvailable, launchBrowser } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/serve.ts';
import { readBriefing } from './support/site-text.ts';

const hasBrowser = chromiumAvailable();
const MIXED = path.join(projectRoot, 'tests/unit/stories/fixtures/mixed');
let work: string;
let browser: Browser;
let server: StaticServer;
let outDir: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'briefing-e2e-stories-'));
  if (!hasBrowser) return;
  const seeds = path.join(work, 'seeds');
  await cp(path.join(projectRoot, 'seeds'), seeds, { recursive: true });
  for (const name of await readdir(MIXED)) await cp(path.join(MIXED, name), path.join(seeds, name));
  outDir = path.join(work, 'dist');
  await buildSite({ outDir, seedsDir: seeds, contentDir: path.join(work, 'content') });
  server = await serveStatic(outDir, '/');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(work, { recursive: true, force: true });
});

describe.skipIf(!hasBrowser)('a site of several stories', () => {
  test('story index → story briefing → source page → back', async () => {
    const briefing = await readBriefing(outDir);
    expect(briefing.stories).toHaveLength(3);
    const page = await browser.newPage();
    await page.goto(server.root);
    expect((await page.locator('h1').textContent())!.trim()).toBe('Stories');
    // Newest first: the rail strike (last source 15 August), the wildfire (13 August), Mexico (9 August).
    const headlines = await page.$$eval('ol.stories > li h2', (hs) => hs.map((h) => h.textContent!.trim()));
    const newestFirst = [...briefing.stories].sort((a, b) => (b.lastPublished ?? '').localeCompare(a.lastPublished ?? ''));
    expect(headlines).toEqual(newestFirst.map((s) => s.headline));
    const wildfire = briefing.stories.find((s) => s.sources.includes('101_wildfire_provence'))!;
    const entry = page.locator(`li[data-story="${wildfire.id}"]`);
    expect(await entry.locator('.meta').textContent()).toContain('3 sources from 3 outlets');
    expect(await entry.locator('.meta').textContent()).toContain('11 August 2025 – 13 August 2025');

    await entry.locator('h2 a').click();
    await page.waitForURL(new RegExp(`/stories/${wildfire.id}/$`));
    expect((await page.locator('h1').textContent())!.trim()).toBe(wildfire.headline);
    const storySources = await page.$$eval('section:has(#sources) .source-list li > a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(storySources).toEqual(wildfire.sources.map((id) => `/sources/${id}/`));
    const keyPoints = (await page.locator('section:has(#key-points)').textContent())!;
    expect(keyPoints).toMatch(/Marseille|hectares/);
    expect(keyPoints).not.toMatch(/Sheinbaum|Deutsche Bahn/);

    await page.locator('section:has(#sources) .source-list li > a').first().click();
    await page.waitForURL(/\/sources\/101_wildfire_provence\/$/);
    const storyLink = page.locator('.story-link a');
    expect((await storyLink.textContent())!.trim()).toBe(wildfire.headline);

    await page.goBack();
    await page.waitForURL(new RegExp(`/stories/${wildfire.id}/$`));
    expect((await page.locator('h1').textContent())!.trim()).toBe(wildfire.headline);
    await page.goForward();
    await storyLink.click();
    await page.waitForURL(new RegExp(`/stories/${wildfire.id}/$`));

    // The story's own timeline holds only its own events.
    await page.locator('a', { hasText: 'The whole timeline' }).click();
    await page.waitForURL(new RegExp(`/stories/${wildfire.id}/timeline/$`));
    const cited = await page.$$eval('ol.timeline a.badge', (as) => as.map((a) => a.getAttribute('data-cite')!.split('#')[0]));
    expect(cited.length).toBeGreaterThan(0);
    for (const source of cited) expect(wildfire.sources).toContain(source);
    await page.close();
  });

  test('the story filter in search keeps only that story’s pages', async () => {
    const briefing = await readBriefing(outDir);
    const rail = briefing.stories.find((s) => s.sources.includes('201_rail_strike_announce'))!;
    const page = await browser.newPage();
    // "Tuesday" is in articles of two stories (the wildfire and the rail strike).
    await page.goto(`${server.root}search/?q=Tuesday`);
    await page.waitForFunction(() => /result/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const all = await page.$$eval('#search-results li a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(all.some((p) => p.startsWith('/sources/10'))).toBe(true);
    expect(all.some((p) => p.startsWith('/sources/20'))).toBe(true);
    await page.locator(`#filters-story input[value="${rail.id}"]`).check();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length < n, all.length);
    const filtered = await page.$$eval('#search-results li a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(filtered.length).toBeGreaterThan(0);
    const railPages = [...rail.sources.map((id) => `/sources/${id}/`), `/stories/${rail.id}/`, `/stories/${rail.id}/timeline/`];
    for (const pathname of filtered) expect(railPages).toContain(pathname);
    expect(page.url()).toContain(`story=${rail.id}`);
    await page.close();
  });

  // A loaded 2-core machine: an axe pass over a page can take seconds.
  test('axe finds no violations on the story index, a story briefing and its timeline, at both widths', { timeout: 180_000 }, async () => {
    const briefing = await readBriefing(outDir);
    const story = briefing.stories[0]!;
    const axeSource = await readAxeSource();
    const found: Record<string, string[]> = {};
    for (const width of [1280, 390]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      for (const url of ['', `stories/${story.id}/`, `stories/${story.id}/timeline/`]) {
        const page = await context.newPage();
        await page.goto(server.root + url);
        const violations = await axeViolations(page, axeSource);
        if (violations.length > 0) found[`${width} px /${url}`] = violations;
        await page.close();
      }
      await context.close();
    }
    expect(found).toEqual({});
  });
});
