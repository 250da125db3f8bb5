// A static file server for dist/, mounted under a base path the way a static host would serve it.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface StaticServer {
  origin: string;
  /** Full URL of the site root, base path included. */
  root: string;
  /** Every path that was requested and not found. */
  missing: string[];
  close(): Promise<void>;
}

async function resolveFile(dir: string, relative: string): Promise<string | null> {
  const candidate = path.join(dir, relative);
  if (!candidate.startsWith(dir)) return null;
  const info = await stat(candidate).catch(() => null);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory()) return resolveFile(dir, path.join(relative, 'index.html'));
  return null;
}

export async function serveStatic(dir: string, base = '/'): Promise<StaticServer> {
  const missing: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = pathname.startsWith(base) ? await resolveFile(dir, pathname.slice(base.length)) : null;
    if (!file) {
      missing.push(pathname);
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const body = await readFile(file);
    response.writeHead(200, { 'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server did not bind');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    root: origin + base,
    missing,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
