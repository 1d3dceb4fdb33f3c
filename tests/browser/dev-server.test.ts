/**
 * `npm run dev` as a developer uses it: the story page, its Embed button and the snippets it
 * gives, pasted into a host page on another origin, all served by the dev server.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from './chromium';
import { serveStatic, type StaticSite } from './static-server';

let server: ViteDevServer;
let base: string;
let browser: Browser;
let host: StaticSite | undefined;

beforeAll(async () => {
  server = await createServer({ server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
  await server.listen();
  base = server.resolvedUrls!.local[0]!;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await host?.close();
});

test('the dev server gives the Embed button, whose loader snippet works on a host page', async () => {
  const page = await browser.newPage();
  await page.goto(base);
  await page.getByRole('button', { name: 'Embed' }).click();
  const loader = page.locator('#embed-loader');
  await expect.poll(() => loader.inputValue()).toContain(`src="${base}embed.js"`);
  const snippet = await loader.inputValue();
  expect(snippet).toContain(`data-standpoint-src="${base}white-house-talks/embed.html"`);

  const folder = mkdtempSync(join(tmpdir(), 'standpoint-dev-host-'));
  writeFileSync(
    join(folder, 'index.html'),
    `<!doctype html><html lang="en"><head><title>Host</title><link rel="icon" href="data:," /></head><body><h1>An article</h1>${snippet}</body></html>`,
  );
  host = await serveStatic(folder, '/');
  await page.goto(host.url);
  const frame = page.frameLocator('iframe');
  const cell = frame.getByRole('gridcell', { name: /^Donald Trump on Ceasefire first/ });
  await cell.click();
  await frame.getByRole('heading', { name: /^Donald Trump\s+on\s+Ceasefire first/ }).waitFor();
  await page.close();
});
