import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import story from '../../data/white-house-talks.json';
import { launchChromium } from './chromium';
import { serveStatic, type StaticSite } from './static-server';

/** The built site, as `npx vite build` leaves it. */
export const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
/** Where a newsroom would host the graphic; the build's relative URLs must work under it. */
export const SUB_PATH = '/graphics/2025/talks/';

export const PHONE = { width: 360, height: 780 };
export const DESKTOP = { width: 1280, height: 900 };

/** Actor ids in column order (grouped by `group`, in the order each group first appears). */
export const COLUMN_IDS = ['zelenskyy', 'trump', 'witkoff', 'rubio', 'putin', 'von-der-leyen'];
/** Issue ids in row order. */
export const ROW_IDS = story.issues.map((issue) => issue.id);

export function actorName(id: string): string {
  const actor = story.actors.find((candidate) => candidate.id === id);
  if (!actor) throw new Error(`no actor ${id} in the story`);
  return actor.name;
}

export function issueLabel(id: string): string {
  const issue = story.issues.find((candidate) => candidate.id === id);
  if (!issue) throw new Error(`no issue ${id} in the story`);
  return issue.label;
}

/**
 * Holds back the page's scripts (those matching `url`) until the returned function is called,
 * so a test can note or use the prerendered page first. Call it before the page navigates.
 */
export async function holdScripts(page: Page, url = '**/assets/*.js'): Promise<() => void> {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await gate;
    await route.continue();
  });
  return () => release();
}

/**
 * Loads `url` with the page's scripts held back, notes the prerendered grid and the cell that
 * `cell` (a CSS selector) picks, then lets the scripts run and hydrate the page.
 */
export async function loadNotingPrerendered(page: Page, url: string, cell: string): Promise<void> {
  const release = await holdScripts(page);
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator('[role=grid]').waitFor();
  await page.evaluate((selector) => {
    const noted = window as unknown as Record<string, Element | null>;
    noted.prerenderedGrid = document.querySelector('[role=grid]');
    noted.prerenderedCell = document.querySelector(selector);
  }, cell);
  release();
}

/**
 * Whether the grid and cell `loadNotingPrerendered` noted are the page's now: the same grid
 * element, the same element for `cell`, and that element still in the document.
 */
export function prerenderedKept(
  page: Page,
  cell: string,
): Promise<{ grid: boolean; cell: boolean; connected: boolean }> {
  return page.evaluate((selector) => {
    const noted = window as unknown as Record<string, Element | null>;
    return {
      grid: noted.prerenderedGrid === document.querySelector('[role=grid]'),
      cell: noted.prerenderedCell === document.querySelector(selector),
      connected: noted.prerenderedCell?.isConnected === true,
    };
  }, cell);
}

/** A cell's coordinates as the DOM exposes them. */
export interface CellId {
  actor: string | undefined;
  issue: string | undefined;
}

export interface OpenedPage {
  page: Page;
  /** Page errors and console errors seen so far, as readable strings. */
  errors: string[];
}

export interface Harness {
  /** Origin plus sub-path, ending in `/`. */
  readonly url: string;
  /**
   * Opens `path` (relative to the sub-path, e.g. `#actor=trump&issue=ceasefire-first`) in a
   * fresh browser context of the given viewport, and waits for the dashboard to hydrate, so a
   * test's first key press reaches the live grid (what a reader does before that is the subject
   * of tests of its own, in prerender.test.ts). `touch` makes it a phone's touch screen, with
   * no hovering pointer.
   */
  open(
    path?: string,
    viewport?: { width: number; height: number },
    options?: { touch?: boolean },
  ): Promise<OpenedPage>;
}

/**
 * Registers the hooks for one test file: a static server on `dist/` and one Chromium for the
 * file, a fresh context per page, and, after every test, a check that no page logged an error.
 */
export function useSite(): Harness {
  let site: StaticSite | undefined;
  let browser: Browser | undefined;
  let contexts: BrowserContext[] = [];
  let errorLogs: string[][] = [];

  beforeAll(async () => {
    site = await serveStatic(DIST, SUB_PATH);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  afterEach(async () => {
    const seen = errorLogs.flat();
    await Promise.all(contexts.map((context) => context.close()));
    contexts = [];
    errorLogs = [];
    expect(seen, 'page errors and console errors').toEqual([]);
  });

  return {
    get url() {
      if (!site) throw new Error('the static server is not running');
      return site.url;
    },
    async open(path = '', viewport = DESKTOP, { touch = false } = {}) {
      if (!site || !browser) throw new Error('beforeAll has not run');
      const context = await browser.newContext({
        viewport,
        deviceScaleFactor: 1,
        ...(touch && { isMobile: true, hasTouch: true }),
      });
      contexts.push(context);
      const page = await context.newPage();
      const errors: string[] = [];
      errorLogs.push(errors);
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
      });
      await page.goto(site.url + path);
      await page.getByRole('grid').waitFor();
      await hydrated(page);
      return { page, errors };
    },
  };
}

/** The data-actor / data-issue of the focused element (both undefined if it is not a cell). */
export function focusedCell(page: Page): Promise<CellId> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return { actor: element?.dataset.actor, issue: element?.dataset.issue };
  });
}

/** The data-actor / data-issue of every cell with tabindex=0 (a roving tab stop has one). */
export function tabStops(page: Page): Promise<CellId[]> {
  return page.$$eval('[role=grid] td[tabindex="0"]', (cells) =>
    cells.map((cell) => ({
      actor: (cell as HTMLElement).dataset.actor,
      issue: (cell as HTMLElement).dataset.issue,
    })),
  );
}

/** The cell with the given ids, located by its data attributes. */
export function cellAt(page: Page, actor: string, issue: string) {
  return page.locator(`[role=grid] td[data-actor="${actor}"][data-issue="${issue}"]`);
}

/** The open panel for a cell: a region named "<Actor name> on <Issue label>". */
export function panelFor(page: Page, actor: string, issue: string) {
  return page.getByRole('region', {
    name: `${actorName(actor)} on ${issueLabel(issue)}`,
    exact: true,
  });
}

/** The panel region, whichever cell it is for: the region with a Close button. */
export function anyPanel(page: Page) {
  return page.getByRole('region').filter({ has: page.getByRole('button', { name: 'Close' }) });
}

/** The URL hash, `''` when none. */
export function hashOf(page: Page): Promise<string> {
  return page.evaluate(() => location.hash);
}

/** Resolves once the dashboard has hydrated (main.ts marks `standpoint:render` then). */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('standpoint:render').length > 0);
}

/** Resolves once the page has painted its next frame and run the tasks queued after it. */
export function afterNextPaint(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(() => resolve()))),
      ),
  );
}

/** A locator's text content with runs of whitespace collapsed, as a reader would hear it. */
export async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Whether a cell draws its "changed" dot: the dot is a pseudo-element of the cell's mark, so
 * what counts is that one is generated and has a size.
 */
export function showsChangedDot(cell: Locator): Promise<boolean> {
  return cell.locator('.mark').evaluate((mark) => {
    const dot = getComputedStyle(mark, '::after');
    return dot.content !== 'none' && parseFloat(dot.width) > 0;
  });
}

/** Whether the locator's element has focus. */
export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** The element's box in CSS pixels relative to the viewport; fails if it is not rendered. */
export async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} is not rendered`);
  return { ...box, right: box.x + box.width, bottom: box.y + box.height };
}
