// `npm run eval -- dates`: the temporal tagger on TempEval-3's TBAQ-cleaned TimeML (TimeBank + AQUAINT),
// scored as TempEval-3's official scorer does: relaxed extent match (any overlap, one to one), strict
// extent match, and value F1 = relaxed F1 × the share of matched timexes whose value is right.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tagTemporalExpressions } from '../src/lib/timeline/temporal.ts';
import type { Timex } from '../src/lib/timeline/types.ts';
import type { EvalRow, Scorer } from './types.ts';

/** A gold TIMEX3 of the document body, with offsets into the body's plain text. */
export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface TimeMlDocument {
  name: string;
  /** The document creation time: the TIMEX3 with functionInDocument="CREATION_TIME" (date part). */
  dct: string;
  /** The plain text of `<TEXT>`, tags removed and entities decoded. */
  text: string;
  gold: GoldTimex[];
}

function attribute(tag: string, name: string): string {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
}

function decode(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
}

/** Reads one .tml file: strips every tag of `<TEXT>` and keeps the TIMEX3 spans (the creation time excluded). */
export function parseTimeMl(name: string, xml: string): TimeMlDocument {
  const dctTag = /<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml)?.[0] ?? '';
  const dct = /^\d{4}-\d{2}-\d{2}/.exec(attribute(dctTag, 'value'))?.[0];
  if (!dct) throw new Error(`${name}: no CREATION_TIME TIMEX3 with a date value`);
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1];
  if (body === undefined) throw new Error(`${name}: no <TEXT> element`);
  let text = '';
  const gold: GoldTimex[] = [];
  let open: { start: number; tag: string } | null = null;
  for (const piece of body.split(/(<[^>]+>)/)) {
    if (!piece.startsWith('<')) {
      text += decode(piece);
      continue;
    }
    if (/^<TIMEX3\b/.test(piece) && !piece.endsWith('/>')) open = { start: text.length, tag: piece };
    else if (piece === '</TIMEX3>' && open) {
      if (attribute(open.tag, 'functionInDocument') !== 'CREATION_TIME' && text.length > open.start) {
        gold.push({
          start: open.start,
          end: text.length,
          text: text.slice(open.start),
          type: attribute(open.tag, 'type'),
          value: attribute(open.tag, 'value'),
        });
      }
      open = null;
    }
  }
  return { name, dct, text, gold };
}

export interface Counts {
  gold: number;
  system: number;
  relaxed: number;
  strict: number;
  valueCorrect: number;
  typeCorrect: number;
}

export interface Mismatch {
  doc: string;
  kind: 'missed' | 'spurious' | 'value';
  text: string;
  gold?: string;
  system?: string;
  context: string;
}

/** One-to-one relaxed matching: each gold timex takes the overlapping system timex with the largest overlap. */
export function scoreDocument(doc: TimeMlDocument, system: readonly Timex[], mismatches?: Mismatch[]): Counts {
  const counts: Counts = { gold: doc.gold.length, system: system.length, relaxed: 0, strict: 0, valueCorrect: 0, typeCorrect: 0 };
  const used = new Set<number>();
  const context = (start: number, end: number): string =>
    doc.text.slice(Math.max(0, start - 60), end + 40).replace(/\s+/g, ' ');
  for (const g of doc.gold) {
    let best = -1;
    let bestOverlap = 0;
    system.forEach((s, i) => {
      if (used.has(i)) return;
      const overlap = Math.min(g.end, s.end) - Math.max(g.start, s.start);
      if (overlap > bestOverlap) {
        best = i;
        bestOverlap = overlap;
      }
    });
    const s = system[best];
    if (!s) {
      mismatches?.push({ doc: doc.name, kind: 'missed', text: g.text, gold: g.value, context: context(g.start, g.end) });
      continue;
    }
    used.add(best);
    counts.relaxed++;
    if (s.start === g.start && s.end === g.end) counts.strict++;
    if (s.type === g.type) counts.typeCorrect++;
    if (s.value === g.value) counts.valueCorrect++;
    else mismatches?.push({ doc: doc.name, kind: 'value', text: `${g.text} | ${s.text}`, gold: g.value, system: s.value, context: context(g.start, g.end) });
  }
  system.forEach((s, i) => {
    if (!used.has(i)) mismatches?.push({ doc: doc.name, kind: 'spurious', text: s.text, system: s.value, context: context(s.start, s.end) });
  });
  return counts;
}

function add(a: Counts, b: Counts): Counts {
  return {
    gold: a.gold + b.gold,
    system: a.system + b.system,
    relaxed: a.relaxed + b.relaxed,
    strict: a.strict + b.strict,
    valueCorrect: a.valueCorrect + b.valueCorrect,
    typeCorrect: a.typeCorrect + b.typeCorrect,
  };
}

function f1(matched: number, system: number, gold: number): { p: number; r: number; f: number } {
  const p = system === 0 ? 0 : matched / system;
  const r = gold === 0 ? 0 : matched / gold;
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** Figures on a 0–100 scale, as TempEval-3 reports them. */
export function metrics(c: Counts): Record<string, number> {
  const relaxed = f1(c.relaxed, c.system, c.gold);
  const strict = f1(c.strict, c.system, c.gold);
  const value = f1(c.valueCorrect, c.system, c.gold);
  const type = f1(c.typeCorrect, c.system, c.gold);
  const round = (x: number): number => Math.round(x * 1000) / 10;
  return {
    'value F1 (0-100)': round(value.f),
    'relaxed F1 (0-100)': round(relaxed.f),
    'relaxed P (0-100)': round(relaxed.p),
    'relaxed R (0-100)': round(relaxed.r),
    'strict F1 (0-100)': round(strict.f),
    'type F1 (0-100)': round(type.f),
    gold: c.gold,
    system: c.system,
  };
}

export async function readTimeMlFolder(dir: string): Promise<TimeMlDocument[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.tml') && !name.startsWith('.')).sort();
  return Promise.all(names.map(async (name) => parseTimeMl(name, await readFile(join(dir, name), 'utf8'))));
}

export function scoreFolder(docs: readonly TimeMlDocument[], mismatches?: Mismatch[]): Counts {
  let total: Counts = { gold: 0, system: 0, relaxed: 0, strict: 0, valueCorrect: 0, typeCorrect: 0 };
  for (const doc of docs) total = add(total, scoreDocument(doc, tagTemporalExpressions(doc.text, doc.dct), mismatches));
  return total;
}

const SPLITS = [
  { folder: 'TimeBank', label: 'TimeBank (development)' },
  { folder: 'AQUAINT', label: 'AQUAINT (held out)' },
] as const;

export const scorer: Scorer = {
  task: 'dates',
  corpus: 'tempeval3',
  async run({ corporaDir, log }) {
    const rows: EvalRow[] = [];
    let combined: Counts = { gold: 0, system: 0, relaxed: 0, strict: 0, valueCorrect: 0, typeCorrect: 0 };
    let documents = 0;
    for (const split of SPLITS) {
      const docs = await readTimeMlFolder(join(corporaDir, 'tempeval3', split.folder));
      const counts = scoreFolder(docs);
      log(`${split.folder}: ${docs.length} documents, ${counts.gold} gold timexes`);
      rows.push({ label: split.label, count: docs.length, metrics: metrics(counts) });
      combined = add(combined, counts);
      documents += docs.length;
    }
    rows.push({ label: 'combined', count: documents, metrics: metrics(combined) });
    return {
      task: 'dates',
      corpus: 'tempeval3/{TimeBank,AQUAINT} (TBAQ-cleaned)',
      headline: { metric: 'value F1 (0-100)', goal: '≥ 85', reference: 'HeidelTime 77.6 value F1 (TempEval-3)' },
      rows,
      notes: [
        'Tagger: tagTemporalExpressions(text of <TEXT>, creation time); the creation-time TIMEX3 is not gold.',
        'Relaxed = any overlap (one-to-one); value F1 = relaxed F1 × share of matched timexes with the exact gold value (TempEval-3 attribute F1).',
        'TimeBank was used for development; AQUAINT is held out (its errors were never listed while tuning).',
      ],
    };
  },
};
