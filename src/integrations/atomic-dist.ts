// A build never leaves a half site: Astro and Pagefind write into a fresh folder next to the output
// folder, the pages are checked against briefing.json, and only then is the folder moved into place.
// A killed build leaves the previous site where it was. One build at a time (build-lock.ts).
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { lockFolders, isAlive, type HeldLock } from './build-lock.ts';

const BUILDING = '.building-';
const PREVIOUS = '.previous-';

/** Siblings a build leaves while it runs: `<out>.building-<pid>` and `<out>.previous-<pid>`. */
function siblings(outDir: string): { file: string; kind: 'building' | 'previous'; pid: number }[] {
  const parent = path.dirname(outDir);
  const prefix = path.basename(outDir);
  if (!existsSync(parent)) return [];
  return readdirSync(parent).flatMap((name) => {
    for (const [marker, kind] of [[BUILDING, 'building'], [PREVIOUS, 'previous']] as const) {
      if (name.startsWith(prefix + marker)) {
        const pid = Number(name.slice(prefix.length + marker.length));
        return Number.isInteger(pid) ? [{ file: path.join(parent, name), kind, pid }] : [];
      }
    }
    return [];
  });
}

/** Cleans up after builds that were killed: their half-built folders go, a lost site comes back. */
export function recoverOutDir(outDir: string): void {
  for (const left of siblings(outDir)) {
    if (isAlive(left.pid) && left.pid !== process.pid) continue;
    if (left.kind === 'previous' && !existsSync(outDir)) renameSync(left.file, outDir);
    else rmSync(left.file, { recursive: true, force: true });
  }
}

/** Moves the finished site into place: two renames, with the old site kept until the new one is in. */
export function swapInto(built: string, outDir: string): void {
  const previous = `${outDir}${PREVIOUS}${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(built, outDir);
  rmSync(previous, { recursive: true, force: true });
}

/** Every source in briefing.json has its page, and there is no page without a source. */
export async function checkSourcePages(siteDir: string): Promise<string[]> {
  const briefing = JSON.parse(await readFile(path.join(siteDir, 'briefing.json'), 'utf8')) as { sources: { id: string }[] };
  const expected = new Set(briefing.sources.map((s) => s.id));
  const problems: string[] = [];
  for (const id of [...expected].sort()) {
    const page = await stat(path.join(siteDir, 'sources', id, 'index.html')).catch(() => null);
    if (!page?.isFile()) problems.push(`source ${id} has no page sources/${id}/`);
  }
  const dirs = await readdir(path.join(siteDir, 'sources'), { withFileTypes: true }).catch(() => []);
  for (const dir of dirs) {
    if (dir.isDirectory() && !expected.has(dir.name)) problems.push(`page sources/${dir.name}/ has no source in briefing.json`);
  }
  return problems.sort();
}

/**
 * Two hooks around the build: `begin` (first integration) takes the lock and points Astro at the
 * temporary folder; `end` (last integration, after Pagefind) checks the pages and swaps the folder in.
 */
export function atomicDist(contentDir: string): { begin: AstroIntegration; end: AstroIntegration } {
  let outDir = '';
  let building = '';
  let lock: HeldLock | null = null;
  const dropHalfBuild = () => {
    if (building && existsSync(building)) rmSync(building, { recursive: true, force: true });
  };
  const begin: AstroIntegration = {
    name: 'briefing:atomic-dist-begin',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        outDir = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
        lock = await lockFolders([outDir, contentDir], (owner) =>
          logger.warn(`another build is running in ${owner.cwd} (pid ${owner.pid}); waiting for it to finish`),
        );
        recoverOutDir(outDir);
        building = `${outDir}${BUILDING}${process.pid}`;
        rmSync(building, { recursive: true, force: true });
        process.once('exit', dropHalfBuild);
        updateConfig({ outDir: pathToFileURL(building + path.sep) });
      },
    },
  };
  // The page check starts as soon as the pages are written, so it runs while Pagefind indexes them.
  let pageCheck: Promise<string[]> | null = null;
  const end: AstroIntegration = {
    name: 'briefing:atomic-dist-end',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        const built = fileURLToPath(dir).replace(/[\\/]+$/, '');
        if (built === building) pageCheck = checkSourcePages(built);
        // Handled when awaited in build:done; until then a rejection must not count as unhandled.
        pageCheck?.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const built = fileURLToPath(dir).replace(/[\\/]+$/, '');
        if (built !== building) return finish(logger, null);
        const problems = await (pageCheck ?? checkSourcePages(built));
        if (problems.length > 0) {
          throw new Error(`the built pages do not match briefing.json (${problems.length}): ${problems.join('; ')}`);
        }
        swapInto(built, outDir);
        finish(logger, `site written to ${path.relative(process.cwd(), outDir) || '.'}/`);
      },
    },
  };
  const finish = (logger: AstroIntegrationLogger, message: string | null) => {
    if (message) logger.info(message);
    lock?.release();
    lock = null;
  };
  return { begin, end };
}
