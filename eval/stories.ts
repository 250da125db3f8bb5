// `npm run eval -- stories`: story detection on DUC 2007 (45 topics × 25 documents; the topic folder
// is the gold story), scored with B-cubed precision, recall and F1 (Bagga & Baldwin 1998).
// Tuning half: odd-numbered topics; held-out half: even-numbered; the goal figure is all 45 at once.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestSeeds } from '../src/lib/ingest/index.ts';
import { detectStories } from '../src/lib/stories/index.ts';
import { readDucFolder, seedName, writeSeed } from './duc.ts';
import type { EvalRow, Scorer } from './types.ts';

/** B-cubed over items: per item, precision and recall of its predicted cluster against its gold one. */
export function bcubed(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): { precision: number; recall: number; f1: number } {
  const members = (labels: ReadonlyMap<string, string>) => {
    const groups = new Map<string, Set<string>>();
    for (const [item, label] of labels) {
      let set = groups.get(label);
      if (!set) groups.set(label, (set = new Set()));
      set.add(item);
    }
    return groups;
  };
  const goldGroups = members(gold);
  const predictedGroups = members(predicted);
  let precision = 0;
  let recall = 0;
  for (const [item, label] of gold) {
    const g = goldGroups.get(label)!;
    const p = predictedGroups.get(predicted.get(item) ?? `missing:${item}`) ?? new Set([item]);
    let both = 0;
    for (const other of p) if (g.has(other)) both++;
    precision += both / p.size;
    recall += both / g.size;
  }
  precision /= gold.size;
  recall /= gold.size;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

interface Topic {
  name: string;
  /** Seed ids (file stems) of its documents. */
  ids: string[];
}

async function scoreTopics(label: string, topics: readonly Topic[], seedsDir: string, log: (line: string) => void): Promise<EvalRow> {
  const wanted = new Set(topics.flatMap((t) => t.ids));
  const { articles, errors } = await ingestSeeds(seedsDir);
  for (const error of errors) log(`${error.file}: ${error.message}`);
  const started = performance.now();
  const { stories } = detectStories(articles.filter((a) => wanted.has(a.id)));
  const seconds = (performance.now() - started) / 1000;
  const gold = new Map(topics.flatMap((t) => t.ids.map((id) => [id, t.name] as const)));
  const predicted = new Map(stories.flatMap((s) => s.sources.map((id) => [id, s.id] as const)));
  const { precision, recall, f1 } = bcubed(gold, predicted);
  log(`${label}: ${gold.size} documents, ${topics.length} topics → ${stories.length} stories, F1 ${f1.toFixed(3)}, detection ${seconds.toFixed(1)} s`);
  return { label, metrics: { 'B3 precision': precision, 'B3 recall': recall, 'B3 F1': f1, stories: stories.length }, count: gold.size };
}

export const scorer: Scorer = {
  task: 'stories',
  corpus: 'duc2007/main-docs',
  async run({ corporaDir, log }) {
    const root = join(corporaDir, 'duc2007/main-docs');
    const folders = (await readdir(root)).filter((name) => /^D07\d\d[A-Z]$/.test(name)).sort();
    const dir = await mkdtemp(join(tmpdir(), 'briefing-eval-stories-'));
    try {
      const topics: Topic[] = [];
      for (const folder of folders) {
        const docs = await readDucFolder(join(root, folder));
        for (const doc of docs) await writeSeed(dir, doc);
        // Ingest ids are lowercased file stems.
        topics.push({ name: folder, ids: docs.map((doc) => seedName(doc).replace(/\.txt$/, '').toLowerCase()) });
      }
      const number = (t: Topic) => Number(t.name.slice(3, 5));
      const rows = [
        await scoreTopics('all 45 topics together (goal)', topics, dir, log),
        await scoreTopics('odd topics (tuning half)', topics.filter((t) => number(t) % 2 === 1), dir, log),
        await scoreTopics('even topics (held out)', topics.filter((t) => number(t) % 2 === 0), dir, log),
      ];
      return {
        task: 'stories',
        corpus: 'duc2007/main-docs',
        headline: { metric: 'B3 F1', goal: '≥ 0.95', reference: 'Miranda et al. (EMNLP 2018), English B-cubed F1 0.940 on their corpus' },
        rows,
        notes: [
          'All documents of the topics in a row go into one folder under their DUC document numbers (no topic in the name), with their dates as `published`; story detection sees only the text, title and date.',
          'Thresholds were set on the odd-numbered topics; the even-numbered ones are held out.',
          'Joins require a shared name (people, places, bodies) anywhere in the article, not only among its strongest terms: without that gate two unrelated stories of the same week merged on common words in a ten-article folder.',
          'Stories also merge when their centroids agree (cosine 0.25 at the same time, more when apart): the threshold was the best on the odd topics that kept their precision; 0.15 scored higher there (F1 0.902) but cost precision.',
          'Two stories of ten or more articles do not merge when neither one\'s leading name is among the other\'s three leading names (two nuclear topics, Pakistan\'s and Iran\'s, had merged on their shared words): odd topics F1 0.911 → 0.916, all 0.913 → 0.918, even unchanged.',
          'After the single pass, up to three rounds of reassignment then merging; an article alone in its story moves with 0.02 less similarity. These, the 24 probe terms, 200 centroid terms and the 0.005 time penalty per doubling were chosen on the odd topics (F1 0.886 → 0.911).',
        ],
      };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
