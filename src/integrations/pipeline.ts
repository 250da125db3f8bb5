// Runs ingest + analysis before Astro reads content/, and again in dev when seeds/ changes.
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { runPipeline, type PipelinePaths } from '../lib/build/run.ts';

function pipelineLog(logger: AstroIntegrationLogger) {
  return { info: (m: string) => logger.info(m), warn: (m: string) => logger.warn(m) };
}

const SETPRIV = '/usr/bin/setpriv';
const BIN = path.resolve(import.meta.dirname, '../../bin/briefing.mjs');

/** `briefing content` as a child, its output lines passed on to Astro's logger as they come. */
function runPipelineProcess(paths: PipelinePaths, logger: AstroIntegrationLogger): Promise<void> {
  const args = [BIN, 'content', '--seeds', paths.seedsDir, '--content', paths.contentDir];
  if (paths.cacheDir) args.push('--cache', paths.cacheDir);
  // The child must not outlive the build: the kernel kills it if this process dies (setpriv
  // --pdeathsig, Linux), and it also exits when its stdin closes (any system).
  const [command, argv] = existsSync(SETPRIV) ? [SETPRIV, ['--pdeathsig', 'KILL', process.execPath, ...args]] : [process.execPath, args];
  const child = spawn(command, argv, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, BRIEFING_EXIT_WITH_PARENT: '1' } });
  const stop = () => child.kill('SIGKILL');
  process.once('exit', stop);
  child.once('close', () => process.off('exit', stop));
  const forward = (stream: NodeJS.ReadableStream, write: (line: string) => void) => {
    const lines = createInterface({ input: stream });
    lines.on('line', (line) => {
      if (line.trim()) write(line);
    });
  };
  const errors: string[] = [];
  forward(child.stdout, (line) => logger.info(line));
  forward(child.stderr, (line) => {
    errors.push(line);
    logger.warn(line);
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`the content pipeline failed (exit ${code}): ${errors.slice(-5).join(' | ')}`)),
    );
  });
}

export function pipelineIntegration(paths: PipelinePaths): AstroIntegration {
  return {
    name: 'briefing:pipeline',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        // `astro sync` (types) and `astro preview` (serving dist/) read content/ as it is.
        if (command === 'sync' || command === 'preview') return;
        // A build runs the pipeline in a child process, so its memory is given back before Astro
        // renders thousands of pages; the dev server keeps it in-process to rerun it on changes.
        if (command === 'build') await runPipelineProcess(paths, logger);
        else await runPipeline(paths, pipelineLog(logger));
      },
      'astro:server:setup': ({ server, logger }) => {
        const seeds = path.resolve(paths.seedsDir);
        server.watcher.add(seeds);
        let queue = Promise.resolve();
        const rerun = (file: string) => {
          if (!path.resolve(file).startsWith(seeds + path.sep)) return;
          logger.info(`${path.relative(process.cwd(), file)} changed: rebuilding content`);
          queue = queue
            .then(() => runPipeline(paths, pipelineLog(logger)))
            .then(() => undefined)
            .catch((error: unknown) => logger.error(String(error)));
        };
        server.watcher.on('add', rerun);
        server.watcher.on('change', rerun);
        server.watcher.on('unlink', rerun);
      },
    },
  };
}
