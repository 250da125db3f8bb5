// The event description: the sentence, cleaned of leading connectives and cut
// to the clauses around the date when it is long.

const MAX_LENGTH = 200;
const CONNECTIVE =
  /^(?:however|meanwhile|additionally|furthermore|moreover|specifically|also|still|yet|but|and|so|separately|in addition|indeed|nonetheless|nevertheless|instead|similarly|likewise|then|now|in fact|notably|further)\b,?\s+/i;

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Removes "However," and friends from the start, however many there are. */
export function stripConnectives(sentence: string): string {
  let s = sentence.trim();
  for (let guard = 0; guard < 4; guard++) {
    const m = CONNECTIVE.exec(s);
    // Keep a connective that is the sentence's subject ("Now is the time").
    if (!m || m[0].length >= s.length) break;
    s = s.slice(m[0].length);
  }
  return capitalise(s);
}

interface Piece {
  start: number;
  end: number;
}

/** Splits into clauses at commas, semicolons, colons and dashes, keeping offsets. */
function clauses(text: string): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  for (const m of text.matchAll(/[,;:]\s+|\s[—–-]\s/g)) {
    pieces.push({ start, end: m.index + m[0].length });
    start = m.index + m[0].length;
  }
  pieces.push({ start, end: text.length });
  return pieces;
}

/**
 * The sentence trimmed to at most ~200 characters: whole if short enough,
 * otherwise the clause holding [dateStart, dateEnd) grown by neighbouring clauses
 * (left first, so the subject tends to stay), with "…" where text was cut.
 */
export function describeEvent(sentence: string, dateStart: number, dateEnd: number): string {
  const text = sentence.trim();
  const offset = sentence.indexOf(text);
  const ds = Math.max(0, dateStart - offset);
  const de = Math.max(ds, dateEnd - offset);
  if (text.length <= MAX_LENGTH) return stripConnectives(text);
  // A long quotation before the date is not the event: start at its attribution.
  const quoteEnds = [...text.slice(0, ds).matchAll(/[,.!?][”"]\s+/g)];
  const lastQuote = quoteEnds[quoteEnds.length - 1];
  if (lastQuote) {
    const cut = lastQuote.index + lastQuote[0].length;
    const rest = describeEvent(text.slice(cut), ds - cut, de - cut);
    // Keep the original case of the first letter ("…said X", "…X said").
    const first = text.charAt(cut);
    return `…${rest.charAt(0) === first.toUpperCase() ? first : rest.charAt(0)}${rest.slice(1)}`;
  }
  const pieces = clauses(text);
  // Best: keep the sentence's start (its subject) and cut after the date's clause.
  if (de <= MAX_LENGTH - 20) {
    const clauseCut = [...pieces].reverse().find((p) => p.end <= MAX_LENGTH && p.end >= de);
    const wordCut = text.lastIndexOf(' ', MAX_LENGTH);
    const to = clauseCut && clauseCut.end >= MAX_LENGTH / 2 ? clauseCut.end : Math.max(wordCut, de);
    const head = text.slice(0, to).trim().replace(/[,;:—–-]\s*$/, '').trim();
    return `${stripConnectives(head)}…`;
  }
  let lo = pieces.findIndex((p) => p.end > ds);
  if (lo < 0) lo = pieces.length - 1;
  let hi = lo;
  while ((pieces[hi]?.end ?? 0) < de && hi < pieces.length - 1) hi++;
  const span = (): number => (pieces[hi]?.end ?? 0) - (pieces[lo]?.start ?? 0);
  let grew = true;
  while (grew) {
    grew = false;
    const left = pieces[lo - 1];
    // Do not reach back into a quotation that closes before the date's clause.
    const closesQuote = left !== undefined && /[”"’]\s*$/.test(text.slice(left.start, left.end));
    if (left && !closesQuote && span() + (left.end - left.start) <= MAX_LENGTH) {
      lo--;
      grew = true;
    }
    const right = pieces[hi + 1];
    if (right && span() + (right.end - right.start) <= MAX_LENGTH) {
      hi++;
      grew = true;
    }
  }
  let from = pieces[lo]?.start ?? 0;
  let to = pieces[hi]?.end ?? text.length;
  if (to - from > MAX_LENGTH) {
    // One long clause: a word-aligned window centred on the date.
    const centre = Math.floor((ds + de) / 2);
    from = Math.max(from, centre - MAX_LENGTH / 2);
    to = Math.min(to, from + MAX_LENGTH);
    from = text.lastIndexOf(' ', from) + 1;
    const space = text.indexOf(' ', to);
    to = to >= text.length || space < 0 ? text.length : space;
  }
  let out = text.slice(from, to).trim().replace(/[,;:—–-]\s*$/, '').trim();
  // A cut-in clause keeps its lower case: it reads as a fragment after "…".
  if (from === 0) out = stripConnectives(out);
  return `${from > 0 ? '…' : ''}${out}${to < text.length ? '…' : ''}`;
}
