// An honorific is no role: "Mrs." is dropped whole, never left behind as "s.".
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/lib/analysis/entities.ts';
import { makeDoc } from './helpers.ts';

describe('roles of people named with an honorific', () => {
  it('drops Mrs., Mr., Ms. and Dr. whole', () => {
    const doc = makeDoc('a', ['Mrs. Harriet Oakley thanked the volunteers who rebuilt the village hall.', 'Dr. Samuel Price said the clinic would reopen in May.']);
    const roles = findMentions([doc]).filter((m) => m.kind === 'person').map((m) => [m.name, m.role]);
    expect(roles).toEqual([
      ['Harriet Oakley', null],
      ['Samuel Price', null],
    ]);
  });
});
