// Junk that passes every other check (it has sentences) but is not an article: the same line over and
// over, or a template filled with counters. Pure and linear in the text's length.

/** Below this many sentences a text is too short to judge by repetition. */
const MIN_SENTENCES = 30;
/** Real reporting repeats few sentences; junk repeats nearly all of them. */
const MAX_REPEATED_SHARE = 0.7;
/** Long real text keeps using new words; a flood of one phrase does not. */
const MIN_WORDS_FOR_VOCABULARY = 2000;
const MIN_VOCABULARY_SHARE = 0.02;

/** Why the body is not an article, or null when it could be one. */
export function degenerateReason(paragraphs: readonly string[]): string | null {
  const templates = new Map<string, number>();
  let sentences = 0;
  const vocabulary = new Set<string>();
  let words = 0;
  for (const paragraph of paragraphs) {
    for (const sentence of paragraph.split(/(?<=[.!?…])\s+/)) {
      const template = sentence.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
      if (template === '') continue;
      sentences++;
      templates.set(template, (templates.get(template) ?? 0) + 1);
    }
    for (const word of paragraph.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
      words++;
      vocabulary.add(word.replace(/\d+/g, '#'));
    }
  }
  if (sentences >= MIN_SENTENCES) {
    const repeated = sentences - templates.size;
    if (repeated / sentences > MAX_REPEATED_SHARE) {
      const [example] = [...templates].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
      return `is not an article: ${repeated} of ${sentences} sentences repeat the same ${templates.size === 1 ? 'line' : `${templates.size} lines`} (most often "${truncate(example)}")`;
    }
  }
  if (words >= MIN_WORDS_FOR_VOCABULARY && vocabulary.size / words < MIN_VOCABULARY_SHARE) {
    return `is not an article: ${words} words but only ${vocabulary.size} different ones`;
  }
  return null;
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
