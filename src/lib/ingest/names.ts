// What a page's class and id names say a block is: page chrome (comments, sidebars, related
// stories, share bars) or a story's furniture (captions, bylines, date and tag lines).

/** The parts of an element the name tests read. */
interface Named {
  getAttribute(name: string): string | null;
}

// One class or id token naming page chrome: "comments", "site-footer", "related-posts", "share_buttons".
const CHROME_NAME =
  /^(?:[a-z\d]+[-_])?(?:comments?|comment-?list|respond|sidebar|footer|breadcrumbs?|share|sharing|social|socials|related|recommended|newsletter|subscribe|subscription|cookies?|consent|cookie-?banner|advert|adverts|advertisement|ads?|ad-?slot|promo|popup|modal|menu|navbar|nav|navigation|pagination|pager|author-?box|author-?bio|about-?author|tags|tag-?list|taglist|post-?tags)(?:[-_][a-z\d]+)?$/i;

// One class or id token naming a story's furniture: "wp-caption", "byline", "entry-meta", "post-date", "tags".
const FURNITURE_NAME = /^(?:[a-z\d]+[-_])?(?:caption|credits?|byline|author|meta|post-?meta|entry-?meta|date|timestamp|tags?)(?:[-_][a-z\d]+)?$/i;

/**
 * An element's class and id tokens; a BEM token also as its block, element and modifier
 * ("media__caption--source" → "media", "caption", "source"), where the telling word sits.
 */
export function nameTokens(el: Named): string[] {
  const tokens = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/).filter(Boolean);
  return tokens.flatMap((token) => (/__|--/.test(token) ? [token, ...token.split(/__|--/).filter(Boolean)] : [token]));
}

export function namesChrome(el: Named): boolean {
  return nameTokens(el).some((token) => CHROME_NAME.test(token));
}

export function namesFurniture(el: Named): boolean {
  return nameTokens(el).some((token) => FURNITURE_NAME.test(token));
}

const TEASER_NAME = /^(?:[a-z\d]+[-_])?teasers?(?:[-_][a-z\d]+)?$/i;

interface Sibling extends Named {
  parentElement: { children: ArrayLike<Named> } | null;
}

/** One of several sibling cards named "teaser": a list of other stories (a lone "teaser" is often the story's own lede). */
export function namesTeaserCard(el: Sibling): boolean {
  const own = nameTokens(el).filter((token) => TEASER_NAME.test(token));
  if (own.length === 0) return false;
  const siblings = Array.from(el.parentElement?.children ?? []).filter((s) => s !== el);
  return siblings.some((s) => nameTokens(s).some((token) => own.includes(token)));
}
