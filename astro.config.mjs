// @ts-check
import { defineConfig } from 'astro/config';
import { atomicDist } from './src/integrations/atomic-dist.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { pipelineIntegration } from './src/integrations/pipeline.ts';

/** `BASE_PATH=/briefing/` deploys under a sub-path (GitHub Pages project sites). */
function basePath(value = '/') {
  const trimmed = value.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

const contentDir = process.env.BRIEFING_CONTENT ?? 'content';
// A build locks its folders, writes into a temporary folder and moves it into place when done.
const dist = atomicDist(contentDir);

export default defineConfig({
  base: basePath(process.env.BASE_PATH),
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Every script is a file of its own, so the strict CSP (script-src 'self') holds.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [
    dist.begin,
    pipelineIntegration({
      seedsDir: process.env.BRIEFING_SEEDS ?? 'seeds',
      contentDir,
      cacheDir: process.env.BRIEFING_CACHE ?? '.cache/briefing',
    }),
    pagefindIntegration(),
    dist.end,
  ],
});
