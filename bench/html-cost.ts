// Ingest CPU per MB for a pathological HTML file (50,000 nested elements, issue 13) next to a
// normal HTML article. Run as a child (`node bench/html-cost.ts [depth]`) so a blow-up cannot take
// the bench down; prints one JSON line: { depth, nested: Cost, normal: Cost, ratio }.
import { ingestSeed } from '../src/lib/ingest/index.ts';

export interface HtmlCost {
  bytes: number;
  /** User + system CPU of one ingest, in ms (the normal article: mean over repeats). */
  cpuMs: number;
  cpuMsPerMb: number;
  /** Null when the ingest succeeded; else its message (a clear refusal is a fine outcome). */
  error: string | null;
}

export interface HtmlCostResult {
  depth: number;
  nested: HtmlCost;
  normal: HtmlCost;
  /** nested per-MB cost ÷ normal per-MB cost (goal ≤ 10). */
  ratio: number;
}

const PARAGRAPHS = [
  'The regional council approved the new flood defences on Tuesday after a four-hour debate, ending a dispute that had delayed the project for nearly two years.',
  'Engineers said the barrier would protect about 12,000 homes along the river and could be finished before the winter storms of 2027.',
  '“This is the day the town stops being afraid of the rain,” said Marta Kowalski, who chairs the council’s planning committee.',
  'Opposition members argued the cost, estimated at 48 million euros, had been underestimated and asked for an independent review.',
  'Residents who lost their homes in the 2019 floods attended the session, some holding photographs of the water reaching their windows.',
];

const PLACES = ['Altdorf', 'Brenner', 'Castell', 'Dunmore', 'Elsfeld', 'Farrow', 'Glenholm', 'Harwick', 'Islay', 'Jarrow'];

/** A plain news page: head, navigation, headline, byline and paragraphs. */
export function normalArticle(paragraphs = 40): string {
  // Distinct sentences: the same five lines over and over would be refused as not an article.
  const body = Array.from({ length: paragraphs }, (_, i) => {
    const place = PLACES[Math.floor(i / PARAGRAPHS.length) % PLACES.length];
    return `<p>In ${place}, ${PARAGRAPHS[i % PARAGRAPHS.length]}</p>`;
  }).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council approves flood barrier</title></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Council approves flood barrier after two-year dispute</h1><p class="byline">By Anna Weber</p>
${body}
</article><footer>© The Daily Example</footer></body></html>`;
}

/** `depth` nested elements around one paragraph (a 550 KB file at 50,000). */
export function nestedArticle(depth: number): string {
  return `<html><body>${'<div>'.repeat(depth)}<p>${PARAGRAPHS[0]} ${PARAGRAPHS[1]}</p>${'</div>'.repeat(depth)}</body></html>`;
}

function cpuMs(fn: () => void): { ms: number; error: string | null } {
  const before = process.cpuUsage();
  let error: string | null = null;
  try {
    fn();
  } catch (e) {
    error = e instanceof Error ? e.message.split('\n')[0] ?? 'error' : String(e);
  }
  const used = process.cpuUsage(before);
  return { ms: (used.user + used.system) / 1000, error };
}

export function measureHtmlCost(depth: number): HtmlCostResult {
  const encode = (text: string) => new TextEncoder().encode(text);
  const normalBytes = encode(normalArticle());
  const nestedBytes = encode(nestedArticle(depth));
  // Warm up the code paths (JIT) on the normal page, then average several runs of it.
  for (let i = 0; i < 5; i++) ingestSeed('warm.html', normalBytes);
  const repeats = 20;
  const normal = cpuMs(() => {
    for (let i = 0; i < repeats; i++) ingestSeed('normal.html', normalBytes);
  });
  const nested = cpuMs(() => void ingestSeed('nested.html', nestedBytes));
  const mbOf = (bytes: Uint8Array) => bytes.length / 2 ** 20;
  const normalCost: HtmlCost = { bytes: normalBytes.length, cpuMs: normal.ms / repeats, cpuMsPerMb: normal.ms / repeats / mbOf(normalBytes), error: normal.error };
  const nestedCost: HtmlCost = { bytes: nestedBytes.length, cpuMs: nested.ms, cpuMsPerMb: nested.ms / mbOf(nestedBytes), error: nested.error };
  return { depth, nested: nestedCost, normal: normalCost, ratio: nestedCost.cpuMsPerMb / normalCost.cpuMsPerMb };
}

if (import.meta.main) {
  const depth = Number(process.argv[2] ?? 50_000);
  process.stdout.write(`${JSON.stringify(measureHtmlCost(depth))}\n`);
}
