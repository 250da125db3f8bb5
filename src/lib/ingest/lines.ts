// Text → numbered units (one per line, hard-wrapped lines joined) plus small text helpers.
import type { BlockStyle } from '../types.ts';

export interface Unit {
  /** 1-based line number in the decoded seed. */
  line: number;
  text: string;
  /** Markdown/HTML heading depth, when the source marked the unit as a heading. */
  depth?: number;
  /** How the source set it (list item, quote, table, code); plain prose when absent. */
  style?: BlockStyle;
  rows?: string[][];
  code?: string;
  /** HTML only: the share of the unit's text that is link text (a teaser headline is a link). */
  linkShare?: number;
}

/** Tidies one line: odd spaces, zero-width characters, runs of whitespace. */
export function cleanLine(text: string): string {
  return text
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

// A line that stops mid-clause continues on the next one (hard-wrapped text).
const OPEN_END = /(?:[,;\-–]|\b(?:the|a|an|of|and|or|to|in|on|for|with|by|at|from|that|as|but)\b)$/i;

/** `standalone` marks lines that must never be glued to a neighbour (menus, datelines…). */
export function textToUnits(text: string, standalone: (line: string) => boolean = () => false): Unit[] {
  const units: Unit[] = [];
  let previousBlank = true;
  text.split('\n').forEach((raw, i) => {
    const line = cleanLine(raw);
    if (line === '') {
      previousBlank = true;
      return;
    }
    const last = units.at(-1);
    if (last && !previousBlank && continues(last.text, line) && !standalone(last.text) && !standalone(line)) {
      last.text = `${last.text} ${line}`;
    }
    else units.push({ line: i + 1, text: line });
    previousBlank = false;
  });
  return units;
}

export function continues(prev: string, next: string): boolean {
  // Wrapped lines are long; a short line before a lowercase one is a label, not a wrap.
  if (endsSentence(prev) || prev.length < 25) return false;
  return /^\p{Ll}/u.test(next) || OPEN_END.test(prev);
}

/** Ends with sentence-final punctuation, possibly inside closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  return /[.!?…。！？؟।॥۔]["'”’»)\]」』）]*$/.test(text);
}

/** Ends with any punctuation a title or subheading would not end with. */
export function endsPunctuated(text: string): boolean {
  return /[.!?…,;:。！？、，；：؟،।॥۔]["'”’»)\]」』）]*$/.test(text);
}

// Scripts written without spaces between words: word counts need a dictionary segmenter.
const UNSPACED_SCRIPT = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]/;
const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

export function words(text: string): string[] {
  if (!UNSPACED_SCRIPT.test(text)) return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return Array.from(wordSegmenter.segment(text), (s) => (s.isWordLike ? s.segment : '')).filter(Boolean);
}

/** "…ruled out.In an interview…" → "…ruled out. In an interview…". */
export function splitGlued(text: string): string {
  return text.replace(/([\p{Ll}\d%][.!?]["”’)]?)(?=\p{Lu}\p{Ll})/gu, '$1 ');
}

/** Compare lines ignoring case, quotes style and spacing. */
export function sameText(a: string, b: string): boolean {
  return comparable(a) === comparable(b);
}

export function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’‛`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[^\p{L}\p{N}'"]+/gu, ' ')
    .trim();
}

/** True when `text` starts with `prefix` (compared loosely) and has more after it. */
export function startsWithText(text: string, prefix: string): string | null {
  const a = comparable(text);
  const b = comparable(prefix);
  if (b.length < 12 || !a.startsWith(b + ' ')) return null;
  // Return the original remainder: skip as many letters/digits as the prefix has.
  const need = b.replace(/[^\p{L}\p{N}]/gu, '').length;
  let seen = 0;
  let i = 0;
  while (i < text.length && seen < need) {
    if (/[\p{L}\p{N}]/u.test(text[i] ?? '')) seen++;
    i++;
  }
  return text.slice(i).trim();
}
