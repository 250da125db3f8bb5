// Which way a relative expression points. News is reported in the past, so a
// bare "on Friday" or "in February" means the last one; only a clause with a
// future marker ("will", "is scheduled to", "next") looks forward.

export type Direction = 'past' | 'future';

const FUTURE_MARKERS =
  /\b(?:will|won['’]t|shall|['’]ll|going to|plans? to|planned for|is to|are to|scheduled|expected to|set to|due to|upcoming|intends? to|would meet|later this|expects? to|(?:is|are) expected)\b/i;

// A plan already overtaken ("had been scheduled to expire Friday") reports the past.
const PAST_PLAN = /\bhad\s+(?:been\s+)?(?:scheduled|due|set|expected|planned|supposed|going)\b/i;

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
  // A full stop after an initial or a common abbreviation ("Daniel P. Davison", "Mr. Smith") ends nothing.
  // Quotes include the ASCII pairs of wire copy (``…''), also after a full stop.
  const boundary = /(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Inc|Corp|Co|Ltd|Gen|Sen|Rep|Gov|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|No|U\.S))[.!?](?:''|["”’])?\s|[;:—–"“”]\s?|``|''|,\s|\s(?:that|which|while|but|although|because)\s|\b(?:said|says|announced|reported)\s(?=(?:it|he|she|they|we|its|his|her|their)\s)/g;
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
  const clause = clauseAround(text, start, end);
  return FUTURE_MARKERS.test(clause) && !PAST_PLAN.test(clause) ? 'future' : 'past';
}

/** A tense the clause states; `unknown` when it has neither a future marker nor a past-tense verb. */
export type Tense = Direction | 'unknown';

// Past-tense verbs: common irregulars, and regular -ed forms (not -eed words such as "need", "proceed", nor
// participles that are mostly adjectives: "preferred stock", "a Boston-based bank", "listed shares").
const PAST_MARKERS =
  /\b(?:was|were|had|did|said|told|made|came|went|took|gave|got|began|left|met|saw|won|lost|sold|bought|fell|rose|paid|held|led|became|brought|thought|found|kept|spent|sent|struck|fought|spoke|wrote|ran|chose|drove|flew|grew|knew|threw|broke|stood|sat|heard|felt|meant|built|fled|woke|shot|drew|withdrew|sought|taught|caught|dealt|stole|set|ago|(?!(?:preferred|limited|based|related|united|listed|unlisted|undisclosed|unspecified|unidentified|detailed|diversified|integrated|advanced|armed|interested|concerned|qualified|skilled|red|seed|hundred)\b)[a-z]{2,}[^e\s]ed)\b/i;

const PRESENT_PERFECT = /\b(?:has|have|['’]s|['’]ve)\s+(?:(?:already|also|just|now|not|recently)\s+)?(?:been\s+)?[a-z]+\b/gi;

const DEADLINE = /\b(?:to|by|until|till|through|before|effective|expire|expires|around|payable|record)\s+$/i;

/**
 * The clause's tense: future markers win, then past-tense verbs. Calendar dates
 * without a year are resolved by it (nearest occurrence when it is unknown).
 */
export function tenseAt(text: string, start: number, end: number): Tense {
  const own = text.slice(start, end);
  // The expression's own words ("Sept. 3") never count as a verb.
  const clause = clauseAround(text, start, end).replace(own, ' ');
  // "since March" lies behind; "had been set to expire Nov. 6" may still lie ahead (nearest).
  if (/\bsince\s+$/i.test(text.slice(Math.max(0, start - 8), start))) return 'past';
  if (PAST_PLAN.test(clause)) return 'unknown';
  if (FUTURE_MARKERS.test(clause) || /\bwould\b/i.test(clause)) return 'future';
  // A deadline ("extended to Nov. 20", "respond by Oct. 31") may lie after a past-tense verb.
  if (DEADLINE.test(text.slice(Math.max(0, start - 12), start))) return 'unknown';
  // A present perfect ("has set Nov. 10 as the deadline") says nothing about when the date lies.
  if (PAST_MARKERS.test(clause.replace(PRESENT_PERFECT, ' '))) return 'past';
  // A bare fronted phrase ("In November, voters went…") takes the sentence's tense.
  if (clause.trim().split(/\s+/).length > 2) return 'unknown';
  const [from, to] = sentenceBounds(text, start, end);
  const sentence = text.slice(from, to).replace(own, ' ');
  // The first marker is the main verb's ("In September, it announced plans to …" is past).
  const future = FUTURE_MARKERS.exec(sentence)?.index ?? Infinity;
  const past = PAST_MARKERS.exec(sentence)?.index ?? Infinity;
  if (future === Infinity && past === Infinity) return 'unknown';
  return future < past ? 'future' : 'past';
}

function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(/[.!?](?:''|["”’])?\s+(?=[A-Z"“`])|\n\s*\n/g)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return [from, to];
}
