// Baseline for the benchmark: a bare Astro site with the same build settings as the real one,
// rendering plain Markdown pages from a glob collection (BASELINE_CONTENT: absolute directory of *.md).
// `astro` resolves from the project's node_modules (Node walks up from bench/baseline).
import { defineConfig } from 'astro/config';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Keep caches in the gitignored scratch space, not in bench/baseline/node_modules.
  cacheDir: process.env.BASELINE_CACHE ?? '../out/baseline-cache',
  vite: { build: { assetsInlineLimit: 0 }, cacheDir: process.env.BASELINE_VITE_CACHE ?? '../out/baseline-vite' },
});
