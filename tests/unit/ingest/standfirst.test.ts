// The standfirst outside the article body, found by the page's description.
import { describe, expect, it } from 'vitest';
import { DOMParser } from 'linkedom';
import { ledeBelowHeadline, restates } from '../../../src/lib/ingest/standfirst.ts';
import type { Unit } from '../../../src/lib/ingest/lines.ts';

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

describe('the standfirst between the headline and the body', () => {
  const body = 'Councillor Ruth Abara said the decision was painful but that the landing could not be made safe before the summer season began.';
  const units: Unit[] = [{ line: 1, text: body }];
  const standfirst = 'The harbour office wants a quick inspection of every landing on the river. Calls to close the ferry for good are not helpful.';
  const pageOf = (between: string) =>
    new DOMParser().parseFromString(`<html><body><div class="intro"><h1>Ferry landing closes</h1><div class="date">3 May 2024, Marsh End</div>${between}</div><div class="text"><p>${body}</p></div></body></html>`, 'text/html');

  it('is the prose paragraph after the <h1> and before the body’s first paragraph', () => {
    expect(ledeBelowHeadline(pageOf(`<div class="teaser-text"><p>${standfirst}</p></div>`), units)).toEqual([standfirst]);
  });

  it('is not a photo caption or a box of teaser links', () => {
    const caption = `<figure><img src="a.jpg"><figcaption><p>${standfirst}</p></figcaption></figure>`;
    const links = '<div class="more"><a href="/a">Bridge repairs will take two more winters of work before the old toll bridge reopens</a> <a href="/b">Market day.</a></div>';
    expect(ledeBelowHeadline(pageOf(caption + links), units)).toEqual([]);
  });

  it('is not three or more paragraphs: that is a list of teasers', () => {
    const three = [1, 2, 3].map((n) => `<p>Story ${n}: ${standfirst}</p>`).join('');
    expect(ledeBelowHeadline(pageOf(three), units)).toEqual([]);
  });
});
