// `npm run eval -- NAME [NAME…]`: accuracy of the pipeline on the real corpora in ../shared/corpora.
// Not part of `npm test`: it reads corpora a user's clone does not have, and skips when they are absent.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatTable } from './table.ts';
import type { EvalResult, Scorer } from './types.ts';

const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corporaDir = resolve(projectDir, process.env.BRIEFING_CORPORA ?? '../shared/corpora');
const resultsPath = join(projectDir, 'eval', 'results.json');

/** Scorer modules by task name; each exports `scorer`. */
const SCORERS: Record<string, string> = {
  stories: './stories.ts',
  quotes: './quotes.ts',
  html: './html.ts',
  scraped: './scraped.ts',
  summary: './summary.ts',
  dates: './dates.ts',
};

/** Settings that score only part of a corpus (development loops): such a run must not replace reported figures. */
const PARTIAL_RUN_SETTINGS = ['EVAL_SPLIT', 'EVAL_SAMPLE', 'QUOTES_SPLITS', 'BRIEFING_DUC_TOPICS', 'BRIEFING_DUC_SETS'];

function partialRunSettings(env: NodeJS.ProcessEnv = process.env): string[] {
  return PARTIAL_RUN_SETTINGS.filter((name) => env[name] !== undefined && env[name] !== '');
}

async function loadScorer(task: string): Promise<Scorer | undefined> {
  const path = SCORERS[task];
  if (path === undefined || !existsSync(join(projectDir, 'eval', path))) return undefined;
  const module = (await import(path)) as { scorer: Scorer };
  return module.scorer;
}

async function readResults(): Promise<Record<string, EvalResult>> {
  if (!existsSync(resultsPath)) return {};
  return JSON.parse(await readFile(resultsPath, 'utf8')) as Record<string, EvalResult>;
}

async function main(args: string[]): Promise<number> {
  const tasks = args.includes('all') ? Object.keys(SCORERS) : args;
  if (tasks.length === 0 || args.includes('--help')) {
    process.stdout.write(`usage: npm run eval -- NAME [NAME…] | all\n  tasks: ${Object.keys(SCORERS).join(', ')}\n`);
    return tasks.length === 0 ? 2 : 0;
  }
  const results = await readResults();
  let status = 0;
  for (const task of tasks) {
    const scorer = await loadScorer(task);
    if (scorer === undefined) {
      process.stderr.write(`eval: unknown task "${task}" (tasks: ${Object.keys(SCORERS).join(', ')})\n`);
      status = 2;
      continue;
    }
    const corpusPath = join(corporaDir, scorer.corpus);
    if (!existsSync(corpusPath)) {
      process.stdout.write(`eval ${task}: skipped: corpus not found at ${corpusPath} (set BRIEFING_CORPORA to the corpora folder)\n`);
      continue;
    }
    const started = performance.now();
    const result = await scorer.run({ corporaDir, projectDir, log: (line) => process.stderr.write(`eval ${task}: ${line}\n`) });
    const full: EvalResult = { ...result, seconds: Math.round((performance.now() - started) / 100) / 10 };
    process.stdout.write(`${formatTable(full)}\n`);
    const partial = partialRunSettings();
    if (partial.length > 0) {
      process.stdout.write(`eval ${task}: partial run (${partial.join(', ')} set): eval/results.json not updated\n`);
      continue;
    }
    results[task] = full;
    // Written after every task, so a long run keeps what it has measured.
    await writeFile(resultsPath, `${JSON.stringify(sortKeys(results), null, 2)}\n`);
  }
  return status;
}

function sortKeys(results: Record<string, EvalResult>): Record<string, EvalResult> {
  return Object.fromEntries(Object.entries(results).sort(([a], [b]) => a.localeCompare(b)));
}

process.exitCode = await main(process.argv.slice(2));
