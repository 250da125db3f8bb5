// The Briefing as published data: the same bytes as content/briefing.json.
import type { APIRoute } from 'astro';
import { serializeBriefing } from '../lib/build/serialize.ts';
import { loadBriefing } from '../lib/site/data.ts';

export const GET: APIRoute = () =>
  new Response(serializeBriefing(loadBriefing()), { headers: { 'Content-Type': 'application/json' } });
