// Indexes the built site with the Pagefind Node API once Astro has written dist/.
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** Every Pagefind call answers with `errors`; one helper turns them into a thrown error. */
function check<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed: ${response.errors.join('; ')}`);
  return response;
}

export async function indexSite(outDir: string, logger: Pick<AstroIntegrationLogger, 'info'>): Promise<number> {
  const started = performance.now();
  try {
    const { index } = check('createIndex', await pagefind.createIndex({ forceLanguage: 'en' }));
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const { page_count } = check('addDirectory', await index.addDirectory({ path: outDir }));
    const bundle = path.join(outDir, 'pagefind');
    check('writeFiles', await index.writeFiles({ outputPath: bundle }));
    logger.info(`Pagefind indexed ${page_count} page(s) in ${Math.round(performance.now() - started)} ms`);
    return page_count;
  } finally {
    await pagefind.close();
  }
}

export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'briefing:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await indexSite(fileURLToPath(dir), logger);
      },
    },
  };
}
