import { describe, expect, it } from 'vitest';
import { describeEvent, stripConnectives } from '../../../src/lib/timeline/describe.ts';

describe('describeEvent', () => {
  it('drops leading connectives', () => {
    expect(stripConnectives('However, the ministry soon objected.')).toBe('The ministry soon objected.');
    expect(stripConnectives('And meanwhile the talks went on.')).toBe('The talks went on.');
  });

  it('keeps short sentences whole', () => {
    const s = 'Additionally, the court ruled on Friday.';
    expect(describeEvent(s, s.indexOf('Friday'), s.indexOf('Friday') + 6)).toBe('The court ruled on Friday.');
  });

  it('cuts long sentences after the date clause, keeping the subject', () => {
    const s = `The minister, speaking in the capital, announced on Monday a plan to rebuild the port, ${'which officials say will take years and cost a great deal of money, '.repeat(3)}according to aides.`;
    const d = describeEvent(s, s.indexOf('Monday'), s.indexOf('Monday') + 6);
    expect(d.length).toBeLessThanOrEqual(201);
    expect(d).toMatch(/^The minister, speaking in the capital, announced on Monday/);
    expect(d.endsWith('…')).toBe(true);
  });

  it('starts after a long quotation that precedes the date', () => {
    const s = `“${'We will not accept this, not now and not ever, whatever they say. '.repeat(2).trim()}” said the mayor, who resigned late last year from the council after a long dispute over the budget.`;
    const d = describeEvent(s, s.indexOf('late last year'), s.indexOf('late last year') + 14);
    expect(d).toMatch(/^…said the mayor, who resigned late last year/);
  });
});
