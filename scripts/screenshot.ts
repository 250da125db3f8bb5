// Takes the README screenshot: builds must have run; serves dist/ and captures the front page.
import path from 'node:path';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { serveStatic } from '../tests/e2e/support/serve.ts';

const [page = '', out = 'docs/screenshot.png', width = '1280', height = '1600'] = process.argv.slice(2);
const server = await serveStatic(path.resolve('dist'), '/');
const browser = await launchBrowser();
try {
  const tab = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  await tab.goto(server.root + page);
  await tab.waitForTimeout(300);
  await tab.screenshot({ path: out, fullPage: false });
} finally {
  await browser.close();
  await server.close();
}
