// `briefing add URL` against a real HTTP server on 127.0.0.1 (never the internet).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runAdd } from '../../../src/cli/add.ts';
import { ingestSeeds } from '../../../src/lib/ingest/index.ts';
import { captureIO, expectOnlyAdded, tempSeeds, type TempSeeds } from './helpers.ts';

const ARTICLE_PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Wildfire forces evacuation of hillside villages | The Valley Courier</title>
  <meta property="og:site_name" content="The Valley Courier">
  <meta property="og:title" content="Wildfire forces evacuation of hillside villages">
  <meta property="article:published_time" content="2025-07-14T06:45:00+02:00">
  <link rel="canonical" href="https://courier.example/news/wildfire-evacuation">
</head>
<body>
  <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/subscribe">Subscribe</a></nav></header>
  <main>
    <article>
      <h1>Wildfire forces evacuation of hillside villages</h1>
      <p class="byline">By Marta Ruiz</p>
      <p>Firefighters battled a fast-moving wildfire through the night as strong winds pushed the flames toward three hillside villages, forcing more than 2,000 residents to leave their homes.</p>
      <p>The regional emergency service said on Monday that four water-bombing aircraft and about 300 firefighters were deployed, and that the blaze had burned roughly 1,800 hectares of pine forest and scrub.</p>
      <p>"The wind changed direction twice after midnight, and that is what made this fire so dangerous," the service's spokesman told reporters at a command post below the ridge.</p>
      <h2>Roads closed</h2>
      <p>Police closed two main roads into the valley and asked drivers to stay away while crews cut firebreaks along the ridge above the largest of the villages.</p>
      <p>No deaths were reported, but two firefighters were treated for smoke inhalation, officials said, adding that temperatures were expected to stay above 38C until Wednesday.</p>
    </article>
  </main>
  <aside><h3>Most read</h3><ul><li><a href="/a">Heatwave warning extended</a></li><li><a href="/b">Reservoirs at record low</a></li></ul></aside>
  <footer><p>© 2025 The Valley Courier. All rights reserved.</p></footer>
</body>
</html>
`;

let server: Server;
let base: string;
/** How many bytes the oversized route got to send before the client hung up. */
let hugeSent = 0;

function route(req: IncomingMessage, res: ServerResponse): void {
  switch (req.url) {
    case '/news/wildfire-evacuation':
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE_PAGE);
      return;
    case '/old-link':
      res.writeHead(301, { location: '/news/wildfire-evacuation' }).end();
      return;
    case '/wire.txt':
      res.writeHead(200, { 'content-type': 'text/plain; charset=windows-1252' });
      res.end(
        Buffer.from(
          'Café owners protest new terrace fees\n\nCafé owners in the old town closed their terraces for an hour on Tuesday to protest a sharp rise in the fees the city charges for outdoor seating.\n\nThe council said the new rates would fund repairs to the cobbled streets.\n',
          'latin1',
        ),
      );
      return;
    case '/report.pdf':
      res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7\n');
      return;
    case '/slow': {
      // Headers only after 5 s: far past the test's timeout.
      const timer = setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(ARTICLE_PAGE), 5000);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    case '/stall':
      // Headers and half a page, then nothing: the body read must time out too.
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write(ARTICLE_PAGE.slice(0, 600));
      return;
    case '/huge': {
      // Chunked, no content-length: only counting bytes can stop it.
      res.writeHead(200, { 'content-type': 'text/html' });
      hugeSent = 0;
      const chunk = Buffer.alloc(64 * 1024, '<p>Filler paragraph text. </p>\n');
      const pump = (): void => {
        while (!res.destroyed && hugeSent < 50 * 1024 * 1024) {
          hugeSent += chunk.length;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
        if (!res.destroyed) res.end();
      };
      pump();
      return;
    }
    case '/huge-declared':
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(6 * 1024 * 1024) });
      res.write('<html>');
      return;
    default:
      res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
  }
}

beforeAll(async () => {
  server = createServer(route);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

let t: TempSeeds;
beforeEach(async () => {
  t = await tempSeeds();
});
afterEach(async () => {
  await t.cleanup();
});

async function add(args: string[], timeoutMs = 2000) {
  const cap = captureIO();
  const code = await runAdd(args, cap.io, { seedsDir: t.seeds, timeoutMs });
  return { code, out: cap.out(), err: cap.err() };
}

describe('briefing add URL', () => {
  it('keeps a fetched HTML page as HTML; the page URL (after redirects) is the given url', async () => {
    const run = await add([`${base}/old-link`]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const name = '005_wildfire-forces-evacuation-of-hillside-villages.html';
    expect(run.out).toBe(
      `${join(t.seeds, name)}\n"Wildfire forces evacuation of hillside villages" — The Valley Courier, 2025-07-14, 140 words\n`,
    );
    await expectOnlyAdded(t, [name]);
    const written = await readFile(join(t.seeds, name), 'utf8');
    expect(written).toBe(`---\nurl: ${base}/news/wildfire-evacuation\n---\n\n${ARTICLE_PAGE}`);

    const { articles, errors } = await ingestSeeds(t.seeds);
    expect(errors).toEqual([]);
    const a = articles.find((x) => x.seed === name)!;
    expect(a.format).toBe('html');
    expect([a.url, a.outlet, a.outletSource, a.published, a.publishedSource]).toEqual([
      `${base}/news/wildfire-evacuation`,
      'The Valley Courier',
      'stated',
      '2025-07-14T06:45:00+02:00',
      'stated',
    ]);
    expect(a.body).toContain('## Roads closed');
    expect(a.body).not.toMatch(/Most read|Subscribe|All rights reserved/);
  });

  it('--url and the other flags win over what the page says', async () => {
    const run = await add([`${base}/news/wildfire-evacuation`, '--url', 'https://courier.example/w', '--outlet', 'Valley Courier', '--published', '2025-07-15']);
    expect(run.code).toBe(0);
    const name = '005_wildfire-forces-evacuation-of-hillside-villages.html';
    const a = (await ingestSeeds(t.seeds)).articles.find((x) => x.seed === name)!;
    expect([a.url, a.outlet, a.outletSource, a.published, a.publishedSource]).toEqual([
      'https://courier.example/w',
      'Valley Courier',
      'given',
      '2025-07-15',
      'given',
    ]);
  });

  it('a text/plain page in a declared legacy charset is stored as UTF-8 .txt', async () => {
    const run = await add([`${base}/wire.txt`]);
    expect(run.code).toBe(0);
    const name = '005_cafe-owners-protest-new-terrace-fees.txt';
    await expectOnlyAdded(t, [name]);
    expect(await readFile(join(t.seeds, name), 'utf8')).toContain('Café owners in the old town');
  });

  it('refuses a 404, a PDF, a slow server, a stalled body and oversized bodies, writing nothing', async () => {
    // The timeout is injected: short for the slow routes, roomy where 5 MB must stream first. The
    // message names the limit that fired; how long it took belongs to no test on a loaded machine.
    const cases: [string, RegExp, number][] = [
      ['/missing', /: returned HTTP 404 Not Found$/, 2000],
      ['/report.pdf', /: is application\/pdf, not an article \(accepted: text\/html, text\/plain, text\/markdown\)$/, 2000],
      ['/slow', /: timed out after 300 ms \(no complete response\)$/, 300],
      ['/stall', /: timed out after 300 ms \(no complete response\)$/, 300],
      ['/huge', /: is over the 5 MB limit for one article \(stopped reading at 5\.\d MB\)$/, 10_000],
      ['/huge-declared', /: is 6 MB, over the 5 MB limit for one article$/, 2000],
    ];
    for (const [path, message, timeoutMs] of cases) {
      const run = await add([`${base}${path}`], timeoutMs);
      expect(run.code, path).toBe(1);
      expect(run.err.trimEnd(), path).toMatch(new RegExp(`^briefing add: ${base}${path}`.replace(/[.]/g, '\\.')));
      expect(run.err.trimEnd(), path).toMatch(message);
    }
    expect(hugeSent).toBeLessThan(20 * 1024 * 1024); // the client hung up, it did not drain 50 MB
    await expectOnlyAdded(t);
  });

  it('a connection refused is a one-line error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const run = await add([`http://127.0.0.1:${port}/x`]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^briefing add: http:\/\/127\.0\.0\.1:\d+\/x: could not be fetched \(.*ECONNREFUSED.*\)\n$/);
    await expectOnlyAdded(t);
  });
});
