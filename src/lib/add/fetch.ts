// The network edge of `briefing add URL`: one GET, bounded in time and size, text types only.
import { MAX_SEED_BYTES } from '../ingest/decode.ts';
import { AddError, mb, overLimit } from './errors.ts';

export const FETCH_TIMEOUT_MS = 10_000;

/** Media type → seed extension: the formats ingest reads. */
const ACCEPTED: Record<string, string> = { 'text/html': 'html', 'text/plain': 'txt', 'text/markdown': 'md' };

export interface FetchOptions {
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
}

export interface Fetched {
  bytes: Uint8Array;
  /** Seed extension from the content type. */
  ext: string;
  /** The URL after redirects. */
  url: string;
}

export function isHttpUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

/** Throws AddError with a one-line reason for anything but a 2xx text page within the limits. */
export async function fetchArticle(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const { fetchImpl = fetch, timeoutMs = FETCH_TIMEOUT_MS, maxBytes = MAX_SEED_BYTES } = options;
  // One signal for connect, headers and body: a server that trickles bytes still times out.
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetchImpl(url, {
      redirect: 'follow',
      signal,
      headers: { accept: 'text/html, text/markdown;q=0.9, text/plain;q=0.8', 'user-agent': 'briefing-add/1' },
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      throw new AddError(`returned HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    const type = response.headers.get('content-type') ?? '';
    const mediaType = type.split(';')[0]?.trim().toLowerCase() ?? '';
    const ext = ACCEPTED[mediaType];
    if (ext === undefined) {
      await response.body?.cancel().catch(() => {});
      throw new AddError(
        `is ${mediaType === '' ? 'of no stated content type' : mediaType}, not an article (accepted: ${Object.keys(ACCEPTED).join(', ')})`,
      );
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      await response.body?.cancel().catch(() => {});
      throw new AddError(`is ${mb(declared)} MB, over the ${mb(maxBytes)} MB limit for one article`);
    }
    const bytes = await readLimited(response, maxBytes);
    return { bytes: toUtf8(bytes, charset(type)), ext, url: response.url || url };
  } catch (error) {
    if (error instanceof AddError) throw error;
    const err = error as Error;
    if (err.name === 'TimeoutError' || signal.aborted) {
      throw new AddError(`timed out after ${seconds(timeoutMs)} (no complete response)`);
    }
    const cause = (err.cause as Error | undefined)?.message ?? err.message;
    throw new AddError(`could not be fetched (${cause.split('\n')[0]})`);
  }
}

/** Reads the body but stops, and drops the connection, as soon as it passes the limit. */
async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array> {
  if (response.body === null) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw overLimit(total, maxBytes);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function charset(contentType: string): string | null {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1]?.toLowerCase() ?? null;
}

/** A page declared in a legacy charset is stored as UTF-8, so the seed reads back the same anywhere. */
function toUtf8(bytes: Uint8Array, label: string | null): Uint8Array {
  if (label === null || /^(?:utf-?8|us-ascii|ascii)$/.test(label)) return bytes;
  try {
    return new TextEncoder().encode(new TextDecoder(label, { fatal: true }).decode(bytes));
  } catch {
    return bytes; // unknown label or bytes that do not fit it: let ingest sniff
  }
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${+(ms / 1000).toFixed(1)} s` : `${ms} ms`;
}
