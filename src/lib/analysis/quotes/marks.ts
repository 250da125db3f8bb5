// Quotation-mark pairing as real copy has it: curly, straight, guillemets, a wrong-way mark
// closing a quote (“…“ in wire copy), and a quote left open at the end of a paragraph.

export interface Span {
  /** Offsets of the quoted words inside the paragraph (marks excluded). */
  start: number;
  end: number;
  /** True when the paragraph ended before a closing mark (the quote runs on). */
  open: boolean;
}

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);
const WORD_BEFORE = /[\p{L}\p{N}.,!?;:’'…)\]—–-]/u;
const SPACE_OR_END = /^(?:[\s,.;:!?)\]—–-]|$)/u;

/** Opening/closing quote pairs of one paragraph. A mark's role comes from its shape and its neighbours. */
export function quoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (!OPENERS.has(ch) && !CLOSERS.has(ch) && ch !== '"') continue;
    const prev = text[i - 1] ?? ' ';
    const next = text.slice(i + 1, i + 2);
    const glued = WORD_BEFORE.test(prev) && !/\s/.test(prev);
    const closesHere = open >= 0 && glued && SPACE_OR_END.test(next);
    let opening: boolean;
    if (OPENERS.has(ch)) opening = !closesHere; // “…“: an opener glued to the words before it closes
    else if (CLOSERS.has(ch)) opening = open < 0 && !glued && /\S/.test(next); // ”…”: a closer before words opens
    else opening = open < 0 ? !glued || /[\s(\[—–:-]/.test(prev) : false; // 'Gowdy:"I have …"': a colon may touch the mark
    if (opening) open = i + 1;
    else if (open >= 0) {
      if (i > open) spans.push({ start: open, end: i, open: false });
      open = -1;
    }
  }
  if (open >= 0 && text.length - open > 1) spans.push({ start: open, end: text.length, open: true });
  return spans;
}
