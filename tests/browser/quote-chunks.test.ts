import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { buildStandpoint } from '../../bench/build';
import { syntheticStory } from '../../bench/synthetic';
import { QUOTE_CHUNK_THRESHOLD, quoteCount } from '../../src/lib/quote-chunks';
import type { Position } from '../../src/lib/types';
import { launchChromium } from './chromium';
import { holdScripts } from './fixtures';
import { serveStatic, type StaticSite } from './static-server';

/** 30 × 30 holds about 1,700 quotes: over the threshold, and quick to build. */
const story = syntheticStory({ issues: 30, actors: 30 });
const SUB_PATH = '/graphics/large/';

let folder: string;
let site: StaticSite;
let browser: Browser;
let contexts: BrowserContext[] = [];
let problems: string[][] = [];

/** Builds the site for the synthetic story alone, as the project's build would, into a temp folder. */
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'standpoint-chunks-'));
  await buildStandpoint(story, join(folder, 'site'));
  site = await serveStatic(join(folder, 'site'), SUB_PATH);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

afterEach(async () => {
  const seen = problems.flat();
  await Promise.all(contexts.map((context) => context.close()));
  contexts = [];
  problems = [];
  expect(seen, 'page errors, console errors and CSP violations').toEqual([]);
});

/** Opens a page of the built site, recording errors and every CSP violation from the first byte. */
async function open(
  path: string,
  {
    prepare,
    waitUntil = 'load',
  }: { prepare?: (page: Page) => Promise<unknown>; waitUntil?: 'load' | 'commit' } = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  const seen: string[] = [];
  problems.push(seen);
  await page.exposeFunction('reportViolation', (text: string) => seen.push(`CSP: ${text}`));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      ),
    ),
  );
  page.on('pageerror', (error) => seen.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') seen.push(`console.error: ${message.text()}`);
  });
  await prepare?.(page);
  await page.goto(site.url + path, { waitUntil });
  await page.getByRole('grid').waitFor();
  return page;
}

/** A cell with a single position, and the first words a reader should see in its panel. */
function singlePositionCell(): { position: Position; quote: string } {
  const counts = new Map<string, number>();
  for (const { actor, issue } of story.positions) {
    const key = `${actor}|${issue}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  // A cell in the middle of the grid, so its issue's file is not the first one.
  const position = story.positions
    .slice(story.positions.length / 2)
    .find(({ actor, issue }) => counts.get(`${actor}|${issue}`) === 1)!;
  return { position, quote: position.evidence[0]!.text };
}

function panel(page: Page, position: Position) {
  const actor = story.actors.find((candidate) => candidate.id === position.actor)!;
  const issue = story.issues.find((candidate) => candidate.id === position.issue)!;
  return page.getByRole('region', { name: `${actor.name} on ${issue.label}`, exact: true });
}

describe('a story over the quote threshold', () => {
  test('its pages hold no quote words, and its quotes sit in one file per issue', async () => {
    expect(quoteCount(story)).toBeGreaterThan(QUOTE_CHUNK_THRESHOLD);
    const dist = join(folder, 'site');
    const quotes = story.positions.flatMap((position) => position.evidence.map((e) => e.text));
    for (const page of ['index.html', `${story.id}/index.html`, `${story.id}/embed.html`]) {
      const html = await readFile(join(dist, page), 'utf8');
      expect(html, page).toContain('data-quotes-url=');
      expect(
        quotes.filter((quote) => html.includes(quote)),
        page,
      ).toEqual([]);
    }
    const files = await readdir(join(dist, story.id, 'quotes'));
    expect(files.sort()).toEqual(story.issues.map((_, index) => `${index}.json`).sort());
  });

  test('clicking a cell opens its panel with the cell’s first quote', async () => {
    const { position, quote } = singlePositionCell();
    const page = await open(`${story.id}/`);
    await page
      .locator(`[role=grid] td[data-actor="${position.actor}"][data-issue="${position.issue}"]`)
      .click();
    await panel(page, position).getByText(quote).waitFor();
  });

  test('a deep link to the root page opens the cell’s panel with its quotes', async () => {
    const { position, quote } = singlePositionCell();
    const page = await open(`#actor=${position.actor}&issue=${position.issue}`);
    await panel(page, position).getByText(quote).waitFor();
  });

  test('the quote search loads every issue’s quotes and finds a quote', async () => {
    const { position, quote } = singlePositionCell();
    const page = await open(`${story.id}/embed.html`);
    await page.getByRole('searchbox', { name: 'Search quotes' }).fill(quote);
    await page
      .getByRole('button', { name: new RegExp(quote.slice(0, 40)) })
      .first()
      .click();
    await panel(page, position).getByText(quote).waitFor();
  });

  test('a query typed before the page has hydrated is searched once it has', async () => {
    const { position, quote } = singlePositionCell();
    let release = () => {};
    // The page's script is held back until the reader has typed into the prerendered field.
    const page = await open(`${story.id}/`, {
      prepare: async (page) => {
        release = await holdScripts(page);
      },
      waitUntil: 'commit',
    });
    await page.getByRole('searchbox', { name: 'Search quotes' }).fill(quote);
    release();
    await page
      .getByRole('button', { name: new RegExp(quote.slice(0, 40)) })
      .first()
      .click({ timeout: 10_000 });
    await panel(page, position).getByText(quote).waitFor();
  });
});
