// RSS of the sources, newest first (undated ones last, by id, so the order is stable). @astrojs/rss
// escapes the text; XML-forbidden characters are dropped first, since escaping cannot make them legal.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadBriefing, outletName } from '../lib/site/data.ts';
import { href, sourceHref } from '../lib/site/urls.ts';
import { absoluteUrl, publishedDate, xmlChars } from '../lib/site/xml.ts';

export const GET: APIRoute = ({ site }) => {
  const briefing = loadBriefing();
  const sources = [...briefing.sources].sort((a, b) => {
    const byDate = (b.published ?? '').localeCompare(a.published ?? '');
    return byDate !== 0 ? byDate : a.id.localeCompare(b.id);
  });
  return rss({
    title: xmlChars(briefing.headline),
    description: xmlChars(briefing.summary.map((s) => s.text).join(' ') || 'Sources of the briefing'),
    site: absoluteUrl(href(), site),
    trailingSlash: true,
    items: sources.map((source) => {
      const link = absoluteUrl(sourceHref(source.id), site);
      const pubDate = publishedDate(source.published);
      return {
        title: xmlChars(source.title),
        link,
        description: xmlChars(source.dek ?? source.sentences[0]?.text ?? ''),
        source: { title: xmlChars(outletName(source)), url: link },
        ...(pubDate ? { pubDate } : {}),
      };
    }),
  });
};
