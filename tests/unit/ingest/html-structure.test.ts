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
