// Reads stage timings out of the build's log: `in N ms` where the integrations print it, else the
// arrival times of the lines.
import type { ChildRun } from './child.ts';
import type { BuildFigures } from './report.ts';

/** Milliseconds in "… in 123 ms" / "in 1.5s" / "(+123ms)"; the last such figure on the line. */
export function durationIn(text: string): number | null {
  const matches = [...text.matchAll(/\bin\s+(\d+(?:\.\d+)?)\s*(ms|s|m)\b/gi)];
  const last = matches.at(-1);
  if (!last?.[1] || !last[2]) return null;
  const value = Number(last[1]);
  const unit = last[2].toLowerCase();
  return unit === 'ms' ? value : unit === 's' ? value * 1000 : value * 60_000;
}

/** Stage split of our build from its log: explicit `in N ms` when printed, else line arrival times. */
export function parseBuild(run: ChildRun): Omit<BuildFigures, 'htmlPages' | 'distBytes' | 'pagefindBytes'> {
  // Progress lines ("ingest: 100 of 1000 articles") may come first: prefer the last line with a duration.
  const find = (re: RegExp) => {
    const matching = run.lines.filter((l) => re.test(l.text));
    return matching.filter((l) => durationIn(l.text) !== null).at(-1) ?? matching.at(-1);
  };
  const ingest = find(/\bingest:/);
  const analysis = find(/\banalysis:/);
  const pagefindLine = find(/Pagefind indexed/i);
  const ingestMs = ingest ? durationIn(ingest.text) : null;
  const analysisMs = analysis ? durationIn(analysis.text) : null;
  let pagefindMs = pagefindLine ? durationIn(pagefindLine.text) : null;
  let split: BuildFigures['split'] = ingestMs !== null && analysisMs !== null && pagefindMs !== null ? 'logged' : 'none';
  if (pagefindLine && pagefindMs === null) {
    // Fallback: from the last line Astro printed before the Pagefind hook to the Pagefind line.
    const index = run.lines.indexOf(pagefindLine);
    const before = run.lines.slice(0, index).filter((l) => l.stream === pagefindLine.stream).at(-1);
    if (before) {
      pagefindMs = pagefindLine.at - before.at;
      split = 'arrival';
    }
  }
  const pipelineEnd = analysis?.at ?? ingest?.at ?? null;
  const pagefindStart = pagefindLine && pagefindMs !== null ? pagefindLine.at - pagefindMs : null;
  const astroMs = pipelineEnd !== null && pagefindStart !== null ? Math.max(0, pagefindStart - pipelineEnd) : null;
  if (astroMs !== null && split === 'none') split = 'arrival';
  const pages = pagefindLine ? /indexed\s+(\d+)/i.exec(pagefindLine.text) : null;
  // The cross-source step on its own, when the pipeline logs it (`cross-source: … in N ms`).
  const crossSource = find(/\bcross-source\b/i);
  return {
    wallMs: run.wallMs,
    ingestMs,
    analysisMs,
    crossSourceMs: crossSource ? durationIn(crossSource.text) : null,
    astroMs,
    pagefindMs,
    pagefindPages: pages?.[1] ? Number(pages[1]) : null,
    split,
    maxRss: run.maxRss,
    treeRss: run.treeRss,
  };
}

