import { describe, expect, test } from 'vitest';
import { NumberMap } from '../../../src/lib/analysis/number-map.ts';

describe('NumberMap', () => {
  test('holds more entries than one Map can (2^24), keys beyond 2^32 included', () => {
    const map = new NumberMap();
    const count = 2 ** 24 + 5;
    for (let key = 0; key < count; key++) map.set(key, key & 7);
    expect(map.size).toBe(count);
    expect(map.get(2 ** 24 + 4)).toBe((2 ** 24 + 4) & 7);
    const big = 40_000 * 40_000 + 123; // a pair key of a 40,000-sentence story
    map.set(big, 0.5);
    expect(map.get(big)).toBe(0.5);
    expect(map.get(count)).toBeUndefined();
  }, 120_000);
});
