// `npm run bench`: corpus → in-process ingest/analysis → real Astro build (+Pagefind) → baseline
// Astro build (+Pagefind) per size, then growth, incremental rebuild and search cost. Prints Markdown
// and writes bench/results.json. Builds run one at a time (never two in the project directory).
//
// Flags: --sizes 10,100,1000   --full (adds 10000)   --no-pipeline (in-process ingest/analysis)
//        --no-build (our Astro build)   --no-baseline   --no-search   --no-incremental   --seed N
//        --no-recall   --recall-size N (default 1000)   --no-html   --html-limit <minutes, default 5>
//        --no-loader-compare   --shards N
//        --build-timeout <minutes, default 20>   --json <file>
import { cp, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { runNode, tail } from './child.ts';
import { parseBuild } from './parse.ts';
import { corpusStories, generateCorpus, type CorpusArticle, type RealStory } from './corpus.ts';
import type { HtmlCostResult } from './html-cost.ts';
import { DUC_MAIN_DOCS, readRealStories } from './real.ts';
import { measureRecall } from './recall.ts';
import { proveMergedSearch, shardBase, shardByStory, type ShardBuild } from './shards.ts';
import {
  growth,
  markdown,
  secs,
  targets,
  type BaselineFigures,
  type BuildFigures,
  type InProcess,
  type Incremental,
  type LoaderComparison,
  type Results,
  type SizeResult,
  type StorySummary,
} from './report.ts';
import { measureSearch, type SearchCost } from './search.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const BENCH = path.join(ROOT, 'bench');
const OUT = path.join(BENCH, 'out');
const ASTRO = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const BASELINE = path.join(BENCH, 'baseline');

const { values: flags } = parseArgs({
  options: {
    sizes: { type: 'string' },
    full: { type: 'boolean', default: false },
    'no-baseline': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'no-pipeline': { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    'no-incremental': { type: 'boolean', default: false },
    'no-recall': { type: 'boolean', default: false },
    'no-html': { type: 'boolean', default: false },
    'no-loader-compare': { type: 'boolean', default: false },
    shards: { type: 'string' },
    'recall-size': { type: 'string', default: '1000' },
    'html-limit': { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    'build-timeout': { type: 'string', default: '20' },
    json: { type: 'string', default: path.join(BENCH, 'results.json') },
  },
});

const sizes = [
  ...new Set([
    ...(flags.sizes ?? '10,100,1000')
      .split(',')
      .map((s) => Number(s.trim().replace(/_/g, '')))
      .filter((n) => Number.isInteger(n) && n > 0),
    ...(flags.full ? [10_000] : []),
  ]),
].sort((a, b) => a - b);
const seed = Number(flags.seed);
const buildTimeoutMs = Number(flags['build-timeout']) * 60_000;

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

async function time<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await fn();
  return [value, performance.now() - t0];
}

// ---------------------------------------------------------------- files

async function readSeeds(): Promise<string[]> {
  const dir = path.join(ROOT, 'seeds');
  const files = (await readdir(dir)).filter((f) => /\.(?:txt|md|html?)$/i.test(f)).sort();
  return Promise.all(files.map((f) => readFile(path.join(dir, f), 'utf8')));
}

async function writeCorpus(dir: string, articles: readonly CorpusArticle[]): Promise<number> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  for (const article of articles) {
    await writeFile(path.join(dir, article.file), article.text);
    bytes += Buffer.byteLength(article.text);
  }
  return bytes;
}

/** The corpus as plain Markdown pages for the baseline: title line → frontmatter, rest → paragraphs. */
async function writeBaselineContent(dir: string, articles: readonly CorpusArticle[]): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const article of articles) {
    const lines = article.text.split(/\n+/).map((l) => l.trim()).filter(Boolean);
    const body = lines.filter((l) => l.split(/\s+/).length >= 8 && /[.!?"”’)]$/.test(l));
    const title = lines.find((l) => l.split(/\s+/).length >= 4 && !/[.!?]$/.test(l)) ?? lines[0] ?? 'Untitled';
    const front = ['---', `title: ${JSON.stringify(title)}`, 'outlet: null', 'published: null', '---', ''];
    await writeFile(path.join(dir, article.file.replace(/\.txt$/, '.md')), `${front.join('\n')}\n${body.join('\n\n')}\n`);
  }
}

async function dirStats(dir: string): Promise<{ bytes: number; html: number }> {
  let bytes = 0;
  let html = 0;
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    bytes += (await stat(full)).size;
    if (entry.name.endsWith('.html')) html++;
  }
  return { bytes, html };
}

// ---------------------------------------------------------------- stages

async function inProcess(corpusDir: string): Promise<InProcess> {
  const { ingestSeeds } = await import('../src/lib/ingest/index.ts');
  const { buildBriefing } = await import('../src/lib/pipeline.ts');
  const [ingested, ingestMs] = await time(() => ingestSeeds(corpusDir));
  const [briefing, analysisMs] = await time(() => buildBriefing(ingested.articles, ingested.errors));
  return {
    ingestMs,
    analysisMs,
    articles: ingested.articles.length,
    errors: ingested.errors.length,
    sentences: briefing.stats.sentences,
    claims: briefing.stats.claims,
    candidatePairs: briefing.stats.candidatePairs,
    maxRss: process.resourceUsage().maxRSS * 1024,
  };
}

/** The build cache's files: their names carry the pipeline fingerprint. */
async function cacheFiles(dir: string): Promise<string[]> {
  return (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.json')).sort();
}

function rel(p: string): string {
  return path.relative(ROOT, p) || '.';
}

/**
 * One build of the real site. `clean` empties the content dir and the pipeline's build cache
 * (BRIEFING_CACHE) first, for a cold full build; the rebuild keeps both.
 */
async function buildOurs(
  seedsDir: string,
  contentDir: string,
  cacheDir: string,
  outDir: string,
  clean: boolean,
  extraEnv: Record<string, string> = {},
): Promise<BuildFigures> {
  if (clean) {
    await rm(contentDir, { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });
  }
  await rm(outDir, { recursive: true, force: true });
  const run = await runNode([ASTRO, 'build', '--outDir', outDir], {
    cwd: ROOT,
    // content.config.ts prefixes BRIEFING_CONTENT with `./`, so it must be relative to the root.
    env: {
      ASTRO_TELEMETRY_DISABLED: '1',
      BRIEFING_SEEDS: rel(seedsDir),
      BRIEFING_CONTENT: rel(contentDir),
      BRIEFING_CACHE: rel(cacheDir),
      ...extraEnv,
    },
    echo: /(?:ingest|analysis):.*\bin \d|Pagefind|page\(s\) built|error/i,
    timeoutMs: buildTimeoutMs,
  });
  await writeFile(path.join(OUT, `${path.basename(outDir)}.log`), run.lines.map((l) => `${l.at.toFixed(0).padStart(7)} ${l.stream === 'stderr' ? '!' : ' '} ${l.text}`).join('\n'));
  if (run.timedOut) throw new Error(`astro build killed after ${flags['build-timeout']} min (--build-timeout)`);
  if (run.code !== 0) throw new Error(`astro build failed (exit ${run.code}):\n${tail(run)}`);
  const dist = await dirStats(outDir);
  const pf = await dirStats(path.join(outDir, 'pagefind'));
  return { ...parseBuild(run), htmlPages: dist.html, distBytes: dist.bytes, pagefindBytes: pf.bytes };
}

async function buildBaseline(contentDir: string, outDir: string): Promise<BaselineFigures> {
  await rm(outDir, { recursive: true, force: true });
  const run = await runNode([ASTRO, 'build', '--root', BASELINE, '--outDir', outDir], {
    cwd: ROOT,
    env: { ASTRO_TELEMETRY_DISABLED: '1', BASELINE_CONTENT: contentDir, BASELINE_CACHE: path.join(OUT, 'baseline-cache') },
    echo: /page\(s\) built|error/i,
    timeoutMs: buildTimeoutMs,
  });
  await writeFile(path.join(OUT, `${path.basename(outDir)}.log`), run.lines.map((l) => `${l.at.toFixed(0).padStart(7)} ${l.text}`).join('\n'));
  if (run.timedOut) throw new Error(`baseline build killed after ${flags['build-timeout']} min (--build-timeout)`);
  if (run.code !== 0) throw new Error(`baseline build failed (exit ${run.code}):\n${tail(run)}`);
  const [pagefindPages, pagefindMs] = await time(() => indexWithPagefind(outDir));
  const dist = await dirStats(outDir);
  return {
    astroMs: run.wallMs,
    pagefindMs,
    totalMs: run.wallMs + pagefindMs,
    maxRss: run.maxRss,
    treeRss: run.treeRss,
    htmlPages: dist.html,
    pagefindPages,
  };
}

async function indexWithPagefind(dir: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`Pagefind createIndex failed: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length > 0) throw new Error(`Pagefind addDirectory failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind writeFiles failed: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

function machine(): Record<string, string | number> {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cpus: cpus.length,
    memory: `${Math.round(os.totalmem() / 1024 ** 3)} GB`,
    memoryBytes: os.totalmem(),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message.split('\n').slice(0, 12).join('\n') : String(error);
}

/** The most telling line of an error: the first that names an error, else the first. */
function firstLine(error: unknown): string {
  const lines = errorText(error).split('\n').map((l) => l.trim()).filter(Boolean);
  const at = lines.findIndex((l, i) => i > 0 && /error|failed|cannot|unable/i.test(l));
  if (at < 0) return lines[0] ?? 'unknown error';
  return [lines[0], ...lines.slice(at, at + 3)].join(' ').replace(/\s+/g, ' ');
}

/** Kinds and sizes of the corpus's stories, for the report. */
function summarizeStories(size: number, real: readonly RealStory[]): StorySummary {
  const stories = corpusStories({ size, seeds: [], seed, real });
  const sizes = stories.map((s) => s.size).sort((a, b) => a - b);
  const count = (min: number, max: number) => sizes.filter((n) => n >= min && n <= max).length;
  return {
    stories: stories.length,
    real: stories.filter((s) => s.kind === 'real').length,
    realVariations: stories.filter((s) => s.kind === 'real-variation').length,
    seedVariations: stories.filter((s) => s.kind === 'seed-variation').length,
    median: sizes[Math.floor(sizes.length / 2)] ?? 0,
    largest: sizes.slice(-3).reverse(),
    histogram: { '1–4': count(1, 4), '5–50': count(5, 50), '51–199': count(51, 199), '200+': count(200, Infinity) },
  };
}

/** Ingest CPU per MB of a 50,000-level nested HTML file against a normal article, in a child with a time limit. */
async function measureHtml(depth: number, limitMs: number): Promise<HtmlCostResult | { depth: number; timedOutAfterMs: number }> {
  const run = await runNode([path.join(BENCH, 'html-cost.ts'), String(depth)], { cwd: ROOT, env: {}, timeoutMs: limitMs });
  if (run.timedOut) return { depth, timedOutAfterMs: limitMs };
  const line = run.lines.filter((l) => l.stream === 'stdout').at(-1)?.text ?? '';
  if (run.code !== 0 || !line.startsWith('{')) throw new Error(`html-cost failed (exit ${run.code}):\n${tail(run)}`);
  return JSON.parse(line) as HtmlCostResult;
}

/** `--shards N`: the corpus of `size` split by story, each shard built under /shard-K/, then a merged search. */
async function buildShards(size: number, shards: number, real: readonly RealStory[], seeds: readonly string[]) {
  const root = path.join(OUT, 'shards');
  await rm(root, { recursive: true, force: true });
  const parts = shardByStory(generateCorpus({ size, seeds, seed, real }), shards);
  const builds: ShardBuild[] = [];
  for (const [shard, articles] of parts.entries()) {
    const corpusDir = path.join(OUT, `shard-corpus-${shard}`);
    await writeCorpus(corpusDir, articles);
    log(`[shards] building shard ${shard} (${articles.length} articles) under ${shardBase(shard)} …`);
    const figures = await buildOurs(corpusDir, path.join(OUT, `shard-content-${shard}`), path.join(OUT, `shard-cache-${shard}`), path.join(root, `shard-${shard}`), true, {
      BASE_PATH: shardBase(shard),
    });
    builds.push({ shard, articles: articles.length, stories: new Set(articles.map((a) => a.story)).size, wallMs: figures.wallMs, htmlPages: figures.htmlPages });
  }
  log('[shards] merged search in headless Chromium …');
  const proof = await proveMergedSearch(root, shards, 'said');
  log(`[shards] "${proof.query}": ${proof.resultsPerShard.join(' + ')} results per shard (shard 0 alone: ${proof.primaryOnly})`);
  return { size, builds, proof };
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const seeds = await readSeeds();
  const real = await readRealStories();
  const corpusNote =
    real.length > 0
      ? `${real.length} real DUC 2007 stories (${real.reduce((n, r) => n + r.articles.length, 0)} articles) from ${rel(DUC_MAIN_DOCS)}, plus seeded variations`
      : `DUC 2007 corpus not found at ${rel(DUC_MAIN_DOCS)}: seeded variations of the bundled seeds only`;
  log(`bench: sizes ${sizes.join(', ')} · seed ${seed} · ${os.cpus().length} CPUs · Node ${process.version}\ncorpus: ${corpusNote}`);
  const results: SizeResult[] = [];
  let incremental: Incremental | null = null;
  let loaderComparison: LoaderComparison | null = null;

  for (const size of sizes) {
    const notes: string[] = [];
    const corpusDir = path.join(OUT, `corpus-${size}`);
    const articles = generateCorpus({ size, seeds, seed, real });
    const corpusBytes = await writeCorpus(corpusDir, articles);
    const stories = summarizeStories(size, real);
    log(`\n[${size}] corpus: ${articles.length} articles in ${stories.stories} stories (largest ${stories.largest.join(', ')}), ${(corpusBytes / 1024).toFixed(0)} KB → ${rel(corpusDir)}`);
    const loadAverage = os.loadavg()[0] ?? 0;
    if (loadAverage > os.cpus().length / 2) notes.push(`load average ${loadAverage.toFixed(2)} at start: other work was running, timings are noisy`);
    const result: SizeResult = { size, corpusBytes, stories, loadAverage, inProcess: null, build: null, baseline: null, notes };
    results.push(result);

    if (!flags['no-baseline']) {
      try {
        const baseContent = path.join(OUT, `baseline-content-${size}`);
        await writeBaselineContent(baseContent, articles);
        log(`[${size}] baseline build …`);
        result.baseline = await buildBaseline(baseContent, path.join(OUT, `baseline-dist-${size}`));
        log(`[${size}] baseline ${secs(result.baseline.astroMs)} + pagefind ${secs(result.baseline.pagefindMs)} (${result.baseline.htmlPages} HTML pages)`);
      } catch (error) {
        notes.push(`baseline failed: ${firstLine(error)}`);
        log(`[${size}] ${errorText(error)}`);
      }
    }
    if (!flags['no-pipeline']) {
      try {
        result.inProcess = await inProcess(corpusDir);
        const p = result.inProcess;
        log(`[${size}] in-process: ingest ${p.ingestMs.toFixed(0)} ms, analysis ${p.analysisMs.toFixed(0)} ms, ${p.candidatePairs} candidate pairs, bench RSS ${Math.round(p.maxRss / 2 ** 20)} MB`);
      } catch (error) {
        notes.push(`in-process ingest/analysis failed: ${firstLine(error)}`);
        log(`[${size}] in-process failed: ${errorText(error)}`);
      }
    }
    if (!flags['no-build']) {
      const contentDir = path.join(OUT, `content-${size}`);
      const distDir = path.join(OUT, `dist-${size}`);
      const cacheDir = path.join(OUT, `cache-${size}`);
      try {
        log(`[${size}] astro build …`);
        result.build = await buildOurs(corpusDir, contentDir, cacheDir, distDir, true);
        log(`[${size}] build ${secs(result.build.wallMs)} (${result.build.htmlPages} HTML pages)`);
      } catch (error) {
        notes.push(`build failed: ${firstLine(error)}`);
        log(`[${size}] ${errorText(error)}`);
      }
      if (size === 1000 && result.build && !flags['no-incremental']) {
        try {
          const plusDir = path.join(OUT, `corpus-${size}-plus1`);
          await rm(plusDir, { recursive: true, force: true });
          await cp(corpusDir, plusDir, { recursive: true });
          const extra = generateCorpus({ size, seeds, seed, real, extra: 1 }).at(-1);
          if (!extra) throw new Error('no extra article');
          await writeFile(path.join(plusDir, extra.file), extra.text);
          log(`[${size}] rebuild with one article added (${extra.file}), same content dir …`);
          const rebuildDist = path.join(OUT, `dist-${size}-plus1`);
          let cacheBefore = await cacheFiles(cacheDir);
          let rebuild = await buildOurs(plusDir, contentDir, cacheDir, rebuildDist, false);
          let cacheAfter = await cacheFiles(cacheDir);
          if (cacheBefore.length > 0 && cacheBefore.some((f) => !cacheAfter.includes(f))) {
            // src/lib changed under us (the cache key includes its digest): warm the cache again with the
            // original 1,000 (which also puts the content dir back) and retry once.
            log(`[${size}] pipeline code changed during the rebuild; warming the cache again and retrying once …`);
            await buildOurs(corpusDir, contentDir, cacheDir, path.join(OUT, `dist-${size}-warm`), false);
            cacheBefore = await cacheFiles(cacheDir);
            rebuild = await buildOurs(plusDir, contentDir, cacheDir, rebuildDist, false);
            cacheAfter = await cacheFiles(cacheDir);
          }
          const log1 = await readFile(path.join(OUT, `${path.basename(rebuildDist)}.log`), 'utf8');
          const reused = /\((\d+) from cache\)/.exec(log1);
          incremental = {
            size,
            fullMs: result.build.wallMs,
            rebuildMs: rebuild.wallMs,
            fullCrossSourceMs: result.build.crossSourceMs,
            crossSourceMs: rebuild.crossSourceMs,
            ratio: rebuild.wallMs / result.build.wallMs,
            rebuild,
            fromCache: reused?.[1] ? Number(reused[1]) : null,
            cacheInvalidated: cacheBefore.length > 0 && cacheBefore.some((f) => !cacheAfter.includes(f)),
          };
          log(`[${size}] rebuild ${secs(rebuild.wallMs)} vs full ${secs(result.build.wallMs)}`);
        } catch (error) {
          notes.push(`incremental rebuild failed: ${firstLine(error)}`);
          log(`[${size}] ${errorText(error)}`);
        }
      }
      if (size === Math.max(...sizes.filter((n) => n <= 1000)) && result.build && !flags['no-loader-compare']) {
        try {
          // The same cold build with Astro's glob loader (renders every article body) instead of ours.
          log(`[${size}] the same build with Astro's glob loader, for comparison …`);
          const glob = await buildOurs(corpusDir, contentDir, cacheDir, path.join(OUT, `dist-${size}-glob`), true, { BRIEFING_CONTENT_LOADER: 'glob' });
          loaderComparison = { size, frontmatterOnly: result.build, glob };
          log(`[${size}] glob loader ${secs(glob.wallMs)} (astro ${secs(glob.astroMs)}) vs frontmatter-only ${secs(result.build.wallMs)} (astro ${secs(result.build.astroMs)})`);
        } catch (error) {
          notes.push(`glob-loader comparison failed: ${firstLine(error)}`);
          log(`[${size}] ${errorText(error)}`);
        }
      }
    }
  }

  // Recall of the candidate index against exhaustive pairing, on one story of 1,000 articles.
  let recall: Results['recall'] = null;
  if (!flags['no-recall']) {
    try {
      const recallSize = Number(flags['recall-size']);
      const dir = path.join(OUT, `recall-${recallSize}`);
      await writeCorpus(dir, generateCorpus({ size: recallSize, seeds, seed, storySizes: [recallSize] }));
      log(`\nrecall: one story of ${recallSize} articles (${rel(dir)}), candidate index vs exhaustive …`);
      const { ingestSeeds } = await import('../src/lib/ingest/index.ts');
      const { articles } = await ingestSeeds(dir);
      recall = measureRecall(articles, log);
      log(`recall: ${(recall.claimRecall * 100).toFixed(1)}% of exhaustive claims found`);
    } catch (error) {
      log(`recall failed: ${errorText(error)}`);
    }
  }

  let html: Results['html'] = null;
  if (!flags['no-html']) {
    try {
      const limit = Number(flags['html-limit']);
      log(`\nhtml: ingest CPU of a 50,000-level nested HTML file vs a normal article (limit ${limit} min) …`);
      html = await measureHtml(50_000, limit * 60_000);
      log(`html: ${'ratio' in html ? `${html.ratio.toFixed(1)}× a normal article's CPU per MB` : `did not finish in ${secs(html.timedOutAfterMs)}`}`);
    } catch (error) {
      log(`html failed: ${errorText(error)}`);
    }
  }

  let shards: Results['shards'] = null;
  if (flags.shards) {
    try {
      const count = Math.max(2, Number(flags.shards));
      shards = await buildShards(sizes.find((n) => n >= 100) ?? 100, count, real, seeds);
    } catch (error) {
      log(`shards failed: ${errorText(error)}`);
    }
  }

  // Search is measured on the 1,000-article site, else the largest built site up to 1,000.
  // (A dist left by an earlier run counts when this run skipped the build: `--no-build --sizes 1000`.)
  const built: number[] = [];
  for (const r of results) {
    if (r.build || (flags['no-build'] && (await stat(path.join(OUT, `dist-${r.size}`, 'pagefind')).catch(() => null)))) built.push(r.size);
  }
  const searchSize = built.includes(1000) ? 1000 : (built.filter((n) => n <= 1000).at(-1) ?? built[0]);
  const searchSite = searchSize === undefined ? null : path.join(OUT, `dist-${searchSize}`);
  let search: SearchCost | null = null;
  if (!flags['no-search'] && searchSite) {
    try {
      log(`\nsearch: headless Chromium on ${rel(searchSite)} …`);
      search = { ...(await measureSearch(searchSite, ['cartels', 'sovereignty'])), site: rel(searchSite) };
      log(`search: cold ${(search.cold.bytes / 1024).toFixed(1)} KB in ${search.cold.latencyMs.toFixed(0)} ms`);
    } catch (error) {
      log(`search failed: ${errorText(error)}`);
    }
  }

  const partial = {
    generatedAt: new Date().toISOString(),
    machine: machine(),
    corpus: corpusNote,
    sizes: results,
    growth: growth(results),
    incremental,
    search,
    recall,
    html,
    loaderComparison,
    shards,
  };
  const full: Results = { ...partial, targets: targets(partial) };
  await writeFile(flags.json, `${JSON.stringify(full, null, 2)}\n`);
  process.stdout.write(markdown(full));
  log(`\nwrote ${rel(flags.json)}`);
}

await main();
