import type { APIRoute } from 'astro';
import { briefingJsonSchema } from '../lib/schema/briefing.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(briefingJsonSchema(), null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
