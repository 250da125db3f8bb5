// Story detection on real-looking news: three unrelated stories published in the same week.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { detectStories } from '../../../src/lib/stories/index.ts';
import { isStorySlug, slugFromHeadline, uniqueSlug } from '../../../src/lib/stories/slug.ts';
import { storyOfSource } from '../../../src/lib/stories/changes.ts';
import { MEXICO, mixedFolder, RAIL, WILDFIRE, type MixedFolder } from './helpers.ts';
import { Readable } from 'node:stream';

let folder: MixedFolder;
beforeEach(async () => {
  folder = await mixedFolder();
});
afterEach(() => folder.cleanup());

const members = (detection: ReturnType<typeof detectStories>) => detection.stories.map((s) => s.sources);

describe('story detection', () => {
  test('the bundled seeds plus two other stories give three stories with the right members', async () => {
    const detection = detectStories(await folder.articles());
    expect(members(detection).sort()).toEqual([MEXICO, WILDFIRE, RAIL].sort());
    expect(detection.stories.map((s) => s.id)).toEqual([
      'german-train-drivers-union-calls-three',
      'mexico-rejects-trump-plan-military-intervention',
      'wildfire-near-marseille-forces-thousands-evacuate',
    ]);
    expect(detection.errors).toEqual([]);
  });

  test('a story that grows keeps its id, and the other stories keep theirs and their members', async () => {
    const before = detectStories(await folder.articles());
    await folder.add('204_rail_strike_talks.txt');
    const after = detectStories(await folder.articles(), storyOfSource(before.stories));
    const rail = after.stories.find((s) => s.sources.includes('204_rail_strike_talks'))!;
    expect(rail.id).toBe('german-train-drivers-union-calls-three');
    expect(rail.sources).toEqual([...RAIL, '204_rail_strike_talks']);
    expect(after.stories.filter((s) => s !== rail)).toEqual(before.stories.filter((s) => s.id !== rail.id));
  });

  test('a story keeps its id when its founding article is removed, given the previous build', async () => {
    const before = detectStories(await folder.articles());
    await folder.remove('201_rail_strike_announce.txt');
    const after = detectStories(await folder.articles(), storyOfSource(before.stories));
    expect(after.stories.map((s) => s.id)).toEqual(before.stories.map((s) => s.id));
    // Without the previous build the id comes from the new earliest article.
    const fresh = detectStories(await folder.articles());
    expect(fresh.stories.map((s) => s.id)).toContain('rail-strike-brings-german-train-services');
  });

  test('removing a whole story changes no other id', async () => {
    const before = detectStories(await folder.articles());
    for (const id of WILDFIRE) await folder.remove(`${id}${id.endsWith('weekly') ? '.md' : '.txt'}`);
    const after = detectStories(await folder.articles(), storyOfSource(before.stories));
    expect(after.stories).toEqual(before.stories.filter((s) => !s.sources.includes(WILDFIRE[0]!)));
  });

  test('`story:` in frontmatter wins over detection', async () => {
    const text = `---\noutlet: Harbour Gazette\npublished: 2025-08-14\nstory: marseille-wildfire\n---\nTrain drivers strike again\n\nThe GDL train drivers' union said on Thursday that Deutsche Bahn had not answered its demand for a 35-hour week, as the 72-hour strike entered its second day and most trains in Germany stood still.\n`;
    await folder.add('205_given.txt', text);
    const { stories, errors } = detectStories(await folder.articles());
    expect(errors).toEqual([]);
    expect(stories.find((s) => s.id === 'marseille-wildfire')?.sources).toEqual(['205_given']);
    expect(stories.find((s) => s.id === 'german-train-drivers-union-calls-three')?.sources).toEqual(RAIL);
    // An article that names an existing story's id joins that story.
    await folder.add('206_given.txt', text.replace('marseille-wildfire', 'german-train-drivers-union-calls-three'));
    const again = detectStories(await folder.articles());
    expect(again.stories.find((s) => s.id === 'german-train-drivers-union-calls-three')?.sources).toContain('206_given');
  });

  test('an invalid `story:` slug is an error naming the file, and the article stays in its detected story', async () => {
    const text = `---\noutlet: Harbour Gazette\npublished: 2025-08-14\nstory: Rail Strike!\n---\nTrain drivers keep up strike\n\nThe GDL train drivers' union said on Thursday that Deutsche Bahn had not answered its demand for a 35-hour week, as the 72-hour strike entered its second day. GDL chairman Mario Reiß said the walkout would end on Saturday. Deutsche Bahn personnel chief Martin Seiler said the offer of an 11 percent pay rise stood.\n`;
    await folder.add('207_bad_slug.txt', text);
    const { stories, errors } = detectStories(await folder.articles());
    expect(errors).toEqual([{ file: 'seeds/207_bad_slug.txt', message: expect.stringMatching(/story "Rail Strike!" is not a valid story id.*"rail-strike"/) }]);
    expect(stories.find((s) => s.id === 'german-train-drivers-union-calls-three')?.sources).toContain('207_bad_slug');
  });

  test('an unrelated article is a one-article story of its own', async () => {
    await folder.add(
      '301_chess.txt',
      `---\noutlet: Chess Weekly\npublished: 2025-08-12\n---\nTeenager wins national chess championship\n\nA 15-year-old from Leeds won the British chess championship on Sunday, becoming the youngest champion in the tournament's history after a final-round victory over a grandmaster twice her age. She will now represent England at the Olympiad in the autumn.\n`,
    );
    const { stories } = detectStories(await folder.articles());
    expect(stories.find((s) => s.sources.includes('301_chess'))).toEqual({
      id: 'teenager-wins-national-chess-championship',
      title: 'Teenager wins national chess championship',
      sources: ['301_chess'],
    });
    expect(stories).toHaveLength(4);
  });

  test('`briefing stories DIR` prints every article in exactly one story', async () => {
    let out = '';
    let err = '';
    const code = await main(['stories', folder.seeds], {
      stdin: Readable.from([]),
      stdout: { write: (t: string) => (out += t) },
      stderr: { write: (t: string) => (err += t) },
    });
    expect(code).toBe(0);
    expect(err).toBe('');
    const printed = JSON.parse(out) as { id: string; title: string; sources: string[] }[];
    expect(printed.map((s) => Object.keys(s))).toEqual([['id', 'title', 'sources'], ['id', 'title', 'sources'], ['id', 'title', 'sources']]);
    expect(printed.flatMap((s) => s.sources).sort()).toEqual([...MEXICO, ...WILDFIRE, ...RAIL].sort());
    expect(printed.find((s) => s.id.startsWith('wildfire'))?.title).toBe('Wildfire near Marseille forces thousands to evacuate');
  });
});

describe('slugs', () => {
  test('are made from headline words, and made unique', () => {
    expect(slugFromHeadline('Mexico says ‘no invasion’ after Trump’s drug-cartel decree')).toBe('mexico-says-no-invasion-trump-drug');
    expect(slugFromHeadline('Évacuation à Marseille')).toBe('evacuation-marseille');
    expect(slugFromHeadline('!!!')).toBe('story');
    expect(uniqueSlug('rail-strike', new Set(['rail-strike', 'rail-strike-2']))).toBe('rail-strike-3');
    expect(isStorySlug('rail-strike-2025')).toBe(true);
    for (const bad of ['Rail Strike', 'rail--strike', '-rail', 'rail_strike', '']) expect(isStorySlug(bad)).toBe(false);
  });
});
