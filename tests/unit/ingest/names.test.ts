// Class and id names that mark page chrome or a story's furniture.
import { describe, expect, it } from 'vitest';
import { nameTokens, namesChrome, namesFurniture } from '../../../src/lib/ingest/names.ts';

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
