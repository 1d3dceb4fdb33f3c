import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { inPageScript, type PaintTimes } from '../../bench/in-page';
import { launchChromium } from './chromium';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

test('the harness’s paint check waits through a windowed grid whose rows are not parsed yet', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript({
    content: inPageScript({ selector: 'td', count: 1, windowed: true, timeout: 10_000 }),
  });
  // As a long page arrives: the grid first, its header and rows some frames later.
  await page.route('http://bench.test/', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<div style="display: inline-block"><table role="grid" aria-rowcount="3"></table></div>',
    }),
  );
  await page.goto('http://bench.test/');
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  await page.evaluate(() => {
    document.querySelector('table')!.innerHTML =
      '<thead><tr><th>Issue</th><th>Kyiv</th></tr></thead>' +
      '<tbody><tr><th>Land</th><td role="gridcell">Opposes</td></tr></tbody>';
  });
  const painted = await page.evaluate<PaintTimes>('window.__bench.painted()');
  expect(painted.afterFrame).toBeGreaterThan(0);
  expect(errors).toEqual([]);
  await context.close();
});
