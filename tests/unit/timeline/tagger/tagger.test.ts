import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tagTemporalExpressions } from '../../../../src/lib/timeline/temporal.ts';
import type { Timex } from '../../../../src/lib/timeline/types.ts';

interface Case {
  note: string;
  ref: string | null;
  text: string;
  expect: Array<Partial<Timex>>;
}

const cases = JSON.parse(readFileSync(new URL('./cases.json', import.meta.url), 'utf8')) as Case[];

describe('tagTemporalExpressions fixtures', () => {
  it.each(cases.map((c) => [c.note, c] as const))('%s', (_note, c) => {
    const found = tagTemporalExpressions(c.text, c.ref);
    // Compare only the fields each case states; `mod` and `unresolved` are always compared.
    const shaped = found.map((t, i) => {
      const want = c.expect[i] ?? {};
      const got: Partial<Timex> = { value: t.value };
      if ('text' in want) got.text = t.text;
      if ('type' in want) got.type = t.type;
      if (t.mod) got.mod = t.mod;
      if (t.unresolved) got.unresolved = t.unresolved;
      return got;
    });
    expect(shaped).toEqual(c.expect);
  });

  it('reports offsets that slice back to the text', () => {
    const text = 'Late last month, and on Friday, and in the mid-1990s.';
    for (const t of tagTemporalExpressions(text, '2025-08-09')) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('rejects a malformed reference date', () => {
    expect(() => tagTemporalExpressions('today', '2025-13-40')).toThrow(/reference date/);
  });
});
