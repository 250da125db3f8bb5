// Content words and their overlap: how the stage tells that two sentences
// tell the same thing when no claim links them.

const STOPWORDS = new Set(
  'the a an and or but of to in on at by for with from that this these those is are was were be been has have had it its as he she they them his her their we our you your i not no will would could should said says say also than then there which who whom what when where while after before about over into'.split(
    ' ',
  ),
);

export function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((w) => w.length > 2 && !STOPWORDS.has(w)));
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}
