// Capitalised word sequences in a sentence: the raw material for people, places and organisations.

export interface WordToken {
  text: string;
  start: number;
  end: number;
}

export interface NameSpan {
  /** Words of the name, possessive and trailing dots removed. */
  words: WordToken[];
  start: number;
  end: number;
  /** True when the name was written as a possessive ("Ruritania’s"). */
  possessive: boolean;
}

const CONNECTORS = new Set(['of', 'de', 'del', 'la', 'los', 'las', 'da', 'van', 'von', 'der', 'bin', 'al', 'for', 'against', 'to']);
const HONORIFICS = /^(mr|mrs|ms|dr|sen|rep|gov|gen|prof|lt|col|sgt|capt)\.?$/i;

/** Words with offsets; dotted abbreviations (U.S.) and honorifics keep their dots. */
export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}’'.&-]*/gu)) {
    let word = m[0];
    if (!/^(\p{L}\.)+$/u.test(word) && !HONORIFICS.test(word)) word = word.replace(/[.'’-]+$/u, '');
    out.push({ text: word, start: m.index, end: m.index + word.length });
  }
  return out;
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Maximal runs of capitalised words, allowing lowercase connectors inside ("Department of Defense"). */
export function capitalisedRuns(text: string): NameSpan[] {
  const tokens = wordTokens(text);
  const runs: NameSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!first || !isCapitalised(first.text)) {
      i++;
      continue;
    }
    const words: WordToken[] = [];
    let j = i;
    let possessive = false;
    while (j < tokens.length) {
      const t = tokens[j];
      if (!t) break;
      if (words.length > 0) {
        const gap = text.slice(words[words.length - 1]?.end ?? 0, t.start);
        if (!/^\s+$/.test(gap)) break;
      }
      if (isCapitalised(t.text)) {
        const poss = /['’]s$/u.exec(t.text);
        if (poss) {
          words.push({ text: t.text.slice(0, -2), start: t.start, end: t.end - 2 });
          possessive = true;
          j++;
          break;
        }
        words.push(t);
        j++;
        continue;
      }
      const next = tokens[j + 1];
      if (CONNECTORS.has(t.text) && words.length > 0 && next && isCapitalised(next.text)) {
        words.push(t);
        j++;
        continue;
      }
      break;
    }
    if (words.length > 0) runs.push({ words, start: words[0]?.start ?? 0, end: words[words.length - 1]?.end ?? 0, possessive });
    i = Math.max(j, i + 1);
  }
  return runs;
}
