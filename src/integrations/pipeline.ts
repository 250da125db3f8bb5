// Runs ingest + analysis before Astro reads content/, and again in dev when seeds/ changes.
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import path from 'node:path';
import { runPipeline, type PipelinePaths } from '../lib/build/run.ts';

function pipelineLog(logger: AstroIntegrationLogger) {
  return { info: (m: string) => logger.info(m), warn: (m: string) => logger.warn(m) };
}

export function pipelineIntegration(paths: PipelinePaths): AstroIntegration {
  return {
    name: 'briefing:pipeline',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        // `astro sync` (types) and `astro preview` (serving dist/) read content/ as it is.
        if (command === 'sync' || command === 'preview') return;
        await runPipeline(paths, pipelineLog(logger));
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
