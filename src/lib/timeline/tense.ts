// Which way a relative expression points. News is reported in the past, so a
// bare "on Friday" or "in February" means the last one; only a clause with a
// future marker ("will", "is scheduled to", "next") looks forward.

export type Direction = 'past' | 'future';

const FUTURE_MARKERS =
  /\b(?:will|won['’]t|shall|['’]ll|going to|plans? to|planned for|is to|are to|scheduled|expected to|set to|due to|upcoming|intends? to|would meet|later this)\b/i;

/**
 * The clause around [start, end): bounded by sentence ends, semicolons, colons,
 * dashes, quotes and "that"/"which" complementisers, so that "said on Friday that
 * it will …" reads as past.
 */
export function clauseAround(text: string, start: number, end: number): string {
  const [from, to] = clauseBounds(text, start, end);
  return text.slice(from, to);
}

/** Offsets [from, to) of the clause around [start, end). */
export function clauseBounds(text: string, start: number, end: number): [number, number] {
  const boundary = /[.!?;:—–"“”]\s|[;:—–"“”]|,\s|\s(?:that|which|while|but|although|because)\s/g;
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(boundary)) {
    const at = m.index;
    if (at + m[0].length <= start) from = at + m[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return [from, to];
}

export function directionAt(text: string, start: number, end: number): Direction {
  return FUTURE_MARKERS.test(clauseAround(text, start, end)) ? 'future' : 'past';
}
