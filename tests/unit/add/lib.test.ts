// The pure parts of `briefing add`: names, flags, frontmatter, similarity.
import { describe, expect, it } from 'vitest';
import {
  AddError,
  checkName,
  checkPublished,
  checkUrl,
  findDuplicate,
  jaccard,
  nextPrefix,
  percent,
  shingleSet,
  slugify,
  withFrontmatter,
} from '../../../src/lib/add/index.ts';
import { ingestSeed } from '../../../src/lib/ingest/index.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('naming', () => {
  it('slugs a title to at most six lower-case ASCII words', () => {
    expect(slugify("Mexico says 'no invasion' after Trump’s drug cartel decree")).toBe('mexico-says-no-invasion-after-trumps');
    expect(slugify('Ça coûte 5 € — São Paulo’s Über-Plan')).toBe('ca-coute-5-sao-paulos-uber');
    expect(slugify('Путин и Трамп')).toBe('article');
  });

  it('continues the highest numeric prefix, padded to three digits or the widest in use', () => {
    expect(nextPrefix(['000_a.txt', '004_b.txt', 'sources.yml', 'notes.txt'])).toBe('005');
    expect(nextPrefix([])).toBe('000');
    expect(nextPrefix(['999_z.txt'])).toBe('1000');
    expect(nextPrefix(['0007_a.md', '012_b.txt'])).toBe('0013');
  });

  it('--name is a safe stem; a seed extension on it picks the format', () => {
    expect(checkName('004_nyt')).toEqual({ stem: '004_nyt', ext: null });
    expect(checkName('004_nyt.md')).toEqual({ stem: '004_nyt', ext: 'md' });
    expect(checkName('v1.2-final')).toEqual({ stem: 'v1.2-final', ext: null });
    for (const bad of ['../escape', 'a/b', '.hidden', '', 'README', 'has space']) {
      expect(() => checkName(bad), bad).toThrow(AddError);
    }
  });
});

describe('flags', () => {
  it('--published takes ISO dates and date-times only', () => {
    expect(checkPublished('2025-08-09')).toBe('2025-08-09');
    expect(checkPublished('2025-08-09T11:24:00+02:00')).toBe('2025-08-09T11:24:00+02:00');
    expect(checkPublished('2025-08-09T09:24:00Z')).toBe('2025-08-09T09:24:00+00:00');
    for (const bad of ['09/08/2025', 'Aug 9, 2025', '2025-02-30', '2025-13-01', 'yesterday']) {
      expect(() => checkPublished(bad), bad).toThrow(/--published must be an ISO date/);
    }
  });

  it('--url takes http(s) only', () => {
    expect(checkUrl('--url', 'https://example.com/a b')).toBe('https://example.com/a%20b');
    expect(() => checkUrl('--url', 'ftp://example.com/x')).toThrow(/http\(s\) URL/);
    expect(() => checkUrl('--url', 'example.com/x')).toThrow(/http\(s\) URL/);
  });
});

describe('frontmatter', () => {
  it('prepends a block ingest reads as given, and leaves text alone when there is nothing to add', () => {
    const text = 'Headline here\n\nA sentence that is long enough to count as one.\n';
    expect(withFrontmatter(text, {})).toBe(text);
    const out = withFrontmatter(text, { title: 'Title: with a colon', published: '2025-08-09', outlet: 'The Outlet' });
    expect(out).toBe('---\ntitle: "Title: with a colon"\noutlet: The Outlet\npublished: 2025-08-09\n---\n\n' + text);
    const article = ingestSeed('x.txt', utf8(out));
    expect([article.title, article.titleSource, article.outlet, article.published]).toEqual([
      'Title: with a colon',
      'given',
      'The Outlet',
      '2025-08-09',
    ]);
  });

  it('merges into frontmatter the article already has, keeping its comments and other keys', () => {
    const text = '---\n# from the wire desk\noutlet: Old Outlet\nlanguage: en\n---\nA sentence that is long enough to count as one.\n';
    const out = withFrontmatter(text, { outlet: 'New Outlet', url: 'https://example.com/a' });
    expect(out).toBe(
      '---\n# from the wire desk\noutlet: New Outlet\nlanguage: en\nurl: https://example.com/a\n---\nA sentence that is long enough to count as one.\n',
    );
    expect(ingestSeed('x.txt', utf8(out)).outlet).toBe('New Outlet');
  });
});

describe('similarity', () => {
  const words = (text: string): string[] => text.split(' ');

  it('Jaccard of word 5-shingles', () => {
    const a = shingleSet(words('one two three four five six seven'));
    expect([...a]).toEqual(['one two three four five', 'two three four five six', 'three four five six seven']);
    expect(jaccard(a, shingleSet(words('one two three four five six eight')))).toBeCloseTo(2 / 4);
    expect(jaccard(a, a)).toBe(1);
    expect(shingleSet(words('too short'))).toEqual(new Set(['too short']));
  });

  it('reports exact copies before near ones, and --force skips only the near check', () => {
    const body = (n: number) => Array.from({ length: 60 }, (_, i) => `word${i === n ? 'x' : i}`).join(' ') + '.';
    const seeds = [
      { name: 'a.txt', bytes: utf8('A'), body: body(-1) },
      { name: 'b.txt', bytes: utf8('B'), body: null },
    ];
    expect(findDuplicate({ bytes: utf8('B'), body: 'other' }, seeds)).toEqual({ kind: 'bytes', seed: 'b.txt', similarity: 1 });
    expect(findDuplicate({ bytes: utf8('C'), body: body(-1) }, seeds, { checkNear: false })?.kind).toBe('text');
    const near = findDuplicate({ bytes: utf8('C'), body: body(30) }, seeds);
    expect(near?.kind).toBe('near');
    expect(percent(near?.similarity ?? 0)).toBe('83%'); // 51 of 61 shingles shared: 0.836
    expect(findDuplicate({ bytes: utf8('C'), body: body(30) }, seeds, { checkNear: false })).toBeNull();
  });

  it('floors the percentage, so 80% always means at or over the threshold', () => {
    expect(percent(0.7999)).toBe('79%');
    expect(percent(0.87)).toBe('87%');
  });
});
