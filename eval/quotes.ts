// Quotes and speakers on PolNeAR (real US political news, brat standoff attributions).
// Each article is ingested as a plain-text seed and run through the project's own quote extraction.
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findMentions } from '../src/lib/analysis/entities.ts';
import { extractQuotes } from '../src/lib/analysis/quotes.ts';
import { segmentArticle } from '../src/lib/analysis/segment.ts';
import { ingestSeed } from '../src/lib/ingest/index.ts';
import type { EvalRow, Scorer } from './types.ts';

/** One gold attribution whose content holds quotation marks. */
interface GoldQuote {
  source: string;
  /** The quoted words, lower-cased, in order. */
  words: string[];
  kind: 'name' | 'pronoun' | 'other';
  /** Where the content starts in the article text (for the debug listing). */
  at: number;
  end: number;
}

/** One quote instance we extracted (each variant of a merged quote counts once). */
interface OurQuote {
  words: string[];
  speaker: string | null;
  speakerKind: string | null;
}

const QUOTE_MARKS = /[“”"«»„]/g;
const PRONOUN = /^(?:he|she|they|i|we|it|you|his|her|him|them|who|whom|which|that|this|one|us|me|our|their|its)$/i;
const OUTLETS: Record<string, string> = {
  breitbart: 'Breitbart',
  'huff-post': 'HuffPost',
  nyt: 'The New York Times',
  politico: 'Politico',
  'usa-today': 'USA Today',
  'wash-post': 'The Washington Post',
  'west-journal': 'Western Journalism',
};

export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).map((w) => w.replace(/’/g, "'"));
}

/** The text inside the quotation marks of an attribution's content (all of it when marks are unbalanced). */
function quotedPart(content: string): string {
  const marks = [...content.matchAll(QUOTE_MARKS)].map((m) => m.index);
  if (marks.length === 0) return '';
  if (marks.length === 1) {
    const at = marks[0] ?? 0;
    return at < content.length / 2 ? content.slice(at + 1) : content.slice(0, at);
  }
  return content.slice((marks[0] ?? 0) + 1, marks[marks.length - 1]);
}

/** The name part of a source span: before an apposition, relative clause, age or party tag. */
function headPhrase(source: string): string {
  return source
    .split(/,|\s\(|\swho\s|\swhose\s|\sof\s(?=\p{Lu})|\sfrom\s/u)[0]!
    .trim()
    .replace(/\s+(?:Jr|Sr|II|III|IV)\.?$/, '')
    .replace(/['’]s?$/u, '');
}

function classifySource(source: string): GoldQuote['kind'] {
  const words = source.trim().split(/\s+/);
  if (words.length === 1 && PRONOUN.test(words[0] ?? '')) return 'pronoun';
  // A name: the phrase ends in a capitalised word ("Gov. Jerry Brown", "the ACU"), not a description ("a State Department official").
  const last = headPhrase(source).split(/\s+/).pop() ?? '';
  return /^\p{Lu}[\p{L}.’'-]+/u.test(last) && !/^[\p{Lu}\s\d:,-]{12,}$/u.test(source) ? 'name' : 'other';
}

/** Gold attributions with quotation marks in their content, read from one brat .ann file. */
export function readGold(ann: string, text: string): GoldQuote[] {
  const spans = new Map<string, string>();
  const starts = new Map<string, [number, number]>();
  const out: GoldQuote[] = [];
  const lines = ann.split('\n');
  for (const line of lines) {
    const m = /^(T\d+)\t\S+ ([\d ;]+)\t/.exec(line);
    if (!m?.[1] || !m[2]) continue;
    const parts = m[2].split(';').map((p) => p.trim().split(' ').map(Number));
    starts.set(m[1], [parts[0]?.[0] ?? 0, parts[parts.length - 1]?.[1] ?? 0]);
    spans.set(m[1], parts.map(([a = 0, b = 0]) => text.slice(a, b)).join(' '));
  }
  for (const line of lines) {
    if (!/^E\d+\t/.test(line)) continue;
    const roles = Object.fromEntries([...line.matchAll(/(\w+):(T\d+)/g)].map((r) => [r[1], r[2]]));
    const content = spans.get(roles.Content ?? '') ?? '';
    const source = spans.get(roles.Source ?? '') ?? '';
    if (!/[“”"«»„]/.test(content) || source === '') continue;
    const words = wordsOf(quotedPart(content));
    if (words.length === 0) continue;
    out.push({ source, words, kind: classifySource(source), at: starts.get(roles.Content ?? '')?.[0] ?? 0, end: starts.get(roles.Content ?? '')?.[1] ?? 0 });
  }
  return out;
}

/** Longest run of consecutive words shared by two word sequences. */
function longestRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        row[j] = (prev[j - 1] ?? 0) + 1;
        if ((row[j] ?? 0) > best) best = row[j] ?? 0;
      }
    }
    prev = row;
  }
  return best;
}

/** A gold quote is covered by ours when they share a run of min(3, n) of its n quoted words. */
function covers(ours: readonly string[], gold: readonly string[]): boolean {
  return longestRun(ours, gold) >= Math.min(3, gold.length, ours.length);
}

/** The surname (or an organisation's head word) of a gold source: the last word of its name part. */
function goldKey(source: string): { surname: string; given: string | null } | null {
  const caps = headPhrase(source)
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.replace(/['’]s?$/u, '').replace(/\.$/, ''));
  const surname = caps[caps.length - 1];
  if (!surname) return null;
  const before = caps[caps.length - 2];
  const given = before && !/^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|President|Senator|Secretary|The|Former|Vice|Speaker|Chairman|Gen|Judge|Justice|Rev)$/i.test(before) ? before : null;
  return { surname: surname.toLowerCase(), given: given?.toLowerCase() ?? null };
}

/** Right when our speaker contains the surname and, if both give a first name, the same one. */
export function speakerMatches(ours: string | null, goldSource: string): boolean {
  if (!ours) return false;
  const key = goldKey(goldSource);
  if (!key) return false;
  const words = ours.split(/\s+/).map((w) => w.toLowerCase().replace(/['’]s$/u, '').replace(/\.$/, ''));
  if (!words.includes(key.surname)) return false;
  const ourGiven = words.length >= 2 && words[words.length - 1] === key.surname ? words[words.length - 2] : null;
  return !(key.given && ourGiven && ourGiven !== key.given && ourGiven.length > 1 && key.given.length > 1);
}

interface Tally {
  gold: number;
  found: number;
  speakerRight: number;
  nullSpeaker: number;
  pronounGold: number;
  pronounFound: number;
  pronounRight: number;
  ours: number;
  oursMatched: number;
  articles: number;
}

interface Miss {
  article: string;
  kind: string;
  gold: string;
  source: string;
  ours: string | null;
  quote: string;
  context?: string;
}

async function scoreSplit(dir: string, log: (line: string) => void, misses: Miss[], falsePositives: Miss[]): Promise<Tally> {
  const tally: Tally = { gold: 0, found: 0, speakerRight: 0, nullSpeaker: 0, pronounGold: 0, pronounFound: 0, pronounRight: 0, ours: 0, oursMatched: 0, articles: 0 };
  const anns = (await readdir(join(dir, 'attributions'))).filter((f) => f.endsWith('.ann')).sort();
  // One annotator per article: the first .ann (by name) for each text.
  const annByText = new Map<string, string>();
  for (const ann of anns) {
    const stem = ann.replace(/_[0-9a-f]+\.ann$/, '');
    if (!annByText.has(stem)) annByText.set(stem, ann);
  }
  const stems = [...annByText.keys()].filter((s) => existsSync(join(dir, 'text', `${s}.txt`)));
  for (const [n, stem] of stems.entries()) {
    const bytes = await readFile(join(dir, 'text', `${stem}.txt`));
    const text = bytes.toString('utf8');
    const gold = readGold(await readFile(join(dir, 'attributions', annByText.get(stem) ?? ''), 'utf8'), text);
    let ours: OurQuote[] = [];
    try {
      const doc = segmentArticle(ingestSeed(`${stem}.txt`, bytes, { outlet: OUTLETS[stem.split('_')[0] ?? ''] ?? 'unknown' }));
      const quotes = extractQuotes([doc], findMentions([doc]));
      ours = quotes.flatMap((q) => q.variants.map((v) => ({ words: wordsOf(v.text), speaker: q.speaker, speakerKind: (q as { speakerKind?: string | null }).speakerKind ?? null })));
    } catch (error) {
      log(`${stem}: ${(error as Error).message}`);
    }
    tally.articles++;
    tally.ours += ours.length;
    for (const q of ours) {
      if (gold.some((g) => covers(q.words, g.words))) tally.oursMatched++;
      else falsePositives.push({ article: stem, kind: 'fp', gold: '', source: '', ours: q.speaker, quote: q.words.join(' ') });
    }
    for (const g of gold) {
      if (g.kind === 'other') continue;
      const hits = ours.filter((q) => covers(q.words, g.words));
      // When several of ours cover it, the one sharing the most words speaks for it.
      const hit = hits.sort((a, b) => longestRun(b.words, g.words) - longestRun(a.words, g.words))[0];
      const right = hit ? speakerMatches(hit.speaker, g.source) : false;
      if (g.kind === 'name') {
        tally.gold++;
        if (hit) tally.found++;
        if (hit && right) tally.speakerRight++;
        if (hit && hit.speaker === null) tally.nullSpeaker++;
      } else {
        tally.pronounGold++;
        if (hit) tally.pronounFound++;
      }
      if (!hit || (g.kind === 'name' && !right)) misses.push({ article: stem, kind: hit ? 'speaker' : 'missed', gold: g.words.join(' '), source: g.source, ours: hit?.speaker ?? null, quote: hit?.words.join(' ') ?? '', context: `${text.slice(Math.max(0, g.at - 200), g.at)}[[${text.slice(g.at, g.end)}]]${text.slice(g.end, g.end + 120)}` });
    }
    if ((n + 1) % 100 === 0) log(`${dir.split('/').pop()}: ${n + 1} of ${stems.length} articles`);
  }
  return tally;
}

function rowsOf(label: string, t: Tally): EvalRow[] {
  const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 1000) / 1000);
  return [
    {
      label,
      metrics: {
        'found (recall)': ratio(t.found, t.gold),
        'speaker right of found': ratio(t.speakerRight, t.found),
        'null speaker of found': ratio(t.nullSpeaker, t.found),
        precision: ratio(t.oursMatched, t.ours),
      },
      count: t.gold,
    },
    { label: `${label}: pronoun-source quotes`, metrics: { 'found (recall)': ratio(t.pronounFound, t.pronounGold) }, count: t.pronounGold },
  ];
}

export const scorer: Scorer = {
  task: 'quotes',
  corpus: 'polnear',
  async run({ corporaDir, log }) {
    const splits = (process.env.QUOTES_SPLITS ?? 'train,dev').split(',');
    const rows: EvalRow[] = [];
    const notes: string[] = [];
    for (const split of splits) {
      const misses: Miss[] = [];
      const fps: Miss[] = [];
      const t = await scoreSplit(join(corporaDir, 'polnear', split), log, misses, fps);
      rows.push(...rowsOf(split === 'train' ? 'train (development split)' : `${split} (held out)`, t));
      notes.push(`${split}: ${t.articles} articles, ${t.gold} gold quotes with a named source, ${t.pronounGold} with a pronoun source, ${t.ours} quotes extracted`);
      if (process.env.QUOTES_DEBUG) await writeFile(`${process.env.QUOTES_DEBUG}.${split}.json`, JSON.stringify({ misses, fps }, null, 1));
    }
    notes.push(
      'Gold: PolNeAR attributions whose CONTENT contains quotation marks; "named" when the SOURCE\'s name part (before any apposition, relative clause or age) ends in a capitalised word ("Gov. Jerry Brown", "the ACU", "Sara Walker, 44, a home-care aide"), "pronoun" when it is a lone pronoun (he, she, they, who…); descriptions ("a State Department official", "the campaign") are left out of recall but count for precision.',
      'Found: one of our quotes shares a run of min(3, n) consecutive words with the n words inside the gold marks. Speaker right: our speaker contains the last word of the gold source\'s name part (surname; for organisations the head word), and a first name, when both give one, agrees. Null: found with no speaker.',
      'Precision: share of our extracted quote instances (each outlet wording) that match any gold quotation attribution (named, pronoun or other source) in the same article. One annotator per article (the first .ann by name).',
    );
    return {
      task: 'quotes',
      corpus: 'polnear (train = development split, dev = held out)',
      headline: { metric: 'dev: found / speaker right of found / null / precision', goal: '≥ 0.95 / ≥ 0.92 / ≤ 0.05 / ≥ 0.95', reference: 'none published for this protocol' },
      rows,
      notes,
    };
  },
};
