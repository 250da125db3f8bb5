// A light suffix stripper (in the spirit of Porter's step 1 plus a few derivational endings).
// Aggressive enough that "cooperate"/"cooperation"/"cooperating" meet, cheap, and deterministic.

const VOWEL = /[aeiouy]/;

export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is|ous)$/.test(w) && w.length > 3) w = w.slice(0, -1);
  for (const suffix of ['ational', 'ation', 'ition', 'ments', 'ment', 'ness', 'ingly', 'edly', 'ing', 'ied', 'ed', 'ly', 'ion', 'ive', 'er', 'al']) {
    if (w.endsWith(suffix)) {
      const base = w.slice(0, -suffix.length);
      if (base.length >= 3 && VOWEL.test(base)) {
        w = suffix === 'ied' ? `${base}y` : base;
        break;
      }
    }
  }
  // Undouble ("planned" → "plann" → "plan") and drop a final e ("cooperate" ~ "cooperat").
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 3) w = `${w.slice(0, -1)}i`;
  return w;
}
