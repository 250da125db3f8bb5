// A blog's or site's post line: who wrote it and when, in any of the seeds' languages
// ("von mkraus · 12. März 2024", "Veröffentlicht: 07.02.2021 | Autor: Lena Hof",
// "Anna Weber | 3. Mai 2023"). A scraper keeps it as a line of its own, right under the headline.
import { findDate, type FoundDate } from './dates.ts';
import { endsSentence, words } from './lines.ts';

/** Words that say "written by" or "posted": one of them, or a name beside a separator, makes a byline. */
const BYLINE_MARKER =
  /^(?:von|by|posted|published|veröffentlicht|publiziert|geschrieben|erstellt|autor|autorin|author|filed|abgelegt|par|por|publicado|publié|przez|door|kommentare?|comments?|kategorie|category)$/iu;
/** Words that may sit between the parts of such a line without being a name. */
const FILLER = /^(?:am|pm|on|um|uhr|in|at|le|el|il|op|unter|under|de|du|der|und|and|et|y|e)$/iu;
/** How many other words (names, a category) a post line holds at most. */
const MAX_OTHER_WORDS = 6;

/** A post line: a byline with its date, or a date line of several dates (published, then updated). */
export interface PostLine {
  reason: 'byline' | 'dateline';
  /** The first date, ISO (null when it cannot be read). */
  date: string | null;
}

/**
 * A post line, or undefined when the line is not one: a line with a date and, besides it, only a
 * byline word with a few names or categories, or only more dates.
 */
export function postLine(text: string): PostLine | undefined {
  if (text.length > 140 || endsSentence(text)) return undefined;
  // "3. Mai 202311. Mai 2023": a page printed the published and updated dates with nothing between them.
  let rest = text.replace(/(\d{4})(?=\d{1,2}\.)/gu, '$1 ');
  const first = findDate(rest);
  if (!first) return undefined;
  for (let found: FoundDate | null = first; found; found = findDate(rest)) rest = `${rest.slice(0, found.start)} ${rest.slice(found.end)}`;
  rest = rest.replace(/\b\d{1,2}:\d{2}\b/gu, ' ');
  const separated = /[|·•@–—]/u.test(rest);
  const parts = words(rest.replace(/[|·•@–—:,]/gu, ' ')).filter((w) => !/^\d+$/u.test(w));
  const markers = parts.filter((w) => BYLINE_MARKER.test(w)).length;
  const others = parts.filter((w) => !BYLINE_MARKER.test(w) && !FILLER.test(w));
  if (others.length > MAX_OTHER_WORDS) return undefined;
  if (parts.length === 0) return { reason: 'dateline', date: first.iso };
  const isName = others.length >= 1 && others.length <= 4 && others.every((w) => /^\p{Lu}/u.test(w));
  if (markers > 0 || (separated && isName)) return { reason: 'byline', date: first.iso };
  return undefined;
}
