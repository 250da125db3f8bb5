import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/lib/text/dates.ts';
import { capitalisedRuns } from '../../../src/lib/text/names.ts';
import { findNumbers } from '../../../src/lib/text/numbers.ts';
import { stem } from '../../../src/lib/text/stem.ts';
import { contentTokens, NEG } from '../../../src/lib/text/tokens.ts';

describe('contentTokens', () => {
  it('makes paraphrased negations and hyphen spellings meet', () => {
    const a = contentTokens('We co-operate, but there will be no invasion.');
    const b = contentTokens('We cooperate, but there is not going to be an invasion.');
    expect(a).toEqual(b);
    expect(a).toContain(NEG);
  });
  it('maps synonyms and country spellings to one token', () => {
    expect(contentTokens('The mayor rejected the U.S. plan')).toEqual(contentTokens('The mayor dismissed the United States proposal'));
    expect(contentTokens('seven groups')).toEqual(['#7', 'group']);
  });
  it('reads only number words as numbers, never names of JavaScript object members', () => {
    const tokens = contentTokens('The constructor said the valueOf the toString deal was eleven');
    expect(tokens).toContain('#11');
    expect(tokens.filter((t) => t.startsWith('#'))).toEqual(['#11']);
  });
  it('stems inflections together', () => {
    expect(stem('cooperating')).toBe(stem('cooperate'));
    expect(stem('designated')).toBe(stem('designating'));
    expect(stem('planned')).toBe(stem('plans'));
  });
});

describe('findNumbers / findDates / capitalisedRuns', () => {
  it('reads digits, words, money and percentages', () => {
    const found = findNumbers('Seven groups, 6,072 migrants, $50 million, 75 percent and one of them in 2024.');
    expect(found.map((n) => [n.value, n.unit, n.isYear])).toEqual([
      [7, '', false],
      [6072, '', false],
      [50e6, '$', false],
      [75, '%', false],
      [2024, '', true],
    ]);
  });
  it('finds specific dates only', () => {
    expect(findDates('On August 9, and on Friday, but not earlier this year').map((d) => d.text)).toEqual(['August 9', 'Friday']);
  });
  it('splits names at possessives and keeps connectors inside', () => {
    const runs = capitalisedRuns('Mexico’s President Ana Ruiz met the Department of Defense.');
    expect(runs.map((r) => r.words.map((w) => w.text).join(' '))).toEqual(['Mexico', 'President Ana Ruiz', 'Department of Defense']);
    expect(runs[0]?.possessive).toBe(true);
  });
});

describe('paraphrase lexicon', () => {
  it('meets general-English verb and noun paraphrases', () => {
    expect(contentTokens('Trump instructed the army')).toEqual(contentTokens('Trump directed the army'));
    expect(contentTokens('to combat cartels')).toEqual(contentTokens('to target cartels'));
    expect(contentTokens('terrorist organizations')).toEqual(contentTokens('terrorist groups'));
    expect(contentTokens('terrorist entities')).toEqual(contentTokens('terrorist groups'));
    expect(contentTokens('employ force')).toEqual(contentTokens('use force'));
  });
});
