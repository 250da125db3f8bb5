// Pure reporting: growth ratios, target checks and the Markdown tables printed by bench/run.ts.
import type { SearchCost } from './search.ts';

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

export interface SizeResult {
  size: number;
  corpusBytes: number;
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
  incremental: Incremental | null;
  search: SearchCost | null;
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
  const peak = big?.build ? Math.max(big.build.treeRss ?? 0, big.build.maxRss ?? 0) : null;
  out.push({
    name: 'peak RSS of the build @10000',
    target: '≤ 2 GB',
    actual: peak ? mb(peak) : big ? 'build failed (see notes)' : 'not run (use --full)',
    pass: peak ? peak <= 2 * 1024 ** 3 : null,
  });
  const inc = results.incremental;
  out.push({
    name: `rebuild after adding one @${inc?.size ?? 1000}`,
    target: '≤ 0.5× full',
    actual: inc ? `${inc.ratio.toFixed(2)}× (${secs(inc.rebuildMs)} vs ${secs(inc.fullMs)})${inc.cacheInvalidated ? ', cache invalidated' : ''}` : 'not run',
    pass: inc ? inc.ratio <= 0.5 : null,
  });
  const s = results.search;
  out.push({
    name: 'cold search download @1000',
    target: '≤ 300 KB',
    actual: s ? `${kb(s.cold.bytes)} (Pagefind ${kb(s.cold.pagefindBytes)})` : 'not run',
    pass: s ? s.cold.bytes <= 300 * 1024 : null,
  });
  return out;
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
  out.push(
    table(
      ['articles', 'ingest', 'analysis', 'cand. pairs', 'build (wall)', 'astro', 'pagefind', 'peak RSS', 'baseline', 'baseline RSS', 'ours / baseline'],
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
