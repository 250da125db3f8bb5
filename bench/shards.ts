// `--shards N`: the corpus split by story into N shards, each built as its own site under
// /shard-K/ (its own Pagefind index), then one search page of shard 0 merges the other shards'
// indexes with Pagefind's `mergeIndex` in headless Chromium and must find results from every shard.
// The proof of docs/scale.md's design on this machine.
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { serveStatic } from '../tests/e2e/support/serve.ts';
import type { CorpusArticle } from './corpus.ts';

export interface ShardBuild {
  shard: number;
  articles: number;
  stories: number;
  wallMs: number;
  htmlPages: number;
}

export interface ShardProof {
  query: string;
  /** Results of the merged search, per shard (by URL prefix). */
  resultsPerShard: number[];
  /** Results shard 0 finds alone, before merging. */
  primaryOnly: number;
  pass: boolean;
}

/** Whole stories to shards, round-robin by story id: a story is never split. Pure. */
export function shardByStory(articles: readonly CorpusArticle[], shards: number): CorpusArticle[][] {
  const out: CorpusArticle[][] = Array.from({ length: shards }, () => []);
  for (const article of articles) out[article.story % shards]?.push(article);
  return out;
}

export function shardBase(shard: number): string {
  return `/shard-${shard}/`;
}

/** Serves `root` (holding shard-0/ … shard-N/) and searches from shard 0's search page with every index merged. */
export async function proveMergedSearch(root: string, shards: number, query: string): Promise<ShardProof> {
  const server = await serveStatic(root, '/');
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.origin}${shardBase(0)}search/`);
    const others = Array.from({ length: shards - 1 }, (_, i) => `${shardBase(i + 1)}pagefind/`);
    const found = await page.evaluate(
      async ({ primary, merged, word }) => {
        type Pf = {
          options(o: object): Promise<void>;
          init(): Promise<void>;
          mergeIndex(path: string, o?: object): Promise<void>;
          search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
        };
        const urls = async (pf: Pf) => {
          const result = await pf.search(word);
          return Promise.all(result.results.map(async (r) => (await r.data()).url));
        };
        // A fresh module instance per step (query string), so "alone" and "merged" do not share state.
        const alone = (await import(`${primary}pagefind.js?alone`)) as Pf;
        await alone.options({ basePath: primary });
        const aloneUrls = await urls(alone);
        const pf = (await import(`${primary}pagefind.js?merged`)) as Pf;
        await pf.options({ basePath: primary });
        for (const path of merged) await pf.mergeIndex(path);
        return { alone: aloneUrls.length, merged: await urls(pf) };
      },
      { primary: `${shardBase(0)}pagefind/`, merged: others, word: query },
    );
    const resultsPerShard = Array.from({ length: shards }, (_, i) => found.merged.filter((u) => u.startsWith(shardBase(i))).length);
    return { query, resultsPerShard, primaryOnly: found.alone, pass: resultsPerShard.every((n) => n > 0) };
  } finally {
    await browser.close();
    await server.close();
  }
}
