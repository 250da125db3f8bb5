// Per-story analysis: each story analysed on its own, untouched by additions to another story, and
// taken from the cache when its sources did not change.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { runPipeline } from '../../../src/lib/build/run.ts';
import { briefingSchema } from '../../../src/lib/schema/briefing.ts';
import type { Briefing } from '../../../src/lib/types.ts';
import { BUNDLED_SEEDS, MEXICO, mixedFolder, RAIL, WILDFIRE, type MixedFolder } from './helpers.ts';

let folder: MixedFolder;
let work: string;
const messages: string[] = [];
const log = { info: (m: string) => messages.push(m), warn: (m: string) => messages.push(m) };

beforeEach(async () => {
  folder = await mixedFolder();
  work = await mkdtemp(path.join(tmpdir(), 'briefing-story-build-'));
  messages.length = 0;
});
afterEach(async () => {
  await folder.cleanup();
  await rm(work, { recursive: true, force: true });
});

const paths = () => ({ seedsDir: folder.seeds, contentDir: path.join(work, 'content'), cacheDir: path.join(work, 'cache') });
const readBriefing = async () => JSON.parse(await readFile(path.join(work, 'content', 'briefing.json'), 'utf8')) as Briefing;

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await main(args, { stdin: Readable.from([]), stdout: { write: (t: string) => (out += t) }, stderr: { write: () => true } });
  return { code, out };
}

describe('per-story briefings', () => {
  test('three stories, each analysed within itself; the top level holds every source and no mixed analysis', async () => {
    const { briefing } = await runPipeline(paths(), log);
    expect(briefingSchema.safeParse(await readBriefing()).success).toBe(true);
    expect(briefing.schemaVersion).toBe(3);
    expect(briefing.stories.map((s) => s.sources)).toEqual([RAIL, MEXICO, WILDFIRE]);
    expect(briefing.sources.map((s) => s.id)).toEqual([...MEXICO, ...WILDFIRE, ...RAIL]);
    expect(briefing.keyPoints).toEqual([]);
    expect(briefing.timeline).toEqual([]);
    for (const story of briefing.stories) {
      const members = new Set(story.sources);
      const cited = [...story.claims.flatMap((c) => c.citations), ...story.timeline.flatMap((e) => e.citations), ...story.quotes.flatMap((q) => q.variants)];
      expect(cited.length).toBeGreaterThan(0);
      for (const citation of cited) expect(members.has(citation.source)).toBe(true);
    }
    const wildfire = briefing.stories.find((s) => s.sources.includes(WILDFIRE[0]!))!;
    expect(wildfire).toMatchObject({ outlets: 3, firstPublished: '2025-08-11', lastPublished: '2025-08-13' });
    expect(wildfire.keyPoints.map((p) => p.text).join(' ')).toMatch(/Marseille|Les Pennes-Mirabeau|hectares/);
    expect(wildfire.keyPoints.map((p) => p.text).join(' ')).not.toMatch(/Sheinbaum|Deutsche Bahn|GDL/);
    expect(messages.join('\n')).toMatch(/in 3 stories \(0 analysed before\)/);
  }, 60_000);

  test('adding an article to one story re-analyses only that story; the others stay byte-identical', async () => {
    const first = (await runPipeline(paths(), log)).briefing;
    await folder.add('204_rail_strike_talks.txt');
    messages.length = 0;
    const second = (await runPipeline(paths(), log)).briefing;
    expect(messages.join('\n')).toMatch(/in 3 stories \(2 analysed before\)/);
    expect(second.stories.map((s) => s.id)).toEqual(first.stories.map((s) => s.id));
    const grown = second.stories.find((s) => s.id === 'german-train-drivers-union-calls-three')!;
    expect(grown.sources).toEqual([...RAIL, '204_rail_strike_talks']);
    for (const story of second.stories.filter((s) => s !== grown)) {
      expect(JSON.stringify(story)).toBe(JSON.stringify(first.stories.find((s) => s.id === story.id)));
    }
    for (const id of [...MEXICO, ...WILDFIRE]) {
      expect(JSON.stringify(second.sources.find((s) => s.id === id))).toBe(JSON.stringify(first.sources.find((s) => s.id === id)));
    }
    expect(second.storyChanges).toEqual({
      newStories: [],
      grownStories: [{ story: 'german-train-drivers-union-calls-three', addedSources: ['204_rail_strike_talks'] }],
      shrunkStories: [],
      removedStories: [],
    });
    expect(grown.changes?.addedSources).toEqual(['204_rail_strike_talks']);
    // Rebuilding the same seeds gives the same bytes, "what changed" included.
    const bytes = await readFile(path.join(work, 'content', 'briefing.json'), 'utf8');
    messages.length = 0;
    await runPipeline(paths(), log);
    expect(await readFile(path.join(work, 'content', 'briefing.json'), 'utf8')).toBe(bytes);
    expect(messages.join('\n')).toMatch(/in 3 stories \(3 analysed before\)/);
  }, 90_000);

  test('a new unrelated article is a new one-article story, and "what changed" says so', async () => {
    await runPipeline(paths(), log);
    await folder.add(
      '301_chess.txt',
      `---\noutlet: Chess Weekly\npublished: 2025-08-12\n---\nTeenager wins national chess championship\n\nA 15-year-old from Leeds won the British chess championship on Sunday, becoming the youngest champion in the tournament's history after a final-round victory over a grandmaster twice her age. She will now represent England at the Olympiad in the autumn.\n`,
    );
    const { briefing } = await runPipeline(paths(), log);
    expect(briefing.storyChanges?.newStories).toEqual(['teenager-wins-national-chess-championship']);
    expect(briefing.stories.find((s) => s.id === 'teenager-wins-national-chess-championship')?.sources).toEqual(['301_chess']);
  }, 90_000);

  test('an invalid `story:` is reported by file in the build and in briefing.json, and the article is still published', async () => {
    await folder.add('208_bad.txt', (await readFile(path.join(folder.seeds, '203_rail_strike_mediation.txt'), 'utf8')).replace('---\n', '---\nstory: GDL strike\n').replace('Hamburg Evening Post', 'Harbour Gazette'));
    const { briefing } = await runPipeline(paths(), log);
    expect(briefing.storyErrors).toEqual([{ file: 'seeds/208_bad.txt', message: expect.stringContaining('story "GDL strike" is not a valid story id') }]);
    expect(messages.join('\n')).toContain('seeds/208_bad.txt: story "GDL strike" is not a valid story id');
    expect(briefing.stories.find((s) => s.id === 'german-train-drivers-union-calls-three')?.sources).toContain('208_bad');
  }, 60_000);
});

describe('briefing analyze', () => {
  test('a folder of several stories gives stories[], each with its own analysis', async () => {
    const { code, out } = await cli(['analyze', folder.seeds]);
    expect(code).toBe(0);
    const briefing = JSON.parse(out) as Briefing;
    expect(briefing.stories).toHaveLength(3);
    for (const story of briefing.stories) expect(story.keyPoints.length).toBeGreaterThan(0);
  }, 60_000);

  test('a one-story folder keeps the top-level fields', async () => {
    const { out } = await cli(['analyze', BUNDLED_SEEDS]);
    const briefing = JSON.parse(out) as Briefing;
    expect(briefing.stories).toHaveLength(1);
    expect(briefing.headline).toBe(briefing.stories[0]!.headline);
    expect(briefing.keyPoints).toEqual(briefing.stories[0]!.keyPoints);
    expect(briefing.keyPoints.length).toBeGreaterThan(0);
    expect(briefing.sources.map((s) => s.id)).toEqual(MEXICO);
  }, 60_000);
});
