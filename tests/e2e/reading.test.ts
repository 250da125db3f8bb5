// Reading, search and accessibility as a reader meets them: real build, real Pagefind, real Chromium,
// axe-core run inside each page.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, readAxeSource } from './support/axe.ts';
import { buildSite } from './support/build.ts';
import { chromiumAvailable, launchBrowser } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/serve.ts';
import { readBriefing, wordInExactlyOneSource } from './support/site-text.ts';
import type { Briefing } from '../../src/lib/types.ts';

const hasBrowser = chromiumAvailable();
// A loaded 2-core machine: one axe pass over a page can take seconds.
const SLOW = 180_000;

/** Waits for the results of `query` itself (typing searches at every keystroke). */
async function waitForResults(page: Page, query: string) {
  await page.waitForFunction((q) => (document.querySelector('#search-status')?.textContent ?? '').includes(`for “${q}”`), query);
}

describe.skipIf(!hasBrowser)('reading, search and accessibility', () => {
  let work: string;
  let outDir: string;
  let server: StaticServer;
  let browser: Browser;
  let briefing: Briefing;
  let axeSource: string;

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'briefing-reading-'));
    outDir = path.join(work, 'dist');
    await buildSite({ outDir, contentDir: path.join(work, 'content') });
    server = await serveStatic(outDir, '/');
    browser = await launchBrowser();
    briefing = await readBriefing(outDir);
    axeSource = await readAxeSource();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await rm(work, { recursive: true, force: true });
  });

  const pages = () => {
    const longest = [...briefing.sources].sort((a, b) => b.sentences.length - a.sentences.length)[0]!;
    const word = briefing.headline.split(/\W+/).find((w) => w.length >= 5) ?? 'the';
    return ['', 'sources/', `sources/${longest.id}/`, 'timeline/', `search/?q=${encodeURIComponent(word)}`];
  };

  for (const width of [1280, 390]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`axe finds no violations at ${width} px (${colorScheme})`, { timeout: SLOW }, async () => {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const found: Record<string, string[]> = {};
        for (const url of pages()) {
          const page = await context.newPage();
          await page.goto(server.root + url);
          if (url.startsWith('search/')) await waitForResults(page, decodeURIComponent(url.split('q=')[1]!));
          const violations = await axeViolations(page, axeSource);
          if (violations.length > 0) found[`/${url}`] = violations;
          await page.close();
        }
        await context.close();
        expect(found).toEqual({});
      });
    }
  }

  test('keyboard only: skip link, on to a citation, to its sentence, and back', { timeout: SLOW }, async () => {
    const page = await browser.newPage();
    await page.goto(server.root);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // The header's jump links come first; a citation is reached within a few dozen stops.
    let stops = 0;
    while (stops < 40 && !(await page.evaluate(() => document.activeElement?.matches('.citations a.badge')))) {
      await page.keyboard.press('Tab');
      stops += 1;
    }
    expect(stops).toBeLessThan(40);
    const cite = (await page.evaluate(() => document.activeElement?.getAttribute('data-cite')))!;
    const [source, sentence] = cite.split('#s');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/sources/${source}/#s${sentence}$`));
    const cited = briefing.sources.find((s) => s.id === source)!.sentences[Number(sentence)]!;
    expect((await page.locator(':target').textContent())!.trim()).toBe(cited.text);
    // Tab continues from the cited sentence, not from the top of the page.
    await page.keyboard.press('Tab');
    const after = await page.evaluate(() => {
      const target = document.querySelector(':target')!;
      const active = document.activeElement!;
      return Boolean(target.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(after).toBe(true);
    await page.goBack();
    expect(page.url().split('#')[0]).toBe(server.root);
    expect(await page.locator(`.citations a.badge[data-cite="${cite}"]`).count()).toBeGreaterThan(0);
    await page.close();
  });

  test('a search result opens the sentence that contains the word', { timeout: SLOW }, async () => {
    const { word, source } = await wordInExactlyOneSource(outDir);
    const page = await browser.newPage();
    await page.goto(`${server.root}search/?q=${encodeURIComponent(word)}`);
    await waitForResults(page, word);
    const link = page.locator('#search-results > li > a.result-title').first();
    expect(await link.getAttribute('href')).toMatch(new RegExp(`/sources/${source}/#s\\d+$`));
    // The excerpt is article text only: no outlet badges, counts or ids from the page around it.
    const excerpt = (await page.locator('#search-results .result-hits').first().textContent())!;
    expect(excerpt.toLowerCase()).toContain(word);
    expect(excerpt).not.toMatch(/Source \d|●|reported by|sentences? shared/);
    await link.click();
    await page.waitForURL(new RegExp(`/sources/${source}/#s\\d+$`));
    const target = page.locator(':target');
    expect(await target.getAttribute('class')).toContain('sentence');
    expect((await target.textContent())!.toLowerCase()).toContain(word);
    await page.close();
  });

  test('search by keyboard: arrows move through results, Enter opens the first', { timeout: SLOW }, async () => {
    const word = briefing.headline.split(/\W+/).find((w) => w.length >= 5)!;
    const page = await browser.newPage();
    await page.goto(`${server.root}search/`);
    await page.locator('#search-input').focus();
    await page.keyboard.type(word);
    await waitForResults(page, word);
    const links = await page.$$eval('#search-results a', (all) => all.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href)).toBe(links[0]);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href)).toBe(links[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.press('Enter');
    await page.waitForURL(links[0]!);
    await page.close();
  });

  test('without JavaScript: search explains itself, the timeline and coverage still read', { timeout: SLOW }, async () => {
    const context: BrowserContext = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.root}search/`);
    const visible = await page.locator('main').innerText();
    expect(visible).toContain('needs JavaScript');
    expect(visible).not.toMatch(/Page type|Type a word/);
    await page.locator('main a', { hasText: 'sources index' }).click();
    await page.waitForURL(/\/sources\/$/);
    expect(await page.locator('.source-list li').count()).toBe(briefing.sources.length);

    await page.goto(`${server.root}timeline/`);
    expect(await page.locator('ol.timeline > li').count()).toBe(briefing.timeline.length);
    // Every mark on the axis leads to a listed event and starts with that event's list number.
    const listed = await page.$$eval('ol.timeline > li', (items) => items.map((li) => li.id));
    const marks = await page.$$eval('svg.axis-wide a', (links) =>
      links.map((a) => ({ target: a.getAttribute('href')!.slice(1), label: a.querySelector('text')!.textContent! })),
    );
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.label.split(/[–,]/)[0]).toBe(String(listed.indexOf(mark.target) + 1));
    await page.goto(server.root);
    const rows = await page.locator('.coverage-grid tbody tr').count();
    expect(rows).toBe(briefing.coverage.length);
    await context.close();
  });

  test('no script outside search, no inline styles anywhere', { timeout: SLOW }, async () => {
    const page = await browser.newPage();
    for (const url of pages()) {
      await page.goto(server.root + url);
      const scripts = await page.locator('script').count();
      if (url.startsWith('search/')) expect(scripts).toBeGreaterThan(0);
      else expect(scripts, url).toBe(0);
      expect(await page.locator('[style]').count(), url).toBe(0);
    }
    await page.close();
  });

  test('the front page uses the width: contents, briefing and sidebar side by side at 1280 px', { timeout: SLOW }, async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.root);
    const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
    const [toc, main, side] = [await box('.toc'), await box('.story-main'), await box('.sidebar')];
    expect(toc.x + toc.width).toBeLessThanOrEqual(main.x);
    expect(main.x + main.width).toBeLessThanOrEqual(side.x);
    // The contents stay in view while reading.
    await page.locator('#sources').scrollIntoViewIfNeeded();
    const tocTop = (await page.locator('.toc').boundingBox())!.y;
    expect(tocTop).toBeGreaterThanOrEqual(0);
    expect(tocTop).toBeLessThan(900);
    await page.close();
  });
});
