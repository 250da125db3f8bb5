// The built site as a reader uses it: real Astro build, real Pagefind index, real Chromium.
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, projectRoot } from './support/build.ts';
import { chromiumAvailable, launchBrowser } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/serve.ts';
import { readBriefing, wordInExactlyOneSource } from './support/site-text.ts';
import { briefingSchema } from '../../src/lib/schema/briefing.ts';

const hasBrowser = chromiumAvailable();
let work: string;
let browser: Browser;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'briefing-e2e-'));
  if (hasBrowser) browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await rm(work, { recursive: true, force: true });
});

async function seedCount(dir: string): Promise<number> {
  return (await readdir(dir)).filter((name) => !name.startsWith('.') && name !== 'sources.yml').length;
}

/** Opens a page and records every failed request and console error on it. */
async function open(page: Page, url: string) {
  const failures: string[] = [];
  page.on('requestfailed', (r) => failures.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => { if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`); });
  page.on('pageerror', (e) => failures.push(`page error: ${e.message}`));
  await page.goto(url);
  return failures;
}

async function searchFor(page: Page, root: string, word: string) {
  await page.goto(`${root}search/?q=${encodeURIComponent(word)}`);
  await page.waitForFunction(() => /result/.test(document.querySelector('#search-status')?.textContent ?? ''));
  return resultPages(page);
}

/** Each result's page (results link to the matching sentence: the #fragment is dropped here). */
function resultPages(page: Page) {
  return page.$$eval('#search-results > li > a.result-title', (links) => links.map((a) => (a as HTMLAnchorElement).href.split('#')[0]!));
}

describe.skipIf(!hasBrowser)('site at the root', () => {
  let outDir: string;
  let server: StaticServer;
  beforeAll(async () => {
    outDir = path.join(work, 'dist-root');
    await buildSite({ outDir, contentDir: path.join(work, 'content-root') });
    server = await serveStatic(outDir, '/');
  });
  afterAll(() => server?.close());

  test('front page lists every source; a source link opens that article', async () => {
    const page = await browser.newPage();
    const failures = await open(page, server.root);
    const seeds = await seedCount(path.join(projectRoot, 'seeds'));
    const items = page.locator('#sources ~ .source-list li, section:has(#sources) .source-list li');
    expect(await items.count()).toBe(seeds);
    const first = items.first().locator('a').first();
    const title = (await first.textContent())!.trim();
    await first.click();
    await page.waitForURL(/\/sources\/[^/]+\/$/);
    expect((await page.locator('h1').textContent())!.trim()).toBe(title);
    expect(await page.locator('.article-body p').count()).toBeGreaterThan(0);
    expect(failures).toEqual([]);
    await page.close();
  });

  test('searching a word found in exactly one article returns exactly that article', async () => {
    const { word, source } = await wordInExactlyOneSource(outDir);
    const page = await browser.newPage();
    const links = await searchFor(page, server.root, word);
    expect(links).toEqual([`${server.root}sources/${source}/`]);
    await page.close();
  });

  test('the header search box leads to results', async () => {
    const { word } = await wordInExactlyOneSource(outDir);
    const page = await browser.newPage();
    await page.goto(server.root);
    await page.fill('#site-search', word);
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForFunction(() => /1 result\b/.test(document.querySelector('#search-status')?.textContent ?? ''));
    await page.close();
  });

  test('a citation on the briefing lands on the exact sentence it cites', async () => {
    const briefing = await readBriefing(outDir);
    const page = await browser.newPage();
    await page.goto(server.root);
    const badge = page.locator('#key-points ~ ol .citations a.badge, section:has(#key-points) .citations a.badge').first();
    const [source, sentence] = (await badge.getAttribute('data-cite'))!.split('#s');
    await badge.click();
    await page.waitForURL(new RegExp(`/sources/${source}/#s${sentence}$`));
    const target = page.locator(':target');
    expect(await target.getAttribute('id')).toBe(`s${sentence}`);
    const cited = briefing.sources.find((s) => s.id === source)!.sentences[Number(sentence)]!;
    expect((await target.textContent())!.trim()).toBe(cited.text);
    await page.close();
  });

  test('the timeline runs in date order and an event leads to its source sentence', async () => {
    const briefing = await readBriefing(outDir);
    const page = await browser.newPage();
    await page.goto(`${server.root}timeline/`);
    const events = page.locator('ol.timeline > li');
    expect(await events.count()).toBe(briefing.timeline.length);
    const shown = await page.$$eval('ol.timeline > li', (items) => items.map((li) => li.id));
    expect(shown).toEqual(briefing.timeline.map((event) => `e${event.id}`));
    const last = events.last().locator('a.badge').first();
    const [source, sentence] = (await last.getAttribute('data-cite'))!.split('#s');
    await last.click();
    await page.waitForURL(new RegExp(`/sources/${source}/#s${sentence}$`));
    const cited = briefing.sources.find((s) => s.id === source)!.sentences[Number(sentence)]!;
    expect((await page.locator(':target').textContent())!.trim()).toBe(cited.text);
    await page.close();
  });

  test('the search page filters results by source', async () => {
    const briefing = await readBriefing(outDir);
    const page = await browser.newPage();
    // A word every source uses, so the unfiltered search returns several pages.
    const common = briefing.sources[0]!.title.split(/\s+/).find((w) => /^[A-Z][a-z]{4,}$/.test(w)) ?? 'Mexico';
    const all = await searchFor(page, server.root, common);
    expect(all.length).toBeGreaterThan(1);
    const filter = page.locator('#filters-source input[type=checkbox]').first();
    const value = await filter.getAttribute('value');
    await filter.check();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length < n, all.length);
    const filtered = await resultPages(page);
    const expected = briefing.sources.find((s) => (s.outlet ?? s.title) === value)!;
    expect(filtered).toEqual([`${server.root}sources/${expected.id}/`]);
    expect(page.url()).toContain(`source=${encodeURIComponent(value!).replace(/%20/g, '+')}`);
    await page.close();
  });

  test('briefing.json matches its schema and every citation points at a real sentence', async () => {
    const briefing = briefingSchema.parse(await readBriefing(outDir));
    const sentences = new Map(briefing.sources.map((s) => [s.id, s.sentences.length]));
    const citations = [
      ...briefing.summary, ...briefing.keyPoints, ...briefing.claims, ...briefing.timeline, ...briefing.entities,
    ].flatMap((x) => x.citations);
    expect(citations.length).toBeGreaterThan(0);
    for (const c of citations) expect(c.sentence).toBeLessThan(sentences.get(c.source) ?? -1);
    const schema = JSON.parse(await readFile(path.join(outDir, 'briefing.schema.json'), 'utf8')) as { type: string };
    expect(schema.type).toBe('object');
    // Published as the pipeline wrote it, byte for byte.
    expect(await readFile(path.join(outDir, 'briefing.json'), 'utf8')).toBe(await readFile(path.join(work, 'content-root', 'briefing.json'), 'utf8'));
  });

  test('feeds and metadata: RSS newest first, sitemap, OpenGraph and a link to the data', async () => {
    const briefing = await readBriefing(outDir);
    const rss = await readFile(path.join(outDir, 'rss.xml'), 'utf8');
    const links = [...rss.matchAll(/<item>\s*<title>[^<]*<\/title>\s*<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]!).pathname);
    const newestFirst = [...briefing.sources].sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.id.localeCompare(b.id));
    expect(links).toEqual(newestFirst.map((s) => `/sources/${s.id}/`));
    const sitemap = await readFile(path.join(outDir, 'sitemap-0.xml'), 'utf8');
    for (const s of briefing.sources) expect(sitemap).toContain(`/sources/${s.id}/</loc>`);
    expect(await readFile(path.join(outDir, 'sitemap-index.xml'), 'utf8')).toContain('sitemap-0.xml</loc>');
    const page = await browser.newPage();
    await page.goto(server.root);
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toContain(briefing.headline);
    expect(await page.locator('meta[property="og:description"]').getAttribute('content')).toBe(
      briefing.summary.map((s) => s.text).join(' ').slice(0, 300),
    );
    expect(await page.locator('link[rel="alternate"][type="application/json"]').getAttribute('href')).toBe('/briefing.json');
    await page.close();
  });

  test('a second build from the same seeds is byte-identical', async () => {
    const again = path.join(work, 'dist-again');
    const content = path.join(work, 'content-again');
    await buildSite({ outDir: again, contentDir: content });
    expect(await treeDigest(again)).toEqual(await treeDigest(outDir));
    expect(await treeDigest(content)).toEqual(await treeDigest(path.join(work, 'content-root')));
  });
});

describe.skipIf(!hasBrowser)('site under a sub-path, with broken and hostile articles', () => {
  const base = '/briefing/';
  let outDir: string;
  let seeds: string;
  let server: StaticServer;
  beforeAll(async () => {
    seeds = path.join(work, 'seeds-hostile');
    await cp(path.join(projectRoot, 'seeds'), seeds, { recursive: true });
    await writeFile(path.join(seeds, 'empty.txt'), '');
    await writeFile(path.join(seeds, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 8, 0, 0, 1]));
    await writeFile(
      path.join(seeds, 'hostile.txt'),
      'Harbour Crane Collapse Injures Two Workers\n\n' +
        'A crane collapsed at the Northgate harbour on Tuesday, injuring two workers, port officials said.\n\n' +
        '<script>window.__pwned = true</script> <img src=x onerror="window.__pwned = true"> The port authority said the zebrafinch terminal would reopen next week.\n',
    );
    outDir = path.join(work, 'dist-sub');
    await buildSite({ outDir, base, seedsDir: seeds, contentDir: path.join(work, 'content-sub') });
    server = await serveStatic(outDir, base);
  });
  afterAll(() => server?.close());

  test('every link, asset and the search index resolve under the sub-path', async () => {
    const page = await browser.newPage();
    const failures = await open(page, server.root);
    // Resolved from the attribute: links inside the timeline's SVG have no string `href` property.
    const hrefs = await page.$$eval('a[href]', (links) => links.map((a) => new URL(a.getAttribute('href')!, document.baseURI).href));
    const internal = [...new Set(hrefs.map((h) => h.split('#')[0]!))].filter((h) => h.startsWith(server.origin));
    expect(internal.filter((h) => !h.startsWith(server.root))).toEqual([]);
    for (const url of internal) {
      const response = await page.request.get(url);
      expect(response.status(), url).toBe(200);
    }
    const links = await searchFor(page, server.root, 'zebrafinch');
    // The article's own page, and at most its story's briefing (a one-article story quotes it); no other source.
    expect(links).toContain(`${server.root}sources/hostile/`);
    expect(links.filter((link) => link.includes('/sources/'))).toEqual([`${server.root}sources/hostile/`]);
    expect(failures).toEqual([]);
    expect(server.missing).toEqual([]);
    await page.close();
  });

  test('article text never becomes live HTML or script', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.root}sources/hostile/`);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(await page.locator('.article-body').textContent()).toContain('<script>window.__pwned = true</script>');
    expect(await page.locator('.article-body script, .article-body img').count()).toBe(0);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    await page.close();
  });

  test('broken seeds are reported by name and every good article is still published', async () => {
    const briefing = await readBriefing(outDir);
    expect(briefing.sources.map((s) => s.id)).toContain('hostile');
    expect(briefing.sources).toHaveLength((await seedCount(seeds)) - 2);
    expect(briefing.errors.map((e) => e.file).sort()).toEqual(['seeds-hostile/binary.txt', 'seeds-hostile/empty.txt']);
    const page = await browser.newPage();
    await page.goto(server.root);
    const reported = await page.locator('details:has-text("could not be published")').textContent();
    expect(reported).toContain('empty.txt');
    expect(reported).toContain('binary.txt');
    await page.close();
  });
});

/** Every file's relative path and bytes, for comparing two builds. */
async function treeDigest(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = createHash('sha256').update(await readFile(file)).digest('hex');
  }
  return out;
}
