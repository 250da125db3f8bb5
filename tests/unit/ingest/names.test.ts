// Class and id names that mark page chrome or a story's furniture.
import { describe, expect, it } from 'vitest';
import { nameTokens, namesChrome, namesFurniture, namesTeaserCard } from '../../../src/lib/ingest/names.ts';

const el = (attrs: Record<string, string>) => ({ getAttribute: (name: string) => attrs[name] ?? null });

describe('class and id names', () => {
  it('splits BEM tokens into block, element and modifier', () => {
    expect(nameTokens(el({ class: 'media__caption media__caption--source', id: 'c59' }))).toEqual([
      'media__caption', 'media', 'caption', 'media__caption--source', 'media', 'caption', 'source', 'c59',
    ]);
  });

  it('finds chrome and furniture in plain and BEM names', () => {
    expect(namesChrome(el({ class: 'related-posts' }))).toBe(true);
    expect(namesChrome(el({ class: 'paragraph paragraph--type--recommended-articles' }))).toBe(true);
    expect(namesFurniture(el({ class: 'c-sheet__tags' }))).toBe(true);
    expect(namesFurniture(el({ class: 'wp-caption-text' }))).toBe(true);
  });

  it('leaves article names alone', () => {
    expect(namesChrome(el({ class: 'entry-content', id: 'post-4535' }))).toBe(false);
    expect(namesFurniture(el({ class: 'article__body article__body--wide' }))).toBe(false);
    expect(namesChrome(el({ class: 'c-sheet__content' }))).toBe(false);
  });
});

describe('teaser cards', () => {
  interface Card {
    getAttribute(name: string): string | null;
    parentElement: { children: Card[] } | null;
  }
  const card = (cls: string): Card => ({ getAttribute: (name) => (name === 'class' ? cls : null), parentElement: null });
  const family = (...classes: string[]): Card[] => {
    const children = classes.map(card);
    for (const child of children) child.parentElement = { children };
    return children;
  };

  it('a "teaser" among siblings named the same is a card for another story', () => {
    const [first] = family('teaser col-lg-3', 'teaser col-lg-3', 'teaser col-lg-3');
    expect(namesTeaserCard(first!)).toBe(true);
  });

  it('a lone "teaser" is the story’s own standfirst', () => {
    const [lede] = family('article-teaser', 'article-text', 'author');
    expect(namesTeaserCard(lede!)).toBe(false);
  });
});
