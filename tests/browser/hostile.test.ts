import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from './chromium';
import { DIST, SUB_PATH } from './fixtures';
import { serveStatic, type StaticSite } from './static-server';

const SEED = Number(process.env.FUZZ_SEED ?? 20250818);
const MIN_HEIGHT = 80;
const MAX_HEIGHT = 50_000;

let site: StaticSite;
let host: StaticSite;
let browser: Browser;

beforeAll(async () => {
  site = await serveStatic(DIST, SUB_PATH);
  const embed = `${site.url}white-house-talks/embed.html`;
  const folder = mkdtempSync(join(tmpdir(), 'standpoint-hostile-'));
  const head = '<head><title>Host</title><link rel="icon" href="data:," /></head>';
  writeFileSync(
    join(folder, 'loader.html'),
    `<!doctype html><html lang="en">${head}<body><div id="graphic" data-standpoint-src="${embed}">Fallback</div><script src="${site.url}embed.js"></script></body></html>`,
  );
  writeFileSync(
    join(folder, 'sandboxed.html'),
    `<!doctype html><html lang="en">${head}<body><iframe id="graphic" title="Graphic" sandbox="allow-scripts" src="${embed}?childId=opaque" width="100%" height="400"></iframe></body></html>`,
  );
  host = await serveStatic(folder, '/');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
});

/** Messages a hostile or broken page might send: random values, lookalikes and extreme heights. */
function hostileMessages(childId: string): unknown[] {
  const heights = fc.oneof(
    fc.integer(),
    fc.double(),
    fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e309', '-5', '', ' ', '0x10', '99999999999'),
    fc.string(),
  );
  const pym = heights.map((h) => `pymxPYMx${childId}xPYMxheightxPYMx${String(h)}`);
  const other = fc.oneof(
    fc.string(),
    fc.jsonValue(),
    fc.constantFrom(
      `pymxPYMx${childId}xPYMxnavigateToxPYMxhttps://evil.test/`,
      `pymxPYMx${childId}xPYMxscrollToChildPosxPYMx99999`,
      `pymxPYMx${childId}xPYMxwidthxPYMx-1`,
      `pymxPYMx${childId}xPYMxstandpoint-cellxPYMx<img src=x onerror=alert(1)>/x`,
      { sentinel: 'amp', type: 'embed-size', height: 1e12 },
      JSON.stringify({ context: 'iframe.resize', height: -1 }),
    ),
  );
  return fc.sample(fc.oneof(pym, other), { seed: SEED, numRuns: 300 });
}

async function openHost(path: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 900, height: 700 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(host.url + path);
  return { page, errors };
}

test(`embed.js survives fuzzed messages from its own frame and clamps every height (seed ${SEED})`, async () => {
  const { page, errors } = await openHost('loader.html');
  const iframe = page.locator('#graphic iframe');
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error('no frame');
  await frame.getByRole('grid').waitFor();
  const childId = new URL(frame.url()).searchParams.get('childId') ?? '';
  const heightsSeen = new Set<number>();
  for (const message of hostileMessages(childId)) {
    await frame.evaluate((data) => parent.postMessage(data, '*'), message as never);
    heightsSeen.add(await iframe.evaluate((element) => element.clientHeight));
  }
  for (const height of heightsSeen) {
    expect(height).toBeGreaterThanOrEqual(MIN_HEIGHT);
    expect(height).toBeLessThanOrEqual(MAX_HEIGHT);
  }
  expect(page.url()).toBe(`${host.url}loader.html`);
  expect(errors, `seed ${SEED}`).toEqual([]);
});

test('a frame that navigates to a lookalike origin can no longer resize its iframe', async () => {
  const { page } = await openHost('loader.html');
  const iframe = page.locator('#graphic iframe');
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error('no frame');
  await frame.getByRole('grid').waitFor();
  await expect.poll(() => iframe.evaluate((element) => element.clientHeight)).toBeGreaterThan(200);
  const settled = await iframe.evaluate((element) => element.clientHeight);
  // Same server, same child id, but another host name: another origin that sends real,
  // different heights (its panel is open) from the very window embed.js created.
  const lookalike = frame.url().replace('127.0.0.1', 'localhost').replace(/#.*$/, '');
  await frame.evaluate(
    (url) => location.assign(`${url}#actor=trump&issue=ceasefire-first`),
    lookalike,
  );
  await frame.waitForURL(/localhost/);
  await frame.getByRole('region', { name: 'Donald Trump on Ceasefire first' }).waitFor();
  await page.waitForTimeout(300);
  expect(await iframe.evaluate((element) => element.clientHeight)).toBe(settled);
});

test('height messages from the host window itself are ignored', async () => {
  const { page } = await openHost('loader.html');
  const iframe = page.locator('#graphic iframe');
  const frame = await (await iframe.elementHandle())?.contentFrame();
  await frame?.getByRole('grid').waitFor();
  await expect.poll(() => iframe.evaluate((element) => element.clientHeight)).toBeGreaterThan(200);
  const settled = await iframe.evaluate((element) => element.clientHeight);
  const childId = new URL(frame?.url() ?? '').searchParams.get('childId');
  await page.evaluate((id) => postMessage(`pymxPYMx${id}xPYMxheightxPYMx1234`, '*'), childId);
  await page.waitForTimeout(200);
  expect(await iframe.evaluate((element) => element.clientHeight)).toBe(settled);
});

test(`the embed page survives fuzzed messages from its host (seed ${SEED})`, async () => {
  const { page, errors } = await openHost('loader.html');
  const frame = await (await page.locator('#graphic iframe').elementHandle())?.contentFrame();
  if (!frame) throw new Error('no frame');
  await frame.getByRole('grid').waitFor();
  const frameErrors: string[] = [];
  page.on('pageerror', (error) => frameErrors.push(error.message));
  const childId = new URL(frame.url()).searchParams.get('childId') ?? '';
  for (const message of hostileMessages(childId)) {
    await page.evaluate(
      (data) => document.querySelector('iframe')?.contentWindow?.postMessage(data, '*'),
      message as never,
    );
  }
  await frame.locator('td[data-actor="trump"][data-issue="ceasefire-first"]').click();
  await frame.getByRole('region', { name: 'Donald Trump on Ceasefire first' }).waitFor();
  expect(page.url()).toBe(`${host.url}loader.html`);
  expect([...errors, ...frameErrors], `seed ${SEED}`).toEqual([]);
});

test('the embed works in sandbox="allow-scripts" with an opaque origin and no storage', async () => {
  const { page, errors } = await openHost('sandboxed.html');
  const heights: number[] = [];
  await page.exposeFunction('reportHeight', (height: number) => heights.push(height));
  await page.evaluate(() =>
    addEventListener('message', (event) => {
      const match = typeof event.data === 'string' && event.data.match(/xPYMxheightxPYMx(\d+)$/);
      if (match)
        (window as unknown as { reportHeight: (h: number) => void }).reportHeight(Number(match[1]));
    }),
  );
  const frame = page.frameLocator('#graphic');
  await frame.getByRole('grid').waitFor();
  await frame.locator('td[data-actor="rubio"][data-issue="ceasefire-first"]').click();
  await frame.getByRole('region', { name: 'Marco Rubio on Ceasefire first' }).waitFor();
  const frameOrigin = await frame.locator('body').evaluate(() => self.origin);
  expect(frameOrigin).toBe('null');
  await expect.poll(() => heights.length).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
