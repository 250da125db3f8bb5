// The html-eval corpus (trafilatura's evaluation pages): loading, the dev/held-out split and
// trafilatura's evaluate.py scoring (a kept `with` segment is a TP, a missing one a FN,
// a kept `without` segment a FP).
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { EvalRow } from './types.ts';

export interface EvalPage {
  file: string;
  bytes: Uint8Array;
  with: string[];
  without: string[];
  split: 'dev' | 'held-out';
}

export interface Counts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  pages: number;
}

interface Gold {
  file: string;
  with: (string | null)[];
  without: (string | null)[];
}

/** Deterministic half split by a hash of the file name: develop on `dev`, report `held-out`. */
export function splitOf(file: string): 'dev' | 'held-out' {
  const first = createHash('sha256').update(file).digest()[0] ?? 0;
  return first % 2 === 0 ? 'dev' : 'held-out';
}

/**
 * A quicker development loop: `EVAL_SPLIT=dev` keeps only the dev half (never `held-out`: it is
 * reported, not studied); `EVAL_SAMPLE=N` keeps every Nth page. Reported runs set neither.
 */
export function devFilter(env: NodeJS.ProcessEnv = process.env): { filter: (page: EvalPage, index: number) => boolean; label: string | null } {
  const split = env['EVAL_SPLIT'];
  if (split !== undefined && split !== 'dev') throw new Error(`EVAL_SPLIT may only be "dev" (got "${split}")`);
  const every = Number(env['EVAL_SAMPLE'] ?? '1');
  if (!Number.isInteger(every) || every < 1) throw new Error(`EVAL_SAMPLE must be a whole number ≥ 1 (got "${env['EVAL_SAMPLE']}")`);
  const label = [split ? 'dev half only' : '', every > 1 ? `every ${every}th page` : ''].filter(Boolean).join(', ') || null;
  return { filter: (page, index) => (split === undefined || page.split === split) && index % every === 0, label };
}

export async function loadPages(dir: string): Promise<{ pages: EvalPage[]; missing: number }> {
  const gold = JSON.parse(await readFile(join(dir, 'evaldata.json'), 'utf8')) as Record<string, Gold>;
  const pages: EvalPage[] = [];
  let missing = 0;
  const entries = Object.values(gold).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, 'pages', `${entry.file}.gz`);
    if (!existsSync(path)) {
      missing++;
      continue;
    }
    pages.push({
      file: entry.file,
      bytes: gunzipSync(await readFile(path)),
      with: entry.with.filter((s): s is string => typeof s === 'string'),
      without: entry.without.filter((s): s is string => typeof s === 'string'),
      split: splitOf(entry.file),
    });
  }
  const { filter } = devFilter();
  return { pages: pages.filter(filter), missing };
}

export function emptyCounts(): Counts {
  return { tp: 0, fn: 0, fp: 0, tn: 0, pages: 0 };
}

/** Adds one page's score to `counts`; a null result (nothing extracted) misses every `with`. */
export function score(counts: Counts, page: EvalPage, text: string | null): void {
  counts.pages++;
  for (const segment of page.with) {
    if (text !== null && text.includes(segment)) counts.tp++;
    else counts.fn++;
  }
  for (const segment of page.without) {
    if (text !== null && text.includes(segment)) counts.fp++;
    else counts.tn++;
  }
}

export function row(label: string, c: Counts): EvalRow {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { label, count: c.pages, metrics: { precision, recall, F1: f1 } };
}

/** Scores `extract` on every page; returns rows for held-out (headline), dev and all. */
export function scoreSplits(
  label: string,
  pages: EvalPage[],
  extract: (page: EvalPage) => string | null,
  onFailure: (page: EvalPage, error: unknown) => void,
): EvalRow[] {
  const bySplit = { dev: emptyCounts(), 'held-out': emptyCounts() };
  for (const page of pages) {
    let text: string | null;
    try {
      text = extract(page);
    } catch (error) {
      onFailure(page, error);
      text = null;
    }
    score(bySplit[page.split], page, text);
    dumpMisses(page, text);
  }
  const all = emptyCounts();
  for (const c of Object.values(bySplit)) for (const k of Object.keys(all) as (keyof Counts)[]) all[k] += c[k];
  return [row(`${label}: held-out`, bySplit['held-out']), row(`${label}: dev`, bySplit.dev), row(`${label}: all`, all)];
}

/** `EVAL_MISSES=file` (dev half only) appends each page's missed and wrongly kept segments, for error study. */
function dumpMisses(page: EvalPage, text: string | null): void {
  const path = process.env['EVAL_MISSES'];
  if (path === undefined || page.split !== 'dev') return;
  const missed = page.with.filter((s) => text === null || !text.includes(s));
  const kept = page.without.filter((s) => text !== null && text.includes(s));
  if (missed.length === 0 && kept.length === 0) return;
  const lines = [`## ${page.file}${text === null ? ' (rejected)' : ''}`, ...missed.map((s) => `- FN ${JSON.stringify(s)}`), ...kept.map((s) => `- FP ${JSON.stringify(s)}`)];
  appendFileSync(path, `${lines.join('\n')}\n`);
}
