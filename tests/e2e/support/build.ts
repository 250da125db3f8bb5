// Builds the real site with Astro (pipeline + Pagefind included) into a folder of the test's choosing.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';

const run = promisify(execFile);
export const projectRoot = path.resolve(import.meta.dirname, '../../..');

export interface BuildOptions {
  outDir: string;
  base?: string;
  seedsDir?: string;
  contentDir?: string;
}

export async function buildSite(options: BuildOptions): Promise<{ stdout: string; stderr: string }> {
  const astro = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  return run(process.execPath, [astro, 'build', '--outDir', options.outDir], {
    cwd: projectRoot,
    maxBuffer: 64 * 1024 * 1024,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      BASE_PATH: options.base ?? '/',
      ...(options.seedsDir ? { BRIEFING_SEEDS: options.seedsDir } : {}),
      ...(options.contentDir ? { BRIEFING_CONTENT: options.contentDir } : {}),
    },
  });
}
