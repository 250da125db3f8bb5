// Search cost in real headless Chromium: bytes a cold visitor downloads for a first query, bytes for a
// second query on the same page, and how long each takes until the results are shown.
import { chromium, type CDPSession } from 'playwright-core';
import { serveStatic } from '../tests/e2e/support/serve.ts';

export const CHROMIUM = '/usr/bin/chromium';

export interface QueryCost {
  query: string;
  /** Result count the page reported. */
  results: number;
  /** Everything downloaded for this step (encoded bytes on the wire). */
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

function track(cdp: CDPSession): { take(): Counter } {
  const urls = new Map<string, string>();
  let counter: Counter = { bytes: 0, pagefindBytes: 0, requests: 0 };
  cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
  cdp.on('Network.loadingFinished', (event) => {
    counter.bytes += event.encodedDataLength;
    counter.requests += 1;
    if ((urls.get(event.requestId) ?? '').includes('/pagefind/')) counter.pagefindBytes += event.encodedDataLength;
  });
  return {
    take() {
      const taken = counter;
      counter = { bytes: 0, pagefindBytes: 0, requests: 0 };
      return taken;
    },
  };
}

const STATUS = '#search-status';

function resultCount(status: string): number {
  const match = /(\d[\d,]*)\s+results?/.exec(status);
  return match?.[1] ? Number(match[1].replace(/,/g, '')) : -1;
}

export async function measureSearch(distDir: string, queries: readonly string[]): Promise<SearchCost> {
  const [first = 'cartels', second = 'sovereignty', ...rest] = queries;
  const server = await serveStatic(distDir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    const net = track(cdp);

    // Cold: a fresh profile opens /search/?q=<first>.
    let started = performance.now();
    await page.goto(`${server.root}search/?q=${encodeURIComponent(first)}`);
    await page.waitForFunction(
      ([selector, word]) => (document.querySelector(selector as string)?.textContent ?? '').includes(word as string),
      [STATUS, first],
      { timeout: 60_000, polling: 10 },
    );
    const coldLatency = performance.now() - started;
    const coldStatus = (await page.textContent(STATUS)) ?? '';
    await page.waitForLoadState('networkidle');
    const coldNet = net.take();

    // Second query on the same page: type it.
    started = performance.now();
    await page.fill('#search-input', second);
    await page.waitForFunction(
      ([selector, word]) => (document.querySelector(selector as string)?.textContent ?? '').includes(word as string),
      [STATUS, second],
      { timeout: 60_000, polling: 10 },
    );
    const secondLatency = performance.now() - started;
    const secondStatus = (await page.textContent(STATUS)) ?? '';
    await page.waitForLoadState('networkidle');
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
      cold: { query: first, results: resultCount(coldStatus), ...coldNet, latencyMs: coldLatency },
      second: { query: second, results: resultCount(secondStatus), ...secondNet, latencyMs: secondLatency },
      apiMedianMs: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN,
      apiQueries: words,
      missing: [...server.missing],
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
