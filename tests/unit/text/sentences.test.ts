import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/lib/text/sentences.ts';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps abbreviations, initials, decimals and money inside sentences', () => {
    expect(texts('Mr. Smith met Dr. Jones and Sen. Lee on Aug. 9 at No. 10. J. K. Rowling paid $1.2 million, i.e. 3.5 times more.')).toEqual([
      'Mr. Smith met Dr. Jones and Sen. Lee on Aug. 9 at No. 10.',
      'J. K. Rowling paid $1.2 million, i.e. 3.5 times more.',
    ]);
  });
  it('reads a capital P. as an initial, a small p. before a number as a page', () => {
    expect(texts('Sen. Robert P. Casey Jr. spoke first. The quote is on p. 12 of the report.')).toEqual(['Sen. Robert P. Casey Jr. spoke first.', 'The quote is on p. 12 of the report.']);
  });
  it('ends a sentence after a dotted acronym only before a sentence opener', () => {
    expect(texts('Tensions grew within the U.S. The prospect of U.S. troops remains.')).toEqual([
      'Tensions grew within the U.S.',
      'The prospect of U.S. troops remains.',
    ]);
    expect(texts('The U.N. Security Council met. Acme Inc. The firm said no.')).toEqual(['The U.N. Security Council met.', 'Acme Inc.', 'The firm said no.']);
  });
  it('gives a closing quote to the sentence it ends and splits inside long quotes', () => {
    expect(texts('“We will rebuild. It is ruled out,” she said. Then he left.')).toEqual(['“We will rebuild.', 'It is ruled out,” she said.', 'Then he left.']);
    expect(texts('He said the plan “was coming," officials said. "Why?" he asked.')).toEqual(['He said the plan “was coming," officials said.', '"Why?" he asked.']);
  });
  it('handles a missing space after a full stop and ellipses', () => {
    expect(texts('It was ruled out.In an interview, she spoke. Whatever ... to strike at them... Then silence.')).toEqual([
      'It was ruled out.',
      'In an interview, she spoke.',
      'Whatever ... to strike at them...',
      'Then silence.',
    ]);
  });
  it('returns offsets that slice back to the text', () => {
    const p = '  First one.  Second (with a note.) Third!';
    for (const s of splitSentences(p)) expect(p.slice(s.start, s.end)).toBe(s.text);
    expect(texts(p)).toEqual(['First one.', 'Second (with a note.)', 'Third!']);
  });
});
