// A stated publication date that the article's own dates contradict (a crawl or
// "last updated" date) is kept, flagged, and never used as evidence for others.
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/timeline/index.ts';
import { resolvePublicationDates } from '../../../src/lib/timeline/publication.ts';
import { linkClaims, makeDoc } from './helpers.ts';

// The wire story, dated by the user.
const wire = () =>
  makeDoc({
    id: 'wire',
    published: '2025-08-09',
    paragraphs: [
      'On Friday, Defence Secretary Mara Quill announced the deployment order at a press conference in Washington.',
      'The order covers three naval bases on the Gulf coast.',
    ],
  });

// A scrape whose only "published" date is the day it was crawled, 11 weeks after the events it reports.
const crawl = (published = '2025-10-28') =>
  makeDoc({
    id: 'crawl',
    published,
    publishedSource: 'stated',
    paragraphs: [
      'Defence Secretary Mara Quill announced the deployment order on Friday at a press conference in Washington.',
      'The directive was drafted in early August after a review of the naval bases. Reporters pressed her on the cost.',
      'The order covers three naval bases on the Gulf coast.',
    ],
  });

// An undated local report that shares the press-conference claim with the scrape only.
const local = () =>
  makeDoc({
    id: 'local',
    paragraphs: [
      'The deployment order announced Friday by Defence Secretary Mara Quill drew protests in the port city.',
      'The order covers three naval bases on the Gulf coast.',
    ],
  });

function story(crawlDate?: string) {
  const docs = [wire(), crawl(crawlDate), local()];
  const claims = linkClaims(docs, [
    [['crawl', 'announced the deployment order'], ['local', 'announced Friday']],
    [['wire', 'three naval bases'], ['crawl', 'three naval bases'], ['local', 'three naval bases']],
  ]);
  return { docs, claims };
}

describe('stated publication dates checked against the article', () => {
  it('flags a crawl date weeks after every event reported "on Friday", and keeps it', () => {
    const { docs, claims } = story();
    const [, crawlDate] = resolvePublicationDates(docs, claims);
    expect(crawlDate).toMatchObject({ date: '2025-10-28', provenance: 'stated' });
    expect(crawlDate?.uncertain).toMatch(
      /^the stated date 2025-10-28 is 11 weeks after the latest date the article mentions \("early August", sentence 1\), yet it reports events as "Friday" \(sentence 0\)/,
    );
    // Its own relative dates are read against what the other outlets say instead.
    expect(crawlDate?.eventRef).toBe('2025-08-08');
  });

  it('never lets the doubtful date move another source’s inferred date', () => {
    const { docs, claims } = story();
    const [, , localDate] = resolvePublicationDates(docs, claims);
    // Read against 2025-10-28, the scrape's "Friday" would be 24 October and pin the local report there.
    expect(localDate?.date).toBe('2025-08-08');
    expect(localDate?.reason).not.toMatch(/crawl/);
  });

  it('dates the press conference from the evidence, not from the crawl date', () => {
    const { docs, claims } = story();
    const { sources, events } = buildTimeline(docs, claims);
    const scraped = sources.find((s) => s.id === 'crawl');
    expect(scraped).toMatchObject({ published: '2025-10-28', publishedSource: 'stated' });
    expect(scraped?.publishedUncertain).toMatch(/may be a crawl or update date/);
    expect(events.map((e) => e.date)).not.toContain('2025-10-24');
    const conference = events.find((e) => e.description.includes('press conference'));
    expect(conference?.date).toBe('2025-08-08');
    expect(conference?.sources).toEqual(expect.arrayContaining(['crawl', 'wire']));
  });

  it('trusts a stated date the article agrees with, and uses it as evidence', () => {
    const { docs, claims } = story('2025-08-09');
    const [, crawlDate, localDate] = resolvePublicationDates(docs, claims);
    expect(crawlDate?.uncertain).toBeUndefined();
    expect(localDate?.reason).toMatch(/reports the same event that crawl dates 2025-08-08/);
  });

  it('flags a stated date earlier than a day the article reports as past', () => {
    const doc = makeDoc({
      id: 'early',
      published: '2025-08-01',
      publishedSource: 'stated',
      paragraphs: ['The ceasefire talks collapsed on August 6, 2025, after the envoys left the capital.'],
    });
    const [date] = resolvePublicationDates([doc], []);
    expect(date).toMatchObject({ date: '2025-08-01', provenance: 'stated' });
    expect(date?.uncertain).toMatch(/^the stated date 2025-08-01 is before "August 6, 2025" \(sentence 0\), which the article reports as past/);
  });

  it('leaves a given date alone whatever the text says', () => {
    const doc = makeDoc({ id: 'given', published: '2025-10-28', paragraphs: ['The order was drafted in early August. It was announced on Friday.'] });
    expect(resolvePublicationDates([doc], [])[0]?.uncertain).toBeUndefined();
  });
});
