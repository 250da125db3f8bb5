// The standfirst a page prints outside the block its body was read from, found by the page's
// description: the block that opens with it, repeats it or restates it.
import { classifyLine } from './boilerplate.ts';
import { cleanLine, comparable, type Unit } from './lines.ts';
import { isProse } from './meta.ts';

/** The part of a parsed page the search reads. */
interface Queryable {
  querySelectorAll(selector: string): Iterable<{ textContent: string | null }>;
}

/**
 * The standfirst the page prints above its body (often in the header, where Readability does not
 * look): the first prose block outside the chrome that the page's description opens or repeats,
 * or else one that restates it, when the body does not already hold it.
 */
export function ledeOutside(page: Queryable, description: string | null, units: readonly Unit[]): string | null {
  const key = description === null ? '' : comparable(description).slice(0, 60);
  if (description === null || key.length < 40) return null;
  if (units.some((u) => comparable(u.text).includes(key.slice(0, 40)))) return null;
  // The body's opening paragraphs often restate the description themselves.
  if (units.slice(0, 3).some((u) => restates(u.text, description))) return null;
  const limit = comparable(description).length * 1.5 + 40;
  const blocks: { text: string; own: string }[] = [];
  for (const el of page.querySelectorAll('p, h2, h3, div, span, strong')) {
    const text = cleanLine((el.textContent ?? '').replace(/\s+/g, ' '));
    if (text.length < 60 || text.length > 1200 || !isProse(text) || classifyLine(text) !== null) continue;
    blocks.push({ text, own: comparable(text) });
  }
  const opening = blocks.find(({ own }) => own.startsWith(key) || comparable(description).startsWith(own.slice(0, 60)));
  // A box that holds the lede and more (the whole header, the body) is not the lede.
  if (opening !== undefined) return opening.own.length <= limit ? opening.text : null;
  // Failing that, the first block that restates the description in other words (and may say a
  // little more), but holds no block of the body.
  const holdsBody = (own: string): boolean => units.some((u) => u.text.length >= 60 && own.includes(comparable(u.text).slice(0, 60)));
  return blocks.find(({ text, own }) => own.length <= 2 * limit && !holdsBody(own) && restates(text, description))?.text ?? null;
}

/**
 * A block that says what the description says in other order ("Reports say Apple has dropped …"
 * for "Apple has dropped …"): it holds nearly all of the description's longer words.
 */
export function restates(text: string, description: string): boolean {
  const wanted = new Set(comparable(description).split(' ').filter((w) => w.length >= 4));
  if (wanted.size < 6) return false;
  const own = new Set(comparable(text).split(' '));
  let found = 0;
  for (const word of wanted) if (own.has(word)) found++;
  return found >= 0.8 * wanted.size;
}

/** The parts of a parsed page's elements the headline walk reads. */
interface Block {
  tagName: string;
  textContent: string | null;
  querySelector(selector: string): unknown;
  querySelectorAll(selector: string): Iterable<{ textContent: string | null }>;
  closest(selector: string): unknown;
}

// Text boxes between the headline and the body past which what sits there is no longer a header.
const HEADER_BLOCKS = 8;

/**
 * The standfirst printed between the headline and the body when the description does not name it
 * (an intro box beside the article's text box): the one or two prose paragraphs right after the
 * page's <h1> and before the body's first paragraph. More than two is a teaser list, not a standfirst.
 */
export function ledeBelowHeadline(page: { querySelectorAll(selector: string): Iterable<Block> }, units: readonly Unit[]): string[] {
  const first = units.find((u) => u.style === undefined && u.depth === undefined && u.text.length >= 60 && isProse(u.text));
  if (first === undefined) return [];
  const start = comparable(first.text).slice(0, 40);
  let seenHeadline = false;
  let passed = 0;
  const found: string[] = [];
  for (const el of page.querySelectorAll('h1, p, div')) {
    if (el.tagName === 'H1') {
      seenHeadline = true;
      continue;
    }
    // Boxes that hold further blocks are read through those.
    if (!seenHeadline || el.querySelector('p, div')) continue;
    const text = cleanLine((el.textContent ?? '').replace(/\s+/g, ' '));
    if (text === '') continue;
    if (comparable(text).startsWith(start)) return found.length <= 2 ? found : [];
    if (++passed > HEADER_BLOCKS) return [];
    if (text.length >= 60 && text.length <= 1200 && isProse(text) && classifyLine(text) === null && !isFurniture(el, text)) found.push(text);
  }
  return [];
}

/** A caption or credit, or a box of links (teasers, a menu). */
function isFurniture(el: Block, text: string): boolean {
  if (el.closest('figure, figcaption, a, [class*="caption"], [class*="credit"]')) return true;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += cleanLine((a.textContent ?? '').replace(/\s+/g, ' ')).length;
  return linked > 0.3 * text.length;
}
