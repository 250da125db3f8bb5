import type { APIRoute } from 'astro';
import { loadBriefing } from '../lib/site/data.ts';
import { href, sourceHref } from '../lib/site/urls.ts';
import { absoluteUrl, escapeXml } from '../lib/site/xml.ts';

export const GET: APIRoute = ({ site }) => {
  const pages = [href(), href('timeline/'), href('sources/'), href('search/'), ...loadBriefing().sources.map((s) => sourceHref(s.id))];
  return new Response(
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      ...pages.map((page) => `  <url><loc>${escapeXml(absoluteUrl(page, site))}</loc></url>`),
      '</urlset>',
      '',
    ].join('\n'),
    { headers: { 'Content-Type': 'application/xml; charset=utf-8' } },
  );
};
