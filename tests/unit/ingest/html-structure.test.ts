// HTML and Markdown structure, metadata and languages beyond the fixture folders.
import { describe, expect, it } from 'vitest';
import { ingestSeed, SeedError } from '../../../src/lib/ingest/index.ts';
import { blocksToMarkdown, markdownToBlocks } from '../../../src/lib/markdown.ts';
import { splitSentences } from '../../../src/lib/text/sentences.ts';
import { readsAsSentence } from '../../../src/lib/text/quality.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const lede = '<p>The regional council approved a new flood defence plan on Tuesday after months of debate, officials said.</p>';

function page(head: string, body: string, lang = 'en'): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

describe('HTML metadata', () => {
  it('reads og:article:published_time and ignores a logo <h1>', () => {
    const html = page(
      '<title>Council approves flood plan</title><meta property="og:article:published_time" content="2025-03-04T09:15:00Z">',
      `<header><h1><img src="logo.png" alt="">Daily Example</h1></header><article><h2>Council approves flood plan</h2>${lede}${lede.replace('Tuesday', 'Monday')}</article>`,
    );
    const article = ingestSeed('flood.html', utf8(html));
    expect(article.published).toBe('2025-03-04T09:15:00+00:00');
    expect(article.title).toBe('Council approves flood plan');
  });

  it('reads itemprop="datePublished" on a <time> and infers the outlet from the URL host', () => {
    const html = page(
      '<title>Council approves flood plan</title><link rel="canonical" href="https://www.example-courier.co.uk/news/flood-plan">',
      `<article><time itemprop="datePublished" datetime="2025-03-04">4 March</time>${lede}${lede}</article>`,
    );
    const article = ingestSeed('flood.html', utf8(html));
    expect(article.published).toBe('2025-03-04');
    expect(article.outlet).toBe('example-courier.co.uk');
    expect(article.outletSource).toBe('inferred');
  });

  it('keeps an ordered list, a blockquote and <pre> as Markdown', () => {
    const html = page(
      '<title>How the vote went</title>',
      `<article>${lede}<ol><li>First reading passed.</li><li>Second reading passed.</li></ol><blockquote><p>We will build it this year.</p></blockquote><pre>Votes: 31 for, 9 against</pre>${lede}</article>`,
    );
    const body = ingestSeed('vote.html', utf8(html)).body;
    expect(body).toContain('1. First reading passed.\n2. Second reading passed.');
    expect(body).toContain('> We will build it this year.');
    expect(body).toContain('```\nVotes: 31 for, 9 against\n```');
  });

  it('refuses 50,000 nested elements with a clear error instead of parsing for tens of seconds', () => {
    const html = `<!DOCTYPE html><html><body>${'<div>'.repeat(50_000)}${lede}${'</div>'.repeat(50_000)}</body></html>`;
    expect(() => ingestSeed('deep.html', utf8(html))).toThrow(SeedError);
    expect(() => ingestSeed('deep.html', utf8(html))).toThrow(/nests HTML elements 50002 deep, over the 1500 limit/);
  });
});

describe('GFM', () => {
  it('a table survives blocks → Markdown → blocks', () => {
    const rows = [['Town', 'Rain (mm)'], ['Kirkmoor', '42'], ['Upper | Glen', '38']];
    const markdown = blocksToMarkdown([{ kind: 'paragraph', text: 'x', style: 'table', rows }]);
    expect(markdown).not.toMatch(/^##/m);
    expect(markdownToBlocks(markdown)).toEqual([{ kind: 'paragraph', text: 'Town – Rain (mm) ; Kirkmoor – 42 ; Upper | Glen – 38', style: 'table', rows }]);
  });
});

describe('languages', () => {
  it('a Japanese page is not rejected and its sentences split at 。', () => {
    const html = page(
      '<title>台風10号が上陸</title>',
      '<article><p>大型の台風10号は29日朝、鹿児島県に上陸した。気象庁は厳重な警戒を呼びかけている。</p><p>JR九州は九州新幹線を終日運休すると発表した。</p></article>',
      'ja',
    );
    const article = ingestSeed('typhoon.html', utf8(html));
    expect(article.language).toBe('ja');
    expect(splitSentences('大型の台風10号は29日朝、鹿児島県に上陸した。気象庁は厳重な警戒を呼びかけている。').map((s) => s.text)).toEqual([
      '大型の台風10号は29日朝、鹿児島県に上陸した。',
      '気象庁は厳重な警戒を呼びかけている。',
    ]);
  });

  it('recognises sentences in Chinese, Arabic, Hindi and Thai, and not a bare label', () => {
    expect(readsAsSentence('国务院9日发布新的经济措施。')).toBe(true);
    expect(readsAsSentence('قال الوزير إن الحكومة ستعلن الخطة غدا.')).toBe(true);
    expect(readsAsSentence('सरकार ने नई योजना की घोषणा की।')).toBe(true);
    expect(readsAsSentence('รัฐบาลประกาศมาตรการเศรษฐกิจใหม่เมื่อวันพฤหัสบดี โดยจะเริ่มใช้ในเดือนหน้าและครอบคลุมทุกจังหวัด')).toBe(true);
    expect(readsAsSentence('ホーム')).toBe(false);
    expect(splitSentences('قال الوزير إن الخطة جاهزة. وأضاف أن التفاصيل ستنشر لاحقا؟').length).toBe(2);
  });
});

/** A recipe's steps, each in a box of its own, as recipe sites print them. */
const RECIPE_STEPS = [
  'Preheat the oven to 180 degrees and line a muffin tin with twelve paper cases.',
  'Warm the milk until lukewarm, stir in the yeast and leave it for ten minutes.',
  'Knead flour, sugar, butter and the yeast milk into a smooth dough and let it rise.',
  'Divide the dough between the cases and press it down gently with a spoon.',
  'Melt butter, honey and sugar, stir in the almonds and spread it over the dough.',
  'Bake for about fifteen minutes, then loosen the muffins and let them cool on a rack.',
  'Cut the muffins in half and lay the lower halves on a large board.',
  'Whip the cream with the vanilla sugar and pipe it onto the lower halves.',
];

describe('article body beyond Readability', () => {
  const step = (n: number, text: string): string => `<div class="step"><span class="no">${n}</span><div class="copy"><div><p>${text}</p></div></div></div>`;

  it('keeps a recipe whose steps sit in separate boxes when Readability settles on the service box', () => {
    const steps = RECIPE_STEPS;
    const html = page(
      '<title>Honey almond muffins</title>',
      `<h1>Honey almond muffins</h1><div class="recipe"><h2>Preparation</h2>${steps.map((s, i) => step(i + 1, s)).join('')}</div>` +
        '<div class="box"><h3>Bake next</h3><ul><li><a href="/l">Lemon drizzle cake</a></li><li><a href="/p">Plum crumble bars</a></li><li><a href="/c">Cinnamon rolls</a></li></ul></div>' +
        '<div class="service"><p>Our consumer service gladly answers your questions about our products, recipes and ingredients, and we are also the people to call about complaints and factory tours.</p><p>Call us on weekdays from nine to noon.</p></div>',
    );
    const body = ingestSeed('muffins.html', utf8(html)).body;
    expect(body).toContain('Whip the cream with the vanilla sugar');
    expect(body).toContain('Preheat the oven to 180 degrees');
    expect(body).not.toContain('Plum crumble bars');
  });

  it('keeps a short post when Readability settles on the cookie notice beside it', () => {
    const html = page(
      '<title>Nothing to do is also a choice</title>',
      '<div class="post"><h2 class="posttitle"><a href="/p/406">Nothing to do is also a choice</a></h2><div class="meta">14 June 2013 at 20:51</div>' +
        '<div class="entry"><p>“I know I’m drunk and maybe shouldn’t say this…”</p><p>– “Then don’t.”</p><p>– “Ok.”</p></div></div>' +
        '<div class="widget widget_eu_cookie_law_widget"><div id="eu-cookie-law"><p>Datenschutz &amp; Cookies: Diese Website verwendet Cookies, auch von Partnern, für Statistik, Werbung und Komfort. Wenn du die Website weiterhin nutzt, stimmst du der Verwendung von Cookies zu, jederzeit widerruflich. Weitere Informationen, beispielsweise zur Kontrolle von Cookies, findest du hier: <a href="/cookies">Cookie-Richtlinie</a></p></div></div>',
      'de',
    );
    const body = ingestSeed('post.html', utf8(html)).body;
    expect(body).toContain('– “Then don’t.”');
    expect(body).not.toContain('Diese Website verwendet Cookies');
  });

  it('takes the article, not a longer block of linked teaser paragraphs, as the page’s article container', () => {
    const story = [
      'The veteran forward announced on Monday that he would no longer play for the national team, ending a career of 129 caps.',
      '“Before the new season starts I want to tell you something: I have told the coach I will not play for the team again,” he wrote on Instagram.',
      'He was named in the squad for the European Championship but came on only once as a substitute this summer.',
    ].map((text) => `<p>${text}</p>`);
    const teaser = (n: number): string =>
      `<a href="/story/${n}"><p>Analysis ${n}: how the league’s smallest club built a squad that nobody expected to survive the winter, and what the others can learn from it before the transfer window closes.</p></a>`;
    const html = page(
      '<title>Forward ends his international career</title>',
      `<article class="author-article"><h1>Forward ends his international career</h1><div class="article-text">${story.join('')}</div></article>` +
        `<article class="author-materials"><h3>Analysis, interviews, long reads</h3>${[1, 2, 3, 4, 5, 6, 7, 8].map(teaser).join('')}</article>`,
    );
    const body = ingestSeed('forward.html', utf8(html)).body;
    expect(body).toContain('ending a career of 129 caps');
    expect(body).not.toContain('smallest club');
  });

  it('keeps a short data table inside the article and drops a list of related links', () => {
    const html = page(
      '<title>Rioja quality levels explained</title>',
      `<article><h1>Rioja quality levels explained</h1>${lede}<p>The rules of the appellation set how long a wine must age before it may carry each name on its label.</p>` +
        '<table><tr><th>Level</th><th>Minimum ageing, red</th></tr><tr><td>Crianza</td><td>2 years</td></tr><tr><td>Reserva</td><td>3 years</td></tr><tr><td>Gran Reserva</td><td>5 years</td></tr></table>' +
        `<p>Producers may age their wines longer than the minimum, and many of the best do so, the council said.</p>${lede}` +
        '<div class="more"><ul><li><a href="/a">Ten wines for summer evenings</a></li><li><a href="/b">How cork is harvested</a></li><li><a href="/c">A visit to the Ebro valley</a></li></ul></div></article>',
    );
    const body = ingestSeed('rioja.html', utf8(html)).body;
    expect(body).toMatch(/\| Gran Reserva +\| 5 years +\|/);
    expect(body).not.toContain('Ten wines for summer evenings');
  });
});

describe('standfirst outside the article body', () => {
  it('keeps the lede printed in the page header when the description repeats it', () => {
    const standfirst = 'Engineers found rotten pilings at the Marsh End landing, and the council has closed it until a temporary pontoon is built upstream.';
    const html = page(
      `<title>Ferry landing closes</title><meta name="description" content="${standfirst}">`,
      `<div class="head"><h1>Ferry landing closes after inspection</h1><div class="teaser"><p>${standfirst}</p></div></div>` +
        `<div class="main"><div class="text">${lede}<p>Councillor Ruth Abara said the decision was painful but that the landing could not be made safe for passengers before the summer season began.</p>` +
        '<p>A temporary pontoon will be installed two hundred metres upstream by June, and the ferry operator has agreed to keep its timetable unchanged.</p>' +
        '<p>Residents who use the crossing to reach the market town said they were relieved the service would continue, though some worried about the longer walk.</p></div></div>' +
        '<footer><p>Daily Example covers the coast and its towns, with news, sport and weather every day of the year.</p></footer>',
    );
    const article = ingestSeed('ferry.html', utf8(html));
    expect(`${article.dek ?? ''}\n${article.body}`).toContain(standfirst);
    expect(article.body).toContain('A temporary pontoon will be installed');
  });

  it('keeps the standfirst in the article’s own <header> when the description repeats it, and drops the site’s header', () => {
    const standfirst = 'Engineers found rotten pilings at the Marsh End landing, and the council has closed it until a temporary pontoon is built upstream.';
    const html = page(
      `<title>Ferry landing closes</title><meta name="description" content="${standfirst}">`,
      '<header class="site"><p>Daily Example, the coast’s own paper since 1882, with news, sport and weather every day of the year.</p></header>' +
        `<article><header><div class="kicker">Transport</div><h1>Ferry landing closes after inspection</h1><div class="abstract"> ${standfirst} </div></header>` +
        `<div class="main"><div class="text">${lede}<p>Councillor Ruth Abara said the decision was painful but that the landing could not be made safe for passengers before the summer season began.</p>` +
        '<p>A temporary pontoon will be installed two hundred metres upstream by June, and the ferry operator has agreed to keep its timetable unchanged.</p></div>' +
        '<div class="more"><p>Residents who use the crossing to reach the market town said they were relieved the service would continue, though some worried about the longer walk.</p></div></div></article>',
    );
    const article = ingestSeed('ferry.html', utf8(html));
    expect(`${article.dek ?? ''}\n${article.body}`).toContain(standfirst);
    expect(article.body).not.toContain('since 1882');
  });

  it('keeps a standfirst in the header of <main> that restates the description in other words', () => {
    const description = 'The council has closed the Marsh End landing until a temporary pontoon is built upstream, after engineers found rotten pilings.';
    const standfirst =
      'According to the harbour office, engineers found rotten pilings at Marsh End, and the council has closed the landing until a temporary pontoon is built upstream – residents are relieved the ferry keeps running.';
    const more = Array.from(
      { length: 10 },
      (_, i) => `<p>Update ${i + 1}: the pontoon, the council said, will be checked every week, and the harbour office, which runs the crossing, will publish the results, so that passengers, traders and visitors know whether it is safe.</p>`,
    ).join('');
    const html = page(
      `<title>Ferry landing closes</title><meta name="description" content="${description}">`,
      `<header class="site"><nav><a href="/">Home</a></nav></header><main><header class="page-header"><h1>Ferry landing closes after inspection</h1><div class="intro"><p>${standfirst}</p></div></header>` +
        `<article><div class="story-text">${lede}<p>Councillor Ruth Abara said the decision was painful but that the landing could not be made safe for passengers before the summer season began.</p>${more}</div></article></main>`,
    );
    const article = ingestSeed('ferry.html', utf8(html));
    expect(`${article.dek ?? ''}\n${article.body}`).toContain(standfirst);
    expect(article.body).toContain('Update 10: the pontoon');
  });

  it('does not take a photo caption or a site blurb for the lede', () => {
    const blurb = 'Daily Example covers the coast and its towns, with news, sport and weather every day of the year.';
    const html = page(
      `<title>Ferry landing closes</title><meta name="description" content="${blurb}">`,
      `<article><h1>Ferry landing closes after inspection</h1>${lede}${lede.replace('Tuesday', 'Monday')}</article><div class="site-footer"><p>${blurb}</p></div>`,
    );
    expect(ingestSeed('ferry.html', utf8(html)).body).not.toContain('Daily Example covers');
  });
});

describe('links inside and after the article', () => {
  it('drops a lone teaser link between paragraphs and a link closing the article, keeps a linked address and a linked sentence', () => {
    const html = page(
      '<title>Ferry landing closes</title>',
      `<article><h1>Ferry landing closes after inspection</h1>${lede}<p><a href="/t">Harbour dredging starts in May</a></p>` +
        '<p>Councillor Ruth Abara said the decision was painful but that the landing could not be made safe for passengers before the summer season began.</p>' +
        '<p>The engineers\' report is published at <a href="https://example.org/report">https://example.org/report</a></p>' +
        '<p>[1] <a href="https://example.org/pilings">https://example.org/pilings</a></p>' +
        '<p><a href="/p">The council has published the full inspection report on its website.</a></p>' +
        `<p>A temporary pontoon will be installed two hundred metres upstream by June, the ferry operator said.</p><p><a href="/r">More ferry news from the coast and the islands</a></p></article>`,
    );
    const article = ingestSeed('ferry.html', utf8(html));
    expect(article.body).not.toContain('Harbour dredging starts in May');
    expect(article.body).not.toContain('More ferry news');
    expect(article.body).toContain('example.org/report');
    expect(article.body).toContain('example.org/pilings');
    expect(article.body).toContain('The council has published the full inspection report');
    expect(article.removed.map((r) => [r.text, r.reason])).toEqual(
      expect.arrayContaining([
        ['Harbour dredging starts in May', 'related-headlines'],
        ['More ferry news from the coast and the islands', 'related-headlines'],
      ]),
    );
  });
});

describe('furniture the page names inside the article', () => {
  const paras = [
    'The district council voted on Tuesday to close the old ferry landing at Marsh End after engineers found the pilings had rotted through in several places.',
    'Councillor Ruth Abara said the decision was painful but that the landing could not be made safe for passengers before the summer season began.',
    'A temporary pontoon will be installed two hundred metres upstream by June, and the ferry operator has agreed to keep its timetable unchanged.',
    'Residents who use the crossing to reach the market town said they were relieved the service would continue, though some worried about the longer walk.',
  ].map((p) => `<p>${p}</p>`);

  it('drops a caption, a meta line, a share box and a tag box by their class names, keeps the prose', () => {
    const body = [
      '<div class="entry-meta"><span>Ferry service</span> <span>Tom Reddy, Marsh End</span></div>',
      paras[0],
      '<div class="wp-caption"><img src="landing.jpg" alt=""><p class="wp-caption-text">The landing on a calm morning, seen from the far bank of the river.</p></div>',
      paras[1],
      '<div class="share-box"><p>Tell your friends about this story</p><p>Or keep it for the journey home</p></div>',
      paras[2],
      paras[3],
      '<div class="post-tags"><ul><li>Ferries</li><li>Marsh End</li><li>Council</li></ul></div>',
    ].join('');
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council closes Marsh End ferry landing</title></head><body><article><h1>Council closes Marsh End ferry landing</h1>${body}</article></body></html>`;
    const article = ingestSeed('ferry.html', utf8(html));
    expect(article.body).toContain('pilings had rotted');
    expect(article.body).toContain('longer walk.');
    for (const furniture of ['Tom Reddy', 'seen from the far bank', 'Tell your friends', 'Ferries'])
      expect(article.body, furniture).not.toContain(furniture);
  });

  it('reads BEM names: a "media__caption" credit and a "c-sheet__tags" box leave the article', () => {
    const body = [
      paras[0],
      '<div class="media"><img src="landing.jpg" alt=""><p class="media__caption media__caption--source">Harbour Photo Agency, Marsh End quay.</p></div>',
      paras[1],
      paras[2],
      paras[3],
      '<footer class="c-sheet__footer"><div class="c-sheet__tags"><a href="/t/ferries">Ferries</a> <a href="/t/council">Council</a></div></footer>',
    ].join('');
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council closes Marsh End ferry landing</title></head><body><article><h1>Council closes Marsh End ferry landing</h1><div class="c-sheet">${body}</div></article></body></html>`;
    const article = ingestSeed('ferry.html', utf8(html));
    expect(article.body).toContain('longer walk.');
    expect(article.body).not.toContain('Harbour Photo Agency');
    expect(article.body).not.toMatch(/Ferries|Council$/m);
  });

  it('drops a named author box from the page’s article container when that wins over Readability’s pick', () => {
    const steps = RECIPE_STEPS.map((text, i) => `<div class="step"><span class="no">${i + 1}</span><div class="copy"><div><p>${text}</p></div></div></div>`);
    const html = page(
      '<title>Honey almond muffins</title>',
      `<h1>Honey almond muffins</h1><article class="recipe"><h2>Preparation</h2>${steps.join('')}` +
        '<div class="author-info"><p>Mara Lindqvist bakes for a living and has written four books about bread for beginners.</p></div></article>' +
        '<div class="service"><p>Our consumer service gladly answers your questions about our products, recipes and ingredients, and we are also the people to call about complaints and factory tours.</p><p>Call us on weekdays from nine to noon.</p></div>',
    );
    const body = ingestSeed('muffins.html', utf8(html)).body;
    expect(body).toContain('Whip the cream with the vanilla sugar');
    expect(body).not.toContain('Mara Lindqvist');
  });

  it('drops a row of teaser cards for other stories, keeps the story’s own "teaser" standfirst', () => {
    const card = (title: string, excerpt: string): string => `<li class="teaser"><ul><li class="headline">${title}</li><li class="body">${excerpt}</li></ul></li>`;
    const html = page(
      '<title>Council closes Marsh End ferry landing</title>',
      '<article><h1>Council closes Marsh End ferry landing</h1><p class="teaser">The landing that served the town for ninety years shuts next month.</p>' +
        `${paras.join('')}<ul class="cards">${card('Bridge repairs', 'why the old toll bridge needs two more winters of work before it reopens')}${card('Market day', 'the traders who set up before dawn every Saturday whatever the weather')}</ul></article>`,
    );
    const body = ingestSeed('ferry.html', utf8(html)).body;
    expect(body).toContain('ninety years shuts next month');
    expect(body).toContain('longer walk.');
    expect(body).not.toContain('toll bridge');
  });

  it('keeps an article whose whole body sits in a box with such a name', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council closes Marsh End ferry landing</title></head><body><div class="post-meta-wrap">${paras.join('')}</div></body></html>`;
    expect(ingestSeed('ferry.html', utf8(html)).body).toContain('pilings had rotted');
  });
});
