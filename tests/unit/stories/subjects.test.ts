// Two grown stories on neighbouring subjects (one country's nuclear treaty row, another's reactors)
// share most of their words; what tells them apart is who or what each is about.
import { describe, expect, test } from 'vitest';
import { differentSubjects, type Cluster } from '../../../src/lib/stories/cluster.ts';
import { DEFAULT_STORY_OPTIONS } from '../../../src/lib/stories/index.ts';

function story(size: number, sum: Record<string, number>): Cluster {
  return { members: Array.from({ length: size }, (_, i) => i), sum: new Map(Object.entries(sum)), centroid: new Map(), names: new Set(), first: 0, last: 0 };
}

const words = { nuclear: 30, treaty: 20, weapons: 18, test: 12 };

describe('different subjects', () => {
  test('two big stories led by names the other hardly gives are two subjects', () => {
    const pakistan = story(20, { ...words, '@pakistan': 14, '@islamabad': 6, '@nawaz sharif': 5, '@united states': 4 });
    const iran = story(18, { ...words, '@iran': 15, '@tehran': 7, '@bushehr': 5, '@united states': 4 });
    expect(differentSubjects(pakistan, iran, DEFAULT_STORY_OPTIONS)).toBe(true);
  });

  test('parts of one story share their leading name, even when their other names differ', () => {
    const early = story(12, { ...words, '@iran': 15, '@tehran': 7, '@united states': 4 });
    const later = story(11, { ...words, '@bushehr': 9, '@iran': 8, '@russia': 6 });
    expect(differentSubjects(early, later, DEFAULT_STORY_OPTIONS)).toBe(false);
  });

  test('a fragment of a few articles is left to merge on its words', () => {
    const pakistan = story(20, { ...words, '@pakistan': 14, '@islamabad': 6 });
    const fragment = story(3, { ...words, '@iran': 3, '@tehran': 1 });
    expect(differentSubjects(pakistan, fragment, DEFAULT_STORY_OPTIONS)).toBe(false);
  });
});
