// The standfirst outside the article body, found by the page's description.
import { describe, expect, it } from 'vitest';
import { restates } from '../../../src/lib/ingest/standfirst.ts';

const description = 'The council has closed the Marsh End landing until a temporary pontoon is built upstream, after engineers found rotten pilings.';

describe('a block restating the description', () => {
  it('holds nearly all its longer words, in any order', () => {
    const standfirst = 'Engineers found rotten pilings at Marsh End, so the council has closed the landing until a temporary pontoon is built upstream.';
    expect(restates(standfirst, description)).toBe(true);
  });

  it('is not a paragraph that only shares the topic', () => {
    expect(restates('The ferry operator has agreed to keep its timetable unchanged while the pontoon is built.', description)).toBe(false);
  });

  it('needs a description with enough words to compare', () => {
    expect(restates('Ferry news from Marsh End today', 'Ferry news, Marsh End')).toBe(false);
  });
});
