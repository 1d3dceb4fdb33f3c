import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from './chromium';
import { DIST, SUB_PATH } from './fixtures';
import { serveStatic, type StaticSite } from './static-server';

const PYM = fileURLToPath(new URL('../../node_modules/pym.js/dist/pym.v1.min.js', import.meta.url));

let site: StaticSite;
let host: StaticSite;
let browser: Browser;

/** Host pages live on another origin (another port), as on a real news site. */
function writeHostPages(embedUrl: string, loaderUrl: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'standpoint-host-'));
  copyFileSync(PYM, join(folder, 'pym.v1.min.js'));
  const intro = '<h1>A news article</h1><p>Some paragraphs before the graphic.</p>';
  writeFileSync(
    join(folder, 'pym.html'),
    `<!doctype html><html lang="en"><head><title>Host with pym</title><link rel="icon" href="data:," /></head><body>${intro}
<div id="graphic"></div>
<script src="pym.v1.min.js"></script>
<script>window.pymParent = new pym.Parent('graphic', ${JSON.stringify(embedUrl)}, {});</script>
</body></html>`,
  );
  writeFileSync(
    join(folder, 'loader.html'),
    `<!doctype html><html lang="en"><head><title>Host with embed.js</title><link rel="icon" href="data:," /></head><body>${intro}
<div id="first" data-standpoint-src="${embedUrl}"><a href="${embedUrl}">Where the parties stand</a></div>
<p>Text between the two graphics.</p>
<div id="second" data-standpoint-src="${embedUrl}" data-standpoint-cell="trump/ceasefire-first"><a href="${embedUrl}">Second</a></div>
<script src="${loaderUrl}" async></script>
</body></html>`,
  );
  return folder;
}

/** Counts the height messages each frame posts, as the host page receives them. */
async function countHeightMessages(page: Page) {
  await page.addInitScript(() => {
    const counts: Record<string, number> = {};
    (window as unknown as { heightMessages: Record<string, number> }).heightMessages = counts;
    addEventListener('message', (event) => {
      if (typeof event.data !== 'string') return;
      const match = event.data.match(/^pymxPYMx(.+)xPYMxheightxPYMx/);
      if (match?.[1]) counts[match[1]] = (counts[match[1]] ?? 0) + 1;
    });
  });
}

function heightMessages(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () => (window as unknown as { heightMessages: Record<string, number> }).heightMessages,
  );
}

/** The embed's own content height, measured inside the frame. */
function contentHeight(frame: Frame): Promise<number> {
  return frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
}

async function expectFrameFitsContent(page: Page, selector: string) {
  const element = page.locator(selector);
  const frame = await (await element.elementHandle())?.contentFrame();
  if (!frame) throw new Error(`${selector} has no frame`);
  await frame.getByRole('grid').waitFor();
  await expect
    .poll(
      async () =>
        Math.abs((await element.evaluate((e) => e.clientHeight)) - (await contentHeight(frame))),
      {
        timeout: 2000,
      },
    )
    .toBeLessThanOrEqual(2);
  return frame;
}

beforeAll(async () => {
  site = await serveStatic(DIST, SUB_PATH);
  const embedUrl = `${site.url}white-house-talks/embed.html`;
  host = await serveStatic(writeHostPages(embedUrl, `${site.url}embed.js`), '/');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
});

async function openHost(path: string) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await countHeightMessages(page);
  await page.goto(host.url + path);
  return { page, errors, close: () => context.close() };
}

describe('a host page using the real pym.js pym.Parent', () => {
  test('sizes the embed to its content, growing and shrinking with the panel', async () => {
    const { page, errors, close } = await openHost('pym.html');
    const frame = await expectFrameFitsContent(page, '#graphic iframe');
    const closedHeight = await contentHeight(frame);
    const before = Object.values(await heightMessages(page)).reduce((a, b) => a + b, 0);

    await frame.locator('td[data-actor="trump"][data-issue="ceasefire-first"]').click();
    await frame.getByRole('region', { name: 'Donald Trump on Ceasefire first' }).waitFor();
    await expectFrameFitsContent(page, '#graphic iframe');
    expect(await contentHeight(frame)).not.toBe(closedHeight);

    await frame.getByRole('button', { name: 'Close' }).click();
    await expectFrameFitsContent(page, '#graphic iframe');
    expect(await contentHeight(frame)).toBe(closedHeight);

    const after = Object.values(await heightMessages(page)).reduce((a, b) => a + b, 0);
    expect(after - before, 'height messages for one open and one close').toBeLessThanOrEqual(6);
    expect(page.url()).toBe(`${host.url}pym.html`);
    expect(errors).toEqual([]);
    await close();
  });

  test('opening a cell in the embed adds no entry to the host page’s history', async () => {
    const { page, close } = await openHost('pym.html');
    const frame = await expectFrameFitsContent(page, '#graphic iframe');
    const length = await page.evaluate(() => history.length);
    await frame.locator('td[data-actor="zelenskyy"][data-issue="security-guarantees"]').click();
    await frame.getByRole('region', { name: /Volodymyr Zelenskyy on/ }).waitFor();
    // The frame writes its URL just after the panel paints.
    await expect
      .poll(() => frame.evaluate(() => location.hash))
      .toBe('#actor=zelenskyy&issue=security-guarantees');
    expect(await page.evaluate(() => history.length)).toBe(length);
    expect(await page.evaluate(() => location.hash)).toBe('');
    await close();
  });

  test('a #standpoint=<actor>/<issue> link on the host page opens that cell in the embed', async () => {
    const { page, close } = await openHost('pym.html#standpoint=putin/security-guarantees');
    const frame = await expectFrameFitsContent(page, '#graphic iframe');
    await frame
      .getByRole('region', { name: 'Vladimir Putin on “Article 5-like” guarantees' })
      .waitFor();
    await close();
  });
});

describe('a host page using embed.js with two embeds', () => {
  test('each iframe is titled, lazy, sandboxed and fits its own content', async () => {
    const { page, errors, close } = await openHost('loader.html');
    for (const selector of ['#first iframe', '#second iframe']) {
      const frame = page.locator(selector);
      expect(await frame.getAttribute('title')).toBeTruthy();
      expect(await frame.getAttribute('loading')).toBe('lazy');
      expect(await frame.getAttribute('sandbox')).toBe(
        'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
      );
      await frame.scrollIntoViewIfNeeded();
      await expectFrameFitsContent(page, selector);
    }
    expect(await page.locator('#first iframe').getAttribute('title')).toBe(
      'Where the parties stand',
    );
    expect(errors).toEqual([]);
    await close();
  });

  test('the data-standpoint-cell attribute opens that cell in its embed only', async () => {
    const { page, close } = await openHost('loader.html');
    await page.locator('#second iframe').scrollIntoViewIfNeeded();
    const second = await expectFrameFitsContent(page, '#second iframe');
    await second.getByRole('region', { name: 'Donald Trump on Ceasefire first' }).waitFor();
    const first = await expectFrameFitsContent(page, '#first iframe');
    expect(await first.getByRole('region', { name: / on / }).count()).toBe(0);
    await close();
  });

  test('the embeds resize independently when one opens a panel', async () => {
    const { page, close } = await openHost('loader.html');
    const first = await expectFrameFitsContent(page, '#first iframe');
    await page.locator('#second iframe').scrollIntoViewIfNeeded();
    await expectFrameFitsContent(page, '#second iframe');
    const secondHeight = await page.locator('#second iframe').evaluate((e) => e.clientHeight);
    await page.locator('#first iframe').scrollIntoViewIfNeeded();
    await first.locator('td[data-actor="rubio"][data-issue="ceasefire-first"]').click();
    await first.getByRole('region', { name: 'Marco Rubio on Ceasefire first' }).waitFor();
    await expectFrameFitsContent(page, '#first iframe');
    expect(await page.locator('#second iframe').evaluate((e) => e.clientHeight)).toBe(secondHeight);
    await close();
  });

  test('height messages from another window or another origin are ignored', async () => {
    const { page, close } = await openHost('loader.html');
    await expectFrameFitsContent(page, '#first iframe');
    const height = () => page.locator('#first iframe').evaluate((e) => e.clientHeight);
    const settled = await height();
    // From the host window itself: right child id, wrong source.
    await page.evaluate(() => postMessage('pymxPYMxstandpoint-1xPYMxheightxPYMx55555', '*'));
    // From a frame of another origin (the host's own origin, about:blank-like).
    await page.evaluate(() => {
      const other = document.createElement('iframe');
      other.srcdoc = `<script>parent.postMessage('pymxPYMxstandpoint-1xPYMxheightxPYMx44444', '*')</script>`;
      document.body.append(other);
    });
    await page.waitForTimeout(300);
    expect(await height()).toBe(settled);
    await close();
  });
});
