// `npm run eval -- summary`: the briefing's summary on DUC 2007's update task (10 topics × sets A, B,
// C of ~10 documents; 100-word summaries; 4 NIST human models each), scored with the official
// ROUGE-1.5.5 and DUC's options, the official peers (systems 35–58) scored in the same run.
// Each set's documents are written as seeds, ingested and analysed by the project's own pipeline,
// with the topic's title and narrative as the summary's focus.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ingestSeeds } from '../src/lib/ingest/index.ts';
import { analyseStory } from '../src/lib/pipeline.ts';
import { readDucFolder, writeSeed } from './duc.ts';
import type { EvalContext, EvalRow, Scorer } from './types.ts';

const run = promisify(execFile);
const SETS = ['A', 'B', 'C'] as const;
const OURS = 'OURS';
const WORDS = 100;

interface Topic {
  id: string;
  title: string;
  narrative: string;
}

/** Titles and narratives of the update task's topics, by topic id (e.g. `D0703A`). */
export function parseTopics(sgml: string): Map<string, Topic> {
  const out = new Map<string, Topic>();
  for (const m of sgml.matchAll(/<topic>([\s\S]*?)<\/topic>/g)) {
    const body = m[1] ?? '';
    const field = (name: string) => (new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(body)?.[1] ?? '').replace(/\s+/g, ' ').trim();
    const id = /<num>\s*(\S+)\s*<\/num>/.exec(body)?.[1];
    if (id) out.set(id, { id, title: field('title'), narrative: field('narr') });
  }
  return out;
}

/** The summary as ROUGE's SPL input: one sentence per line, our [bracketed] insertions unbracketed. */
export function summaryLines(texts: readonly string[]): string[] {
  return texts.map((t) => t.replace(/\[([^\]]*)\]/g, '$1').replace(/\s+/g, ' ').trim()).filter(Boolean);
}

async function summarise(docsDir: string, topic: Topic | undefined, work: string, known: readonly string[]): Promise<string[]> {
  const seeds = await mkdtemp(join(work, 'seeds-'));
  for (const doc of await readDucFolder(docsDir)) await writeSeed(seeds, doc);
  const { articles } = await ingestSeeds(seeds);
  const focus = topic ? `${topic.title}. ${topic.narrative}` : undefined;
  const options = { summaryWords: WORDS, focus, known };
  // DUC gives each set as one cluster: summarised as one story, whatever story detection would make of it.
  const { analysis } = analyseStory(articles, options);
  await rm(seeds, { recursive: true, force: true });
  return summaryLines(analysis.summary.map((s) => s.text));
}

interface RougeScores {
  rouge2: number;
  su4: number;
}

/** ROUGE-1.5.5 needs Perl's XML::DOM; checked before the slow summarising, not after it. */
async function requirePerlXmlDom(): Promise<void> {
  try {
    await run('perl', ['-MXML::DOM', '-e', '1']);
  } catch {
    throw new Error('ROUGE-1.5.5 needs Perl with XML::DOM: install it (Debian: apt-get install libxml-dom-perl) and run again');
  }
}

/** Runs ROUGE-1.5.5 with DUC 2007's options; returns Average_R of ROUGE-2 and ROUGE-SU4 per peer. */
async function rouge(rougeDir: string, config: string, work: string): Promise<Map<string, RougeScores>> {
  const args = [join(rougeDir, 'ROUGE-1.5.5.pl'), '-e', await rougeData(rougeDir, work), '-n', '4', '-w', '1.2', '-m', '-2', '4', '-u', '-c', '95', '-r', '1000', '-f', 'A', '-p', '0.5', '-t', '0', '-l', String(WORDS), '-a', '-d', config];
  const { stdout } = await run('perl', args, { maxBuffer: 64 * 1024 * 1024 });
  const out = new Map<string, RougeScores>();
  for (const m of stdout.matchAll(/^(\S+) ROUGE-(2|SU4) Average_R: ([\d.]+)/gm)) {
    const peer = m[1] ?? '';
    const scores = out.get(peer) ?? { rouge2: 0, su4: 0 };
    if (m[2] === '2') scores.rouge2 = Number(m[3]);
    else scores.su4 = Number(m[3]);
    out.set(peer, scores);
  }
  return out;
}

/**
 * ROUGE's data folder. The shared copy's `WordNet-2.0.exc.db` may be a symlink flattened into a
 * text file naming its target; then a private folder with the real database is used.
 */
async function rougeData(rougeDir: string, work: string): Promise<string> {
  const data = join(rougeDir, 'data');
  const db = join(data, 'WordNet-2.0.exc.db');
  const head = (await readFile(db)).subarray(0, 64).toString('latin1');
  if (!/^WordNet-2\.0-Exceptions\/\S+\s*$/.test(head)) return data;
  const copy = join(work, 'rouge-data');
  await mkdir(copy, { recursive: true });
  await copyFile(join(data, 'smart_common_words.txt'), join(copy, 'smart_common_words.txt'));
  await copyFile(join(data, head.trim()), join(copy, 'WordNet-2.0.exc.db'));
  return copy;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Topics to score: all, or those named in BRIEFING_DUC_TOPICS (comma-separated, e.g. D0703,D0706). */
function selectedTopics(all: readonly string[]): string[] {
  const wanted = process.env.BRIEFING_DUC_TOPICS?.split(',').map((t) => t.trim()).filter(Boolean);
  return wanted && wanted.length > 0 ? all.filter((t) => wanted.some((w) => t.startsWith(w))) : [...all];
}

async function scoreSet(set: (typeof SETS)[number], topics: readonly string[], context: EvalContext, work: string, topicInfo: Map<string, Topic>): Promise<EvalRow[]> {
  const duc = join(context.corporaDir, 'duc2007');
  const models = join(duc, 'update-rouge', 'models');
  const officialPeers = join(duc, 'update-rouge', 'peers');
  const peerDir = join(work, `peers-${set}`);
  await mkdir(peerDir, { recursive: true });
  const modelFiles = await readdir(models);
  const peerFiles = await readdir(officialPeers);
  const evals: string[] = [];
  const systems = new Set<string>();
  for (const topicDir of topics) {
    const topic = topicDir.slice(0, 5);
    const evalId = `${topic}-${set}`;
    // The update task: a set's summary is for a reader who has read the earlier sets.
    const earlier = SETS.slice(0, SETS.indexOf(set));
    const known: string[] = [];
    for (const e of earlier) for (const doc of await readDucFolder(join(duc, 'update-docs', topicDir, `${topicDir}-${e}`))) known.push(...doc.paragraphs);
    const lines = await summarise(join(duc, 'update-docs', topicDir, `${topicDir}-${set}`), topicInfo.get(topicDir), work, known);
    const ours = `${evalId}.M.100.${OURS}`;
    await writeFile(join(peerDir, ours), `${lines.join('\n')}\n`);
    context.log(`${evalId}: ${lines.join(' ').split(/\s+/).length} words`);
    // Official system peers only (numeric ids); the human summaries are the models.
    const peers: Array<[string, string]> = [[OURS, ours]];
    for (const file of peerFiles.filter((f) => f.startsWith(`${evalId}.`)).sort()) {
      const id = file.split('.').pop() ?? '';
      if (!/^\d+$/.test(id)) continue;
      await copyFile(join(officialPeers, file), join(peerDir, file));
      peers.push([id, file]);
      systems.add(id);
    }
    const modelList = modelFiles.filter((f) => f.startsWith(`${evalId}.`)).sort();
    evals.push(
      [
        `<EVAL ID="${evalId}">`,
        `<PEER-ROOT>\n${peerDir}\n</PEER-ROOT>`,
        `<MODEL-ROOT>\n${models}\n</MODEL-ROOT>`,
        '<INPUT-FORMAT TYPE="SPL">\n</INPUT-FORMAT>',
        '<PEERS>',
        ...peers.map(([id, file]) => `<P ID="${id}">${file}</P>`),
        '</PEERS>',
        '<MODELS>',
        ...modelList.map((file) => `<M ID="${file.split('.').pop()}">${file}</M>`),
        '</MODELS>',
        '</EVAL>',
      ].join('\n'),
    );
  }
  const config = join(work, `rouge-${set}.xml`);
  await writeFile(config, `<ROUGE_EVAL version="1.5.5">\n${evals.join('\n')}\n</ROUGE_EVAL>\n`);
  const scores = await rouge(join(context.corporaDir, '..', 'tools', 'rouge'), config, work);
  const official = [...systems].map((id) => ({ id, ...(scores.get(id) ?? { rouge2: 0, su4: 0 }) }));
  const best = official.reduce((b, p) => (p.rouge2 > b.rouge2 ? p : b), official[0] ?? { id: '-', rouge2: 0, su4: 0 });
  const bestSu4 = Math.max(...official.map((p) => p.su4));
  const ours = scores.get(OURS) ?? { rouge2: 0, su4: 0 };
  const n = topics.length;
  return [
    { label: `set ${set}: our summary`, count: n, metrics: { 'ROUGE-2': ours.rouge2, 'ROUGE-SU4': ours.su4 } },
    { label: `set ${set}: best official system (ROUGE-2: peer ${best.id}; SU4: best of any)`, count: n, metrics: { 'ROUGE-2': best.rouge2, 'ROUGE-SU4': bestSu4 } },
    { label: `set ${set}: median official system`, count: n, metrics: { 'ROUGE-2': median(official.map((p) => p.rouge2)), 'ROUGE-SU4': median(official.map((p) => p.su4)) } },
  ];
}

export const scorer: Scorer = {
  task: 'summary',
  corpus: 'duc2007/update-docs',
  async run(context) {
    const duc = join(context.corporaDir, 'duc2007');
    const rougeDir = join(context.corporaDir, '..', 'tools', 'rouge');
    if (!existsSync(join(rougeDir, 'ROUGE-1.5.5.pl'))) throw new Error(`ROUGE-1.5.5 not found in ${rougeDir}`);
    await requirePerlXmlDom();
    const topicInfo = parseTopics(await readFile(join(duc, 'duc2007_UPDATEtopics.sgml'), 'latin1'));
    const topics = selectedTopics((await readdir(join(duc, 'update-docs'))).filter((d) => /^D\d+[A-Z]$/.test(d)).sort());
    const sets = (process.env.BRIEFING_DUC_SETS ?? 'A,B,C').split(',').filter((s): s is (typeof SETS)[number] => (SETS as readonly string[]).includes(s));
    const work = await mkdtemp(join(tmpdir(), 'briefing-duc-'));
    const rows: EvalRow[] = [];
    try {
      for (const set of sets) rows.push(...(await scoreSet(set, topics, context, work, topicInfo)));
    } finally {
      await rm(work, { recursive: true, force: true });
    }
    return {
      task: 'summary',
      corpus: 'duc2007/update-docs',
      headline: { metric: 'ROUGE-2 (set A)', goal: '≥ best official system; ROUGE-SU4 > median', reference: 'DUC 2007 update task, official peers 35–58 scored in the same run' },
      rows,
      notes: [
        'ROUGE-1.5.5 -n 4 -w 1.2 -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -l 100 -a (DUC 2007); Average_R over the 4 NIST models (jackknifed).',
        'Each set is summarised from its own documents, with the earlier sets\' documents as `known` (what they said weighs less: the update task); focus = the topic title and narrative.',
        `Topics: ${topics.join(', ')}${process.env.BRIEFING_DUC_TOPICS ? ' (BRIEFING_DUC_TOPICS)' : ''}.`,
      ],
    };
  },
};
