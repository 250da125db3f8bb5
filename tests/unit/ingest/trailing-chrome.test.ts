// Where an article ends: comment sections, author boxes and reading lists after the prose are
// cut (and logged); the same words inside or above the article are not.
import { describe, expect, it } from 'vitest';
import { ingestSeed } from '../../../src/lib/ingest/index.ts';
import { isDoubledTeaser } from '../../../src/lib/ingest/structure.ts';
import { isCommentHead, isSectionCommentHead, isTrailerHead, opensTeaserCards, trailingChromeStart } from '../../../src/lib/ingest/trailing.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const PROSE = [
  'The district council voted on Tuesday to close the old ferry landing at Marsh End after engineers found the pilings had rotted through in several places.',
  'Councillor Ruth Abara said the decision was painful but that the landing could not be made safe for passengers before the summer season began.',
  'A temporary pontoon will be installed two hundred metres upstream by June, and the ferry operator has agreed to keep its timetable unchanged.',
  'Residents who use the crossing to reach the market town said they were relieved the service would continue, though some worried about the longer walk.',
];

function scrape(lines: string[]): Uint8Array {
  return utf8(lines.join('\n\n'));
}

describe('trailing chrome heads', () => {
  it('recognises comment heads in several languages, with or without a count', () => {
    for (const head of ['Comments', '12 Kommentare', 'One response to “Ferry landing closes”', 'Leave a Reply', 'Schreibe einen Kommentar', 'Deja un comentario', 'Kommentare (3)', '142 Antworten zu „Die Fähre“'])
      expect(isCommentHead(head), head).toBe(true);
    for (const line of ['Thoughts on the plan', 'Responses from the council were mixed.', 'Dodaj do koszyka'])
      expect(isCommentHead(line), line).toBe(false);
  });

  it('recognises counted and boxed heads, and tells a section head from a bare "Comments" button', () => {
    for (const head of ['2 Gedanken zu „Folge 12: Die Fähre“', '{ 38 comments… read them below or add one }', '[ 4 Kommentare ]'])
      expect(isCommentHead(head), head).toBe(true);
    expect(isSectionCommentHead('12 Kommentare')).toBe(true);
    expect(isSectionCommentHead('Leave a Reply')).toBe(true);
    expect(isSectionCommentHead('Comments')).toBe(false);
    expect(isSectionCommentHead('Kommentare (3)')).toBe(false);
    expect(isCommentHead('Three thoughts… and what they mean for the town')).toBe(false);
  });

  it('recognises author boxes, tag lines and most-read lists', () => {
    for (const head of ['About the author', 'Über Luis Holuch', 'Themen: Verkehr, Fähre', 'Meistgelesen', 'Zur Person', 'Autoreninfo', 'Über mich', 'About me'])
      expect(isTrailerHead(head), head).toBe(true);
  });

  it('cuts at a comment head only once most of the prose is above it', () => {
    const texts = ['Share', 'Comments', ...PROSE, 'Leave a Reply', 'Great news for the town, finally somebody listened to us.'];
    expect(trailingChromeStart(texts)).toBe(2 + PROSE.length);
  });

  it('keeps an article when a tag line is followed by more of its prose', () => {
    const texts = [PROSE[0]!, 'Themen: Fähre', ...PROSE.slice(1)];
    expect(trailingChromeStart(texts)).toBe(texts.length);
  });
});

describe('a scraped article with a comment section', () => {
  it('ends the body at "Leave a Reply" and logs the comments as outside the article', () => {
    const article = ingestSeed(
      'ferry.txt',
      scrape([
        'Home', 'News', 'Sport',
        'Council closes Marsh End ferry landing',
        ...PROSE,
        '3 Responses to “Council closes Marsh End ferry landing”',
        'Tom Reddy says: It was about time somebody fixed that landing, it has been dangerous for years.',
        'Leave a Reply',
        'Your email address will not be published. Required fields are marked.',
      ]),
    );
    expect(article.body).toContain('longer walk.');
    expect(article.body).not.toContain('Tom Reddy');
    expect(article.body).not.toContain('Responses to');
    expect(article.removed.some((r) => r.text.startsWith('Tom Reddy') && r.reason === 'outside-article')).toBe(true);
  });

  it('keeps a list-like article whose comment section below it holds more prose', () => {
    const comment = (name: string, text: string): string[] => [`${name} sagt:`, '12. März 2024 um 09:15 Uhr', text, 'Antworten'];
    const article = ingestSeed(
      'folge.txt',
      scrape([
        'Home', 'Podcast', 'Archiv',
        'Folge 12: Die Fähre von Marschende',
        'In dieser Folge sprechen wir über die alte Fähre von Marschende, die der Kreisrat im Frühjahr stillgelegt hat, und über die Menschen, die sie jeden Tag genutzt haben.',
        'Wir haben mit dem Fährmann, zwei Pendlerinnen und einer Ratsfrau gesprochen.',
        'Kapitel', '00:00 Begrüßung', '02:30 Was bisher geschah', '04:12 Die Fähre', '09:50 Der Fährmann erzählt', '14:05 Die Pendlerinnen',
        '18:40 Der Ratsbeschluss', '24:15 Die neue Anlegestelle', '31:05 Wie geht es weiter', '38:20 Hörerpost', '41:00 Verabschiedung',
        'Shownotes', 'Fähre Marschende (Wikipedia)', 'Kreisrat Marschende', 'Musik: Hafenkapelle', 'Kategorien: Podcast, Region',
        '3 Gedanken zu „Folge 12: Die Fähre von Marschende“',
        ...comment('Petra Lind', 'Vielen Dank für diese schöne Folge. Ich bin als Kind jeden Sommer mit der Fähre gefahren und habe beim Zuhören fast geweint, weil so viele Erinnerungen hochkamen.'),
        ...comment('Jonas Berg', 'Sehr gut recherchiert, aber ich hätte mir gewünscht, dass ihr auch mit dem Betreiber der neuen Anlegestelle sprecht, denn der hat eine ganz andere Sicht auf die Sache.'),
        ...comment('Mara Voss', 'Der Kreisrat hätte die Fähre retten können, wenn er früher gehandelt hätte, und das sagen hier im Dorf eigentlich alle, auch die, die sonst nie etwas sagen.'),
        'Schreibe einen Kommentar',
      ]),
    );
    expect(article.body).toContain('über die alte Fähre von Marschende');
    expect(article.body).not.toContain('Vielen Dank für diese schöne Folge');
  });

  it('drops an author box that closes the article', () => {
    const article = ingestSeed(
      'ferry.txt',
      scrape(['Council closes Marsh End ferry landing', ...PROSE, 'Ruth Okafor is a senior writer for the Marsh End Gazette covering local transport.']),
    );
    expect(article.body).not.toContain('Ruth Okafor');
    expect(article.body).toContain('longer walk.');
  });
});

describe('teaser cards and author boxes below a scraped article', () => {
  const CARDS = [
    'Transport',
    'Bus lanes on the ring road open next month',
    'The council says journey times should fall by a fifth once the lanes open.',
    'Transport',
    'Night trains return to the coast line in spring',
    'Weather',
    'Storm warning for the estuary on Friday',
  ];

  it('cuts at a kicker that heads two teaser cards, and keeps the article above', () => {
    expect(opensTeaserCards(CARDS, 0)).toBe(true);
    const texts = ['Council closes Marsh End ferry landing', ...PROSE, ...CARDS];
    expect(trailingChromeStart(texts)).toBe(1 + PROSE.length);
    const article = ingestSeed('ferry.txt', scrape(texts));
    expect(article.body).toContain('longer walk.');
    expect(article.body).not.toContain('Bus lanes');
    expect(article.body).not.toContain('journey times');
  });

  it('does not take an article’s own subheadings for kickers: they do not repeat', () => {
    const texts = ['Council closes Marsh End ferry landing', PROSE[0]!, 'What happens next', PROSE[1]!, 'Reaction', PROSE[2]!, PROSE[3]!];
    expect(trailingChromeStart(texts)).toBe(texts.length);
    // A repeated speaker label over answers (an interview) is not a card either: the answers are prose.
    const interview = ['Abara', 'We had no choice, the pilings were gone.', 'Reddy', 'Then why wait two years?', 'Abara', 'Because nobody told us.'];
    expect(opensTeaserCards(interview, 0)).toBe(false);
  });

  it('cuts at an author box with tags and handles after it', () => {
    const texts = ['Council closes Marsh End ferry landing', ...PROSE, 'Ruth Okafor is a senior writer for the Marsh End Gazette covering local transport.', '@ruthokafor', 'Transport, Ferries, Marsh End'];
    const article = ingestSeed('ferry.txt', scrape(texts));
    expect(article.body).toContain('longer walk.');
    expect(article.body).not.toContain('Ruth Okafor');
    expect(article.body).not.toContain('Ferries, Marsh End');
  });

  it('treats a line that is one headline twice (image alt text and link) as a teaser', () => {
    expect(isDoubledTeaser('Storm closes coastal road for third day Storm closes coastal road for third day')).toBe(true);
    expect(isDoubledTeaser('Storm closes coastal road for third day')).toBe(false);
    // Real repetition in prose is never exactly one half twice.
    expect(isDoubledTeaser('Again and again, again and again')).toBe(false);
  });

  it('finds a short article above a longer list of doubled teaser headlines', () => {
    const teasers = [
      'Where do the new city bikes come from? Where do the new city bikes come from?',
      'Harbour festival returns after a three-year break Harbour festival returns after a three-year break',
      'Five walks along the estuary to try this autumn Five walks along the estuary to try this autumn',
      'School meals to cost more from January, council confirms School meals to cost more from January, council confirms',
      'Local bakery wins national prize for its rye loaf Local bakery wins national prize for its rye loaf',
    ];
    const article = ingestSeed('ferry.txt', scrape(['Home', 'News', 'Council closes Marsh End ferry landing', PROSE[0]!, PROSE[1]!, 'Popular', ...teasers]));
    expect(article.body).toContain('pilings had rotted');
    expect(article.body).not.toContain('city bikes');
    expect(article.removed.some((r) => r.text.startsWith('Harbour festival') && r.reason === 'related-headlines')).toBe(true);
  });
});

describe('HTML teaser rules need link text', () => {
  it('keeps unlinked short lines (verse) that read like headlines', () => {
    const verse = '<p>„Er war mein Vorbild und mein bester Freund</p><p>Heute steht er allein am Bahnhof von Neustadt</p><p>Und keiner fragt ihn, wie es ihm geht“</p>';
    const para = '<p>Der Rapper erzählt in seinem neuen Lied von einem Jugendfreund, der nach vielen Jahren auf der Straße den Halt verloren hat, und er tut das ohne falsche Sentimentalität.</p>';
    const html = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Neues Lied über einen Freund</title></head><body><article>${para}${verse}${para.replace('Der Rapper', 'Der Musiker')}</article></body></html>`;
    const article = ingestSeed('lied.html', utf8(html));
    expect(article.body).toContain('Heute steht er allein am Bahnhof von Neustadt');
  });

  it('still drops linked teaser headlines between paragraphs', () => {
    const para = '<p>The regional council approved a new flood defence plan on Tuesday after months of debate, officials said on Wednesday morning.</p>';
    const teasers = '<p><a href="/a">Storm closes coastal road for third day</a></p><p><a href="/b">Cathedral roof repairs to finish by spring</a></p>';
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves flood plan</title></head><body><article>${para}${teasers}${para.replace('Tuesday', 'Monday')}</article></body></html>`;
    const article = ingestSeed('flood.html', utf8(html));
    expect(article.body).not.toContain('Storm closes coastal road');
  });
});
