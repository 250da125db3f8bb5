// The Briefing as published data: the same bytes as content/briefing.json, which the pipeline wrote
// with serializeBriefing (re-serializing the parsed briefing would only cost time on a big archive).
import type { APIRoute } from 'astro';
import { briefingBytes } from '../lib/site/data.ts';

export const GET: APIRoute = () => new Response(briefingBytes(), { headers: { 'Content-Type': 'application/json' } });
