import { describe, expect, test } from 'vitest';
import { hitsOf } from '../../../src/scripts/search.ts';

// A source page as Pagefind records it: the title, then one anchor per sentence (`s<n>`) at its first word.
const content = 'Harbour crane collapses. A crane collapsed at the Northgate harbour on Tuesday. Two workers were hurt, officials said. The harbour reopens next week.';
const words = content.split(' ');
const at = (word: string, from = 0) => words.indexOf(word, from);
const anchors = [
  { element: 'span', id: 's0', location: at('A') },
  { element: 'span', id: 's1', location: at('Two') },
  { element: 'span', id: 's2', location: at('The') },
];

describe('search hits point at the sentence holding the words', () => {
  test('matches group by sentence, in page order, each marked', () => {
    const locations = [at('harbour'), at('harbour', at('harbour') + 1)];
    const hits = hitsOf({ content, locations, anchors });
    expect(hits.map((h) => h.anchor)).toEqual(['s0', 's2']);
    expect(hits[0]!.words.filter((w) => w.match).map((w) => w.text)).toEqual(['harbour']);
    expect(hits[1]!.words.map((w) => w.text).join(' ')).toBe('The harbour reopens next week.');
  });

  test('words before the first sentence (the title) have no anchor', () => {
    const hits = hitsOf({ content, locations: [at('crane')], anchors });
    expect(hits[0]!.anchor).toBeNull();
    expect(hits[0]!.words.map((w) => w.text).join(' ')).toBe('Harbour crane collapses.');
  });

  test('a long passage is clipped around the match', () => {
    const long = Array.from({ length: 80 }, (_, i) => `w${i}`).join(' ');
    const [hit] = hitsOf({ content: long, locations: [40], anchors: [{ element: 'span', id: 's0', location: 0 }] });
    expect(hit!.clippedStart).toBe(true);
    expect(hit!.clippedEnd).toBe(true);
    expect(hit!.words.find((w) => w.match)!.text).toBe('w40');
  });

  test('at most the requested number of sentences', () => {
    const locations = [at('crane'), at('crane', at('crane') + 1), at('Two'), at('The')];
    expect(hitsOf({ content, locations, anchors }, 2)).toHaveLength(2);
  });
});
