// The html-eval corpus (trafilatura's evaluation pages): loading, the dev/held-out split and
// trafilatura's evaluate.py scoring (a kept `with` segment is a TP, a missing one a FN,
// a kept `without` segment a FP).
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
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
  return { pages, missing };
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
  }
  const all = emptyCounts();
  for (const c of Object.values(bySplit)) for (const k of Object.keys(all) as (keyof Counts)[]) all[k] += c[k];
  return [row(`${label}: held-out`, bySplit['held-out']), row(`${label}: dev`, bySplit.dev), row(`${label}: all`, all)];
}
