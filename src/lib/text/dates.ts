// Date expressions as written ("on Tuesday", "March 3", "3 March 2024"). Not resolved: the timeline does that.

const MONTH = String.raw`(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
const DATE_RE = new RegExp(
  String.raw`\b(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}(?:\s+\d{4})?|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|last night|\d{4}-\d{2}-\d{2})\b`,
  'g',
);

export interface DateMention {
  text: string;
  start: number;
  end: number;
}

/** Specific day references only; vague ones ("earlier this year") are left out on purpose. */
export function findDates(text: string): DateMention[] {
  return [...text.matchAll(DATE_RE)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}
