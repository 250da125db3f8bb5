// Canonical forms of raw text: one kind of quote, dash and space; diacritics folded for matching.

/** Straight quotes and apostrophes, ASCII dashes, single spaces. Keeps letters' case and diacritics. */
export function normalizePunctuation(text: string): string {
  return text
    .replace(/[“”„«»″]/g, '"')
    .replace(/[‘’‚′`]/g, "'")
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lowercase, no diacritics: the form words are compared in. */
export function foldCase(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Collapse spellings of the same country abbreviation: U.S. / US / United States → one token. */
export function canonicalCountryForms(text: string): string {
  return text
    .replace(/\bU\.\s?S\.(?:\s?A\.)?(?=[^\p{L}]|$)/gu, 'USA')
    .replace(/\bUSA?\b/g, 'USA')
    .replace(/\bUnited States(?: of America)?\b/g, 'USA')
    .replace(/\bU\.\s?K\.(?=[^\p{L}]|$)/gu, 'UK')
    .replace(/\bUnited Kingdom\b/g, 'UK')
    .replace(/\bU\.\s?N\.(?=[^\p{L}]|$)/gu, 'UN')
    .replace(/\bUnited Nations\b/g, 'UN')
    .replace(/\bE\.\s?U\.(?=[^\p{L}]|$)/gu, 'EU')
    .replace(/\bEuropean Union\b/g, 'EU');
}
