// Builds the real site with Astro (pipeline + Pagefind included) into a folder of the test's choosing.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';

const run = promisify(execFile);
export const projectRoot = path.resolve(import.meta.dirname, '../../..');

export interface BuildOptions {
  outDir: string;
  /** The project to build (default: this one). */
  root?: string;
  base?: string;
  seedsDir?: string;
  contentDir?: string;
}

/** Vitest puts Vite's own variables (BASE_URL, MODE, NODE_ENV=test, …) into process.env; a real build must not see them. */
export function buildEnv(): NodeJS.ProcessEnv {
  const leaked = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !leaked.has(key) && !key.startsWith('VITEST')));
}

export async function buildSite(options: BuildOptions): Promise<{ stdout: string; stderr: string }> {
  const astro = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  return run(process.execPath, [astro, 'build', '--outDir', options.outDir], {
    cwd: options.root ?? projectRoot,
    maxBuffer: 64 * 1024 * 1024,
    env: {
      ...buildEnv(),
      ASTRO_TELEMETRY_DISABLED: '1',
      BASE_PATH: options.base ?? '/',
      ...(options.seedsDir ? { BRIEFING_SEEDS: options.seedsDir } : {}),
      ...(options.contentDir ? { BRIEFING_CONTENT: options.contentDir } : {}),
    },
  });
}
