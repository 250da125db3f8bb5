// Pure reporting: growth ratios, target checks and the Markdown tables printed by bench/run.ts.
import type { HtmlCostResult } from './html-cost.ts';
import type { Recall } from './recall.ts';
import type { SearchCost } from './search.ts';
import type { ShardBuild, ShardProof } from './shards.ts';

export interface InProcess {
  ingestMs: number;
  analysisMs: number;
  articles: number;
  errors: number;
  sentences: number;
  claims: number;
  candidatePairs: number;
  /** Peak RSS of the bench process so far (bytes), read right after analysis. */
  maxRss: number;
}

export interface BuildFigures {
  wallMs: number;
  /** Stage times as the build logged them (null when the log did not say). */
  ingestMs: number | null;
  analysisMs: number | null;
  /** The cross-source part of the analysis, when the pipeline logs it separately. */
  crossSourceMs: number | null;
  /** Astro's own work: from the end of the pipeline to the start of Pagefind. */
  astroMs: number | null;
  pagefindMs: number | null;
  pagefindPages: number | null;
  /** Where the stage split came from: logged `in N ms`, line arrival times, or nothing. */
  split: 'logged' | 'arrival' | 'none';
  maxRss: number | null;
  treeRss: number | null;
  htmlPages: number;
  distBytes: number;
  pagefindBytes: number;
}

export interface BaselineFigures {
  astroMs: number;
  pagefindMs: number;
  totalMs: number;
  maxRss: number | null;
  treeRss: number | null;
  htmlPages: number;
  pagefindPages: number;
}

/** The corpus's stories: how many of each kind, and their sizes. */
export interface StorySummary {
  stories: number;
  real: number;
  realVariations: number;
  seedVariations: number;
  median: number;
  /** The three largest story sizes, largest first. */
  largest: number[];
  histogram: Record<string, number>;
}

export interface LoaderComparison {
  size: number;
  frontmatterOnly: BuildFigures;
  glob: BuildFigures;
}

export interface SizeResult {
  size: number;
  corpusBytes: number;
  stories: StorySummary;
  /** 1-minute load average when this size started: other work on the machine skews the timings. */
  loadAverage: number;
  inProcess: InProcess | null;
  build: BuildFigures | null;
  baseline: BaselineFigures | null;
  notes: string[];
}

export interface Incremental {
  size: number;
  fullMs: number;
  rebuildMs: number;
  ratio: number;
  /** Cross-source time of the full build and of the rebuild, when logged. */
  fullCrossSourceMs: number | null;
  crossSourceMs: number | null;
  rebuild: BuildFigures;
  /** Articles the rebuild's ingest took from the build cache (`(N from cache)` in its log). */
  fromCache: number | null;
  /** The cache's fingerprint (a digest of src/lib) changed between the two builds: the rebuild ran cold. */
  cacheInvalidated: boolean;
}

export interface Growth {
  stage: string;
  from: number;
  to: number;
  /** (t(to)/t(from)) / (to/from): 1 = linear, >1 = worse than linear. */
  ratio: number;
  perArticleFrom: number;
  perArticleTo: number;
}

export interface Target {
  name: string;
  target: string;
  actual: string;
  pass: boolean | null;
}

export interface Results {
  generatedAt: string;
  machine: Record<string, string | number>;
  sizes: SizeResult[];
  growth: Growth[];
  /** Where the corpus came from (real DUC stories or seeded variations only). */
  corpus: string;
  incremental: Incremental | null;
  search: SearchCost | null;
  recall: Recall | null;
  html: HtmlCostResult | { depth: number; timedOutAfterMs: number } | null;
  loaderComparison: LoaderComparison | null;
  shards: { size: number; builds: ShardBuild[]; proof: ShardProof } | null;
  targets: Target[];
}

type Stage = { name: string; value: (r: SizeResult) => number | null | undefined };

export const STAGES: Stage[] = [
  { name: 'ingest (in-process)', value: (r) => r.inProcess?.ingestMs },
  { name: 'analysis (in-process)', value: (r) => r.inProcess?.analysisMs },
  { name: 'candidate pairs (count)', value: (r) => r.inProcess?.candidatePairs },
  { name: 'ingest (in build, logged)', value: (r) => r.build?.ingestMs },
  { name: 'analysis (in build, logged)', value: (r) => r.build?.analysisMs },
  { name: 'astro (in build)', value: (r) => r.build?.astroMs },
  { name: 'pagefind (in build)', value: (r) => r.build?.pagefindMs },
  { name: 'full build (wall)', value: (r) => r.build?.wallMs },
  { name: 'baseline build+pagefind', value: (r) => r.baseline?.totalMs },
];

export function growth(sizes: readonly SizeResult[]): Growth[] {
  const out: Growth[] = [];
  const sorted = [...sizes].sort((a, b) => a.size - b.size);
  for (const stage of STAGES) {
    for (let i = 1; i < sorted.length; i++) {
      const a = sorted[i - 1];
      const b = sorted[i];
      if (!a || !b) continue;
      const ta = stage.value(a);
      const tb = stage.value(b);
      if (ta == null || tb == null || ta <= 0) continue;
      out.push({
        stage: stage.name,
        from: a.size,
        to: b.size,
        ratio: tb / ta / (b.size / a.size),
        perArticleFrom: ta / a.size,
        perArticleTo: tb / b.size,
      });
    }
  }
  return out;
}

const GROWTH_LIMIT = 1.2;

export function targets(results: Omit<Results, 'targets'>): Target[] {
  const out: Target[] = [];
  for (const r of results.sizes) {
    if (!r.build || !r.baseline) continue;
    const ratio = r.build.wallMs / r.baseline.totalMs;
    out.push({ name: `full build vs baseline @${r.size}`, target: '≤ 1.5×', actual: `${ratio.toFixed(2)}×`, pass: ratio <= 1.5 });
  }
  const byStage = new Map<string, Growth[]>();
  for (const g of results.growth) byStage.set(g.stage, [...(byStage.get(g.stage) ?? []), g]);
  for (const [stage, list] of byStage) {
    const worst = list.reduce((w, g) => (g.ratio > w.ratio ? g : w));
    const name = stage.startsWith('candidate') ? 'candidate pairs ~linear (growth)' : `growth: ${stage}`;
    out.push({
      name,
      target: `≤ ${GROWTH_LIMIT}`,
      actual: `${worst.ratio.toFixed(2)} (${worst.from}→${worst.to})`,
      pass: worst.ratio <= GROWTH_LIMIT,
    });
  }
  const big = results.sizes.find((r) => r.size === 10_000 && !r.notes.some((n) => n.includes('skipped')));
  const rssRatio = big ? peakRatio(big) : null;
  out.push({
    name: 'peak RSS vs baseline @10000',
    target: '≤ 1.25×',
    actual: rssRatio !== null && big ? `${rssRatio.toFixed(2)}× (${mb(peakOf(big.build))} vs ${mb(peakOf(big.baseline))})` : big ? 'build failed (see notes)' : 'not run (use --full)',
    pass: rssRatio === null ? null : rssRatio <= 1.25,
  });
  const inc = results.incremental;
  out.push({
    name: `rebuild after adding one @${inc?.size ?? 1000}`,
    target: '≤ 0.5× full',
    actual: inc ? `${inc.ratio.toFixed(2)}× (${secs(inc.rebuildMs)} vs ${secs(inc.fullMs)})${inc.cacheInvalidated ? ', cache invalidated' : ''}` : 'not run',
    pass: inc ? inc.ratio <= 0.5 : null,
  });
  const cross = inc && inc.crossSourceMs !== null && inc.fullCrossSourceMs ? inc.crossSourceMs / inc.fullCrossSourceMs : null;
  out.push({
    name: `rebuild: cross-source part @${inc?.size ?? 1000}`,
    target: '≤ 0.1× its full-build time',
    actual: cross !== null && inc ? `${cross.toFixed(2)}× (${msf(inc.crossSourceMs)} vs ${msf(inc.fullCrossSourceMs)})` : inc ? 'not logged separately by the pipeline' : 'not run',
    pass: cross === null ? null : cross <= 0.1,
  });
  const recall = results.recall;
  out.push({
    name: `candidate-index recall @${recall?.articles ?? 1000}-article story`,
    target: '≥ 0.95',
    actual: recall ? `${recall.claimRecall.toFixed(3)} of ${recall.exhaustive.claims} claims (pairs ${recall.pairRecall.toFixed(3)})` : 'not run',
    pass: recall ? recall.claimRecall >= 0.95 : null,
  });
  const html = results.html;
  out.push({
    name: 'ingest CPU/MB: 50,000-level nested HTML vs normal',
    target: '≤ 10×',
    actual: html === null ? 'not run' : 'ratio' in html ? `${html.ratio.toFixed(2)}×${html.nested.error ? ` (refused: ${html.nested.error})` : ''}` : `did not finish in ${secs(html.timedOutAfterMs)}`,
    pass: html === null ? null : 'ratio' in html ? html.ratio <= 10 : false,
  });
  if (results.shards) {
    const p = results.shards.proof;
    out.push({ name: `merged search over ${p.resultsPerShard.length} shards`, target: 'results from every shard', actual: p.resultsPerShard.join(' + '), pass: p.pass });
  }
  const s = results.search;
  out.push({
    name: 'cold search download @1000',
    target: '≤ 300 KB',
    actual: s ? `${kb(s.cold.bytes)} (Pagefind ${kb(s.cold.pagefindBytes)})` : 'not run',
    pass: s ? s.cold.bytes <= 300 * 1024 : null,
  });
  return out;
}

function peakOf(figures: { treeRss: number | null; maxRss: number | null } | null): number | null {
  if (!figures) return null;
  const peak = Math.max(figures.treeRss ?? 0, figures.maxRss ?? 0);
  return peak > 0 ? peak : null;
}

/** Our build's peak RSS over the baseline's, same size, same run. */
export function peakRatio(r: SizeResult): number | null {
  const ours = peakOf(r.build);
  const base = peakOf(r.baseline);
  return ours !== null && base !== null ? ours / base : null;
}

// ---------------------------------------------------------------- formatting

export function secs(ms: number | null | undefined): string {
  if (ms == null || !Number.isFinite(ms)) return '–';
  return ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`;
}

export function msf(ms: number | null | undefined): string {
  if (ms == null || !Number.isFinite(ms)) return '–';
  return ms < 100 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

export function mb(bytes: number | null | undefined): string {
  if (bytes == null) return '–';
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

export function markdown(results: Results): string {
  const out: string[] = [];
  const m = results.machine;
  out.push(`## Briefing benchmark (${results.generatedAt})`, '');
  out.push(`${m['cpuModel']} × ${m['cpus']}, ${m['memory']}, Node ${m['node']}, ${m['os']}`, '');
  out.push(`Corpus: ${results.corpus}.`, '');
  out.push(
    table(
      ['articles', 'stories', 'real', 'real variations', 'seed variations', 'median size', 'largest', '1–4', '5–50', '51–199', '200+'],
      results.sizes.map((r) => [
        String(r.size),
        String(r.stories.stories),
        String(r.stories.real),
        String(r.stories.realVariations),
        String(r.stories.seedVariations),
        String(r.stories.median),
        r.stories.largest.join(', '),
        ...['1–4', '5–50', '51–199', '200+'].map((k) => String(r.stories.histogram[k] ?? 0)),
      ]),
    ),
    '',
  );
  out.push(
    table(
      ['articles', 'ingest', 'analysis', 'cand. pairs', 'build (wall)', 'astro', 'pagefind', 'peak RSS', 'baseline', 'baseline RSS', 'ours / baseline', 'RSS / baseline'],
      results.sizes.map((r) => [
        String(r.size),
        msf(r.inProcess?.ingestMs),
        msf(r.inProcess?.analysisMs),
        r.inProcess ? String(r.inProcess.candidatePairs) : '–',
        secs(r.build?.wallMs),
        secs(r.build?.astroMs),
        secs(r.build?.pagefindMs),
        r.build ? mb(Math.max(r.build.treeRss ?? 0, r.build.maxRss ?? 0)) : '–',
        r.baseline ? `${secs(r.baseline.totalMs)} (${secs(r.baseline.astroMs)} + ${secs(r.baseline.pagefindMs)})` : '–',
        r.baseline ? mb(Math.max(r.baseline.treeRss ?? 0, r.baseline.maxRss ?? 0)) : '–',
        r.build && r.baseline ? `${(r.build.wallMs / r.baseline.totalMs).toFixed(2)}×` : '–',
        peakRatio(r) === null ? '–' : `${(peakRatio(r) ?? 0).toFixed(2)}×`,
      ]),
    ),
    '',
  );
  out.push(
    table(
      ['articles', 'in build: ingest', 'analysis', 'per article: ingest', 'analysis', 'build', 'baseline', 'HTML pages', 'dist size', 'pagefind bundle', 'build split from', 'load avg'],
      results.sizes.map((r) => [
        String(r.size),
        msf(r.build?.ingestMs),
        msf(r.build?.analysisMs),
        msf(r.inProcess ? r.inProcess.ingestMs / r.size : null),
        msf(r.inProcess ? r.inProcess.analysisMs / r.size : null),
        msf(r.build ? r.build.wallMs / r.size : null),
        msf(r.baseline ? r.baseline.totalMs / r.size : null),
        r.build ? String(r.build.htmlPages) : '–',
        r.build ? mb(r.build.distBytes) : '–',
        r.build ? mb(r.build.pagefindBytes) : '–',
        r.build?.split ?? '–',
        r.loadAverage.toFixed(2),
      ]),
    ),
    '',
  );
  if (results.growth.length > 0) {
    out.push('### Growth: (t(kN)/t(N))/k, 1.00 = linear', '');
    const steps = [...new Set(results.growth.map((g) => `${g.from}→${g.to}`))];
    const stages = [...new Set(results.growth.map((g) => g.stage))];
    out.push(
      table(
        ['stage', ...steps],
        stages.map((stage) => [
          stage,
          ...steps.map((step) => {
            const g = results.growth.find((x) => x.stage === stage && `${x.from}→${x.to}` === step);
            return g ? `${g.ratio.toFixed(2)}${g.ratio > GROWTH_LIMIT ? ' ⚠' : ''}` : '–';
          }),
        ]),
      ),
      '',
    );
  }
  if (results.incremental) {
    const i = results.incremental;
    out.push(`### Rebuild after adding one article to ${i.size}: ${secs(i.rebuildMs)} vs full ${secs(i.fullMs)} (${i.ratio.toFixed(2)}×)`, '');
    out.push(
      `Rebuild stages: ingest ${msf(i.rebuild.ingestMs)} (${i.fromCache ?? '?'} from cache), analysis ${msf(i.rebuild.analysisMs)}, ` +
        `astro ${secs(i.rebuild.astroMs)}, pagefind ${secs(i.rebuild.pagefindMs)}.`,
      '',
    );
    out.push(
      i.crossSourceMs !== null && i.fullCrossSourceMs !== null
        ? `Cross-source part: ${msf(i.crossSourceMs)} in the rebuild vs ${msf(i.fullCrossSourceMs)} in the full build.`
        : 'Cross-source part: not logged separately by this pipeline (it is inside "analysis").',
      '',
    );
    if (i.cacheInvalidated) {
      out.push('⚠ The pipeline code (src/lib) changed between the full build and the rebuild, so the build cache was invalidated and the rebuild ran cold; rerun on a quiet tree.', '');
    }
  }
  if (results.search) {
    const s = results.search;
    out.push(
      `### Search (${s.site})`,
      '',
      table(
        ['step', 'query', 'results', 'downloaded', 'of which Pagefind', 'requests', 'latency'],
        [
          ['cold first query', s.cold.query, String(s.cold.results), kb(s.cold.bytes), kb(s.cold.pagefindBytes), String(s.cold.requests), msf(s.cold.latencyMs)],
          ['second query', s.second.query, String(s.second.results), kb(s.second.bytes), kb(s.second.pagefindBytes), String(s.second.requests), msf(s.second.latencyMs)],
        ],
      ),
      '',
      `Warm Pagefind API query + top-10 data(), median of ${s.apiQueries.length}: ${msf(s.apiMedianMs)}`,
      '',
    );
  }
  if (results.loaderComparison) {
    const l = results.loaderComparison;
    out.push(
      `### Content loader @${l.size}: frontmatter-only vs Astro's glob loader (cold builds, same run)`,
      '',
      table(
        ['loader', 'build (wall)', 'astro', 'pagefind', 'peak RSS'],
        [
          ['frontmatter-only (ours)', secs(l.frontmatterOnly.wallMs), secs(l.frontmatterOnly.astroMs), secs(l.frontmatterOnly.pagefindMs), mb(peakOf(l.frontmatterOnly))],
          ['glob (renders bodies)', secs(l.glob.wallMs), secs(l.glob.astroMs), secs(l.glob.pagefindMs), mb(peakOf(l.glob))],
        ],
      ),
      '',
    );
  }
  if (results.recall) {
    const r = results.recall;
    out.push(
      `### Candidate-index recall: one story of ${r.articles} articles (${r.sentences} sentences)`,
      '',
      table(
        ['run', 'claims', 'pairs compared', 'time'],
        [
          ['candidate index', String(r.index.claims), String(r.index.candidatePairs), msf(r.index.ms)],
          ['exhaustive', String(r.exhaustive.claims), String(r.exhaustive.candidatePairs), msf(r.exhaustive.ms)],
        ],
      ),
      '',
      `Exhaustive claims found: ${(r.claimRecall * 100).toFixed(1)}% (at least half their citations in one claim); same-claim citation pairs kept: ${(r.pairRecall * 100).toFixed(1)}%; citations in some claim: ${(r.citationRecall * 100).toFixed(1)}%.`,
      '',
    );
  }
  if (results.html) {
    const h = results.html;
    out.push(`### Ingest CPU per MB: ${h.depth.toLocaleString('en')}-level nested HTML vs a normal article`, '');
    out.push(
      'ratio' in h
        ? `Nested: ${kb(h.nested.bytes)}, ${msf(h.nested.cpuMs)} CPU (${Math.round(h.nested.cpuMsPerMb)} ms/MB)${h.nested.error ? `, refused: ${h.nested.error}` : ''}; normal: ${kb(h.normal.bytes)}, ${msf(h.normal.cpuMs)} CPU (${Math.round(h.normal.cpuMsPerMb)} ms/MB): **${h.ratio.toFixed(2)}×**.`
        : `Nested: did not finish within ${secs(h.timedOutAfterMs)} (killed).`,
      '',
    );
  }
  if (results.shards) {
    const sh = results.shards;
    out.push(
      `### Shards: the ${sh.size}-article corpus as ${sh.builds.length} sites, one merged search`,
      '',
      table(
        ['shard', 'articles', 'stories', 'build (wall)', 'HTML pages', 'results for "' + sh.proof.query + '"'],
        sh.builds.map((b) => [String(b.shard), String(b.articles), String(b.stories), secs(b.wallMs), String(b.htmlPages), String(sh.proof.resultsPerShard[b.shard] ?? 0)]),
      ),
      '',
      `Shard 0's search page alone: ${sh.proof.primaryOnly} results; with \`mergeIndex\` of the other shard(s): ${sh.proof.resultsPerShard.reduce((a, b) => a + b, 0)} (${sh.proof.pass ? 'results from every shard' : 'some shard missing'}).`,
      '',
    );
  }
  out.push('### Targets', '');
  out.push(
    table(
      ['', 'target', 'actual', 'check'],
      results.targets.map((t) => [t.name, t.target, t.actual, t.pass === null ? '– not measured' : t.pass ? '✅ pass' : '❌ miss']),
    ),
  );
  const notes = results.sizes.flatMap((r) => r.notes.map((n) => `- ${r.size}: ${n}`));
  if (notes.length > 0) out.push('', '### Notes', '', ...notes);
  return `${out.join('\n')}\n`;
}
