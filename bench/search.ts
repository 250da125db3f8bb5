// Search cost in real headless Chromium: bytes a cold visitor downloads for a first query, bytes for a
// second query on the same page, and how long each takes until the results are shown.
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { CONTENT_TYPES } from '../tests/e2e/support/serve.ts';

export interface QueryCost {
  query: string;
  /** Result count the page reported. */
  results: number;
  /** Everything the server sent for this step (response bodies; no compression, as most static hosts would gzip HTML/JS). */
  bytes: number;
  /** Of which Pagefind files (/pagefind/…). */
  pagefindBytes: number;
  requests: number;
  /** From navigation (cold) or typing (second) to "N results" in #search-status. */
  latencyMs: number;
}

export interface SearchCost {
  site: string;
  cold: QueryCost;
  second: QueryCost;
  /** `pagefind.search()` + `data()` of the top 10, timed inside the page once warm (median of 5 words). */
  apiMedianMs: number;
  apiQueries: string[];
  missing: string[];
}

interface Counter {
  bytes: number;
  pagefindBytes: number;
  requests: number;
}

interface CountingServer {
  root: string;
  missing: string[];
  take(): Counter;
  close(): Promise<void>;
}


/**
 * A static server for dist/ that counts what it sends. Counting at the server sees every request,
 * including those Pagefind makes from a Web Worker, which a page-level CDP session would miss.
 */
async function serveCounting(dir: string): Promise<CountingServer> {
  const missing: string[] = [];
  let counter: Counter = { bytes: 0, pagefindBytes: 0, requests: 0 };
  const resolveFile = async (relative: string): Promise<string | null> => {
    const candidate = path.join(dir, relative);
    if (!candidate.startsWith(dir)) return null;
    const info = await stat(candidate).catch(() => null);
    if (info?.isFile()) return candidate;
    if (info?.isDirectory()) return resolveFile(path.join(relative, 'index.html'));
    return null;
  };
  const server: Server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      const file = await resolveFile(pathname);
      if (!file) {
        missing.push(pathname);
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
      const body = await readFile(file);
      counter.requests += 1;
      counter.bytes += body.length;
      if (pathname.startsWith('/pagefind/')) counter.pagefindBytes += body.length;
      response.writeHead(200, { 'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server did not bind');
  return {
    root: `http://127.0.0.1:${address.port}/`,
    missing,
    take() {
      const taken = counter;
      counter = { bytes: 0, pagefindBytes: 0, requests: 0 };
      return taken;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const STATUS = '#search-status';

function resultCount(status: string): number {
  const match = /(\d[\d,]*)\s+results?/.exec(status);
  return match?.[1] ? Number(match[1].replace(/,/g, '')) : -1;
}

/** Runs `act`, then waits until the page reports results for `word`: latency and the status line. */
async function timeQuery(page: Page, word: string, act: () => Promise<unknown>): Promise<{ latencyMs: number; status: string }> {
  const started = performance.now();
  await act();
  await page.waitForFunction(
    ([selector, w]) => (document.querySelector(selector as string)?.textContent ?? '').includes(w as string),
    [STATUS, word],
    { timeout: 60_000, polling: 10 },
  );
  const latencyMs = performance.now() - started;
  const status = (await page.textContent(STATUS)) ?? '';
  await page.waitForLoadState('networkidle');
  return { latencyMs, status };
}

export async function measureSearch(distDir: string, queries: readonly string[]): Promise<SearchCost> {
  const [first = 'cartels', second = 'sovereignty', ...rest] = queries;
  const server = await serveCounting(path.resolve(distDir));
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const net = server;

    // Cold: a fresh profile opens /search/?q=<first>.
    const cold = await timeQuery(page, first, () => page.goto(`${server.root}search/?q=${encodeURIComponent(first)}`));
    const coldNet = net.take();

    // Second query on the same page: type it.
    const secondRun = await timeQuery(page, second, () => page.fill('#search-input', second));
    const secondNet = net.take();

    // Warm API latency: Pagefind directly, the module the page already loaded.
    const words = rest.length > 0 ? rest : ['president', 'border', 'fentanyl', 'ministry', 'drones'];
    const timings = await page.evaluate(async (list: string[]) => {
      const url = new URL('pagefind/pagefind.js', document.baseURI.replace(/search\/.*$/, '')).href;
      const pf = (await import(url)) as {
        init(): Promise<void>;
        search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
      };
      await pf.init();
      const out: number[] = [];
      for (const word of list) {
        const t0 = performance.now();
        const found = await pf.search(word);
        await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
        out.push(performance.now() - t0);
      }
      return out;
    }, words);
    const sorted = [...timings].sort((a, b) => a - b);
    await context.close();
    return {
      site: distDir,
      cold: { query: first, results: resultCount(cold.status), ...coldNet, latencyMs: cold.latencyMs },
      second: { query: second, results: resultCount(secondRun.status), ...secondNet, latencyMs: secondRun.latencyMs },
      apiMedianMs: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN,
      apiQueries: words,
      missing: [...server.missing],
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
