// Sentence trimming: spans deleted, nothing reworded; quotes keep their speaker.
import { describe, expect, it } from 'vitest';
import { trimSentence } from '../../../src/lib/analysis/trim.ts';
import { trimmedFrom } from './helpers.ts';

describe('trimSentence', () => {
  const cases: Array<[string, string]> = [
    ['The ferry service across the bay will resume in the spring after repairs, the harbour authority said Thursday.', 'The ferry service across the bay will resume in the spring after repairs.'],
    ['Water rates will rise by 4 percent next year, according to the utility board.', 'Water rates will rise by 4 percent next year.'],
    ['Officials said Monday that the bridge would stay closed until the inspection was over.', 'The bridge would stay closed until the inspection was over.'],
    ['On Tuesday in Millbrook, the council voted to close the old library on Main Street.', 'The council voted to close the old library on Main Street.'],
    ['Earlier this year, the council voted to close the old library on Main Street.', 'The council voted to close the old library on Main Street.'],
    ['Police detained 40 (mostly young) protesters Friday at the gates of the plant.', 'Police detained 40 protesters at the gates of the plant.'],
    ['The mayor, according to two council members, knew of the dam release in advance.', 'The mayor knew of the dam release in advance.'],
    ['Harbour traffic fell by a third in the first quarter, port sources said here.', 'Harbour traffic fell by a third in the first quarter.'],
    ['The mint has already struck one billion of the new coins, reported the Norden Press Agency.', 'The mint has already struck one billion of the new coins.'],
    ['The company sold its shipping arm to a rival firm, Harlow Corp., analysts said.', 'The company sold its shipping arm to a rival firm, Harlow Corp.'],
  ];
  it.each(cases)('%s', (input, expected) => {
    expect(trimSentence(input)).toBe(expected);
    expect(trimmedFrom(expected, input)).toBe(true);
  });

  it('leaves what a deletion would change or break', () => {
    for (const text of [
      // A quote keeps its speaker.
      '“We will rebuild the pier,” the mayor said Monday.',
      // "early Monday", "since Monday": the day is part of the fact.
      'The patient died early Monday after a week in hospital.',
      'The road has been closed since Monday because of the flood.',
      'Since Monday, the road has been closed because of the flood.',
      // A relative clause is not an attribution.
      'The plan failed, which he said was a pity for everyone.',
      // Too little would be left.
      'Prices rose, the bank said Monday.',
    ]) expect(trimSentence(text)).toBe(text);
  });
});
