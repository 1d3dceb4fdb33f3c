/**
 * Takes the README screenshot: the built default story at 1280 px with one cell open.
 * Run `npm run build` first; `npm run screenshot` does both.
 */
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tests/browser/chromium';
import { serveStatic } from '../tests/browser/static-server';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const output = fileURLToPath(new URL('../docs/screenshot.png', import.meta.url));

async function main() {
  const site = await serveStatic(dist, '/');
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 820 } });
    const page = await context.newPage();
    await page.goto(`${site.url}#actor=trump&issue=ceasefire-first`);
    await page.getByRole('region', { name: 'Donald Trump on Ceasefire first' }).waitFor();
    await page.screenshot({ path: output });
    console.log(`wrote ${output}`);
  } finally {
    await browser.close();
    await site.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
