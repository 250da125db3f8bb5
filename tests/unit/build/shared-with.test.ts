// briefing.json leaves out each sentence's `sharedWith` (it grows with the square of a story's size);
// reading it back must give every sentence the same list the analysis gave it.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runPipeline } from '../../../src/lib/build/run.ts';
import { fillBriefingSharedWith } from '../../../src/lib/build/shared-with.ts';
import type { Briefing } from '../../../src/lib/types.ts';
import { mixedFolder, type MixedFolder } from '../stories/helpers.ts';

describe('sharedWith, left out of briefing.json', () => {
  let folder: MixedFolder;
  let work: string;
  beforeAll(async () => {
    folder = await mixedFolder();
    work = await mkdtemp(path.join(tmpdir(), 'briefing-shared-'));
  });
  afterAll(async () => {
    await folder.cleanup();
    await rm(work, { recursive: true, force: true });
  });

  test('is not written, and is filled in again story by story from the claims', async () => {
    const log = { info: () => undefined, warn: () => undefined };
    const paths = { seedsDir: folder.seeds, contentDir: path.join(work, 'content'), cacheDir: path.join(work, 'cache') };
    const { briefing } = await runPipeline(paths, log);
    const text = await readFile(path.join(work, 'content', 'briefing.json'), 'utf8');
    expect(text).not.toContain('"sharedWith"');
    const read = fillBriefingSharedWith(JSON.parse(text) as Briefing);
    const lists = (b: Briefing) => b.sources.map((s) => s.sentences.map((t) => t.sharedWith));
    expect(lists(read)).toEqual(lists(briefing));
    expect(lists(briefing).flat().some((list) => list.length >= 2)).toBe(true);
    // The story cache keeps none either, and a rebuild from it gives the same lists.
    const again = (await runPipeline(paths, log)).briefing;
    expect(lists(again)).toEqual(lists(briefing));
  }, 90_000);
});
