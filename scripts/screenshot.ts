// Screenshots for the README: the front page, a source page, the timeline and search, at desktop
// and phone widths, in light and dark. Needs a built site: `npm run build && npm run screenshot`.
// Usage: node scripts/screenshot.ts [DIST_DIR] [OUT_DIR]
import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { serveStatic } from '../tests/e2e/support/serve.ts';
import type { Briefing } from '../src/lib/types.ts';

const [dist = 'dist', out = 'docs'] = process.argv.slice(2);
const briefing = JSON.parse(await readFile(path.join(dist, 'briefing.json'), 'utf8')) as Briefing;
// The longest source makes the richest source page; the headline's first long word a search with results.
const source = [...briefing.sources].sort((a, b) => b.sentences.length - a.sentences.length || (a.id < b.id ? -1 : 1))[0];
const query = briefing.headline.split(/\W+/).find((w) => w.length >= 6) ?? 'the';

const pages = [
  { name: 'front', path: '' },
  ...(source ? [{ name: 'source', path: `sources/${source.id}/#s1` }] : []),
  { name: 'timeline', path: 'timeline/' },
  { name: 'search', path: `search/?q=${encodeURIComponent(query)}` },
];
const widths = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];
const schemes = ['light', 'dark'] as const;

const server = await serveStatic(path.resolve(dist), '/');
const browser = await launchBrowser();
try {
  for (const scheme of schemes) {
    for (const size of widths) {
      const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, colorScheme: scheme, deviceScaleFactor: 1 });
      for (const page of pages) {
        const tab = await context.newPage();
        await tab.goto(server.root + page.path);
        if (page.name === 'search') await tab.waitForFunction(() => /result/.test(document.querySelector('#search-status')?.textContent ?? ''));
        await tab.evaluate(() => document.fonts.ready);
        const file = path.join(out, `${page.name}-${size.name}-${scheme}.png`);
        await tab.screenshot({ path: file });
        console.log(file);
        await tab.close();
      }
      await context.close();
    }
  }
  // The README's opening picture.
  await copyFile(path.join(out, 'front-desktop-light.png'), path.join(out, 'screenshot.png'));
} finally {
  await browser.close();
  await server.close();
}
