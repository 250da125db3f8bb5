// RSS of the sources, newest first (undated ones last, by id, so the order is stable).
import type { APIRoute } from 'astro';
import { loadBriefing, outletName } from '../lib/site/data.ts';
import { href, sourceHref } from '../lib/site/urls.ts';
import { absoluteUrl, escapeXml, rfc822 } from '../lib/site/xml.ts';

export const GET: APIRoute = ({ site }) => {
  const briefing = loadBriefing();
  const sources = [...briefing.sources].sort((a, b) => {
    const byDate = (b.published ?? '').localeCompare(a.published ?? '');
    return byDate !== 0 ? byDate : a.id.localeCompare(b.id);
  });
  const items = sources.map((source) => {
    const link = absoluteUrl(sourceHref(source.id), site);
    const date = rfc822(source.published);
    return [
      '    <item>',
      `      <title>${escapeXml(source.title)}</title>`,
      `      <link>${escapeXml(link)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(link)}</guid>`,
      `      <description>${escapeXml(source.dek ?? source.sentences[0]?.text ?? '')}</description>`,
      `      <source url="${escapeXml(link)}">${escapeXml(outletName(source))}</source>`,
      ...(date ? [`      <pubDate>${date}</pubDate>`] : []),
      '    </item>',
    ].join('\n');
  });
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0">',
    '  <channel>',
    `    <title>${escapeXml(briefing.headline)}</title>`,
    `    <link>${escapeXml(absoluteUrl(href(), site))}</link>`,
    `    <description>${escapeXml(briefing.summary.map((s) => s.text).join(' ') || 'Sources of the briefing')}</description>`,
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
