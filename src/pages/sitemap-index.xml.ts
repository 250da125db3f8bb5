import type { APIRoute } from 'astro';
import { href } from '../lib/site/urls.ts';
import { absoluteUrl, escapeXml } from '../lib/site/xml.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      `  <sitemap><loc>${escapeXml(absoluteUrl(href('sitemap-0.xml'), site))}</loc></sitemap>`,
      '</sitemapindex>',
      '',
    ].join('\n'),
    { headers: { 'Content-Type': 'application/xml; charset=utf-8' } },
  );
