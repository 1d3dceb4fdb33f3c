import AxeBuilder from '@axe-core/playwright';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { buildStandpoint } from '../../bench/build';
import { syntheticStory } from '../../bench/synthetic';
import { POSITIONS_PER_ELEMENT } from '../../src/lib/embedded-story';
import {
  ESTIMATED_BOX,
  ESTIMATED_METRICS,
  OVERSCAN,
  visibleWindow,
} from '../../src/lib/grid-window';
import type { Story } from '../../src/lib/types';
import { launchChromium } from './chromium';
import {
  DESKTOP,
  focusedCell,
  hydrated,
  loadNotingPrerendered,
  PHONE,
  prerenderedKept,
} from './fixtures';
import { serveStatic, type StaticSite } from './static-server';

/** 60 × 60 = 3,600 cells: well past the size where the grid draws only what is in view. */
const SIZE = 60;
const story: Story = syntheticStory({ issues: SIZE, actors: SIZE, seed: 7 });
// Issue names of very different lengths, so rows would differ in height if the grid let them.
story.issues.forEach((issue, row) => {
  if (row % 4 === 0)
    issue.label = `${issue.label}: ${'a much longer issue name '.repeat(4).trim()}`;
});
// Some actors' names, full and short, take more lines than the others'.
story.actors.forEach((actor, column) => {
  if (column % 5 !== 3) return;
  actor.name = `${actor.name}, head of the delegation of the committee`;
  actor.shortName = `Delegation head ${actor.shortName}`;
});

let folder: string;
let site: StaticSite;
let browser: Browser;
let errors: string[] = [];

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'standpoint-large-'));
  await buildStandpoint(story, folder);
  site = await serveStatic(folder, '/');
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await rm(folder, { recursive: true, force: true });
});

afterEach(() => {
  const seen = errors;
  errors = [];
  expect(seen, 'page errors, console errors and CSP violations').toEqual([]);
});

async function open(hash = '', viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  await page.addInitScript(
    "document.addEventListener('securitypolicyviolation', (e) => console.error('CSP: ' + e.violatedDirective))",
  );
  await page.goto(site.url + hash);
  await page.waitForLoadState('load');
  await page.getByRole('grid').waitFor();
  // The keys and scrolls below test the hydrated grid; early input has tests of its own.
  await hydrated(page);
  return page;
}

describe(`a ${SIZE} × ${SIZE} story`, () => {
  test('draws only the cells in view, and tells assistive technology the whole size', async () => {
    const page = await open();
    const grid = page.getByRole('grid');
    expect(await page.locator('[role=gridcell]').count()).toBeLessThan(400);
    // Two header rows (actor groups, actors) above the issue rows; the issue column first.
    await expect.poll(() => grid.getAttribute('aria-rowcount')).toBe(String(SIZE + 2));
    expect(await grid.getAttribute('aria-colcount')).toBe(String(SIZE + 1));
    expect(await page.locator('[role=gridcell][tabindex="0"]').count()).toBe(1);
    await page.context().close();
  });

  test('on paper, a note under the grid says only the part on screen is printed, and how large the whole is', async () => {
    const page = await open();
    const note = page.getByText('Printed here: only the part of the grid that was on screen.');
    expect(await note.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain(
      `The whole grid has ${SIZE} issues and ${SIZE} actors`,
    );
    await page.context().close();
  });

  test('the page holds only the window a desktop first shows, and draws the margin around it once painted', async () => {
    const prerendered = await (await fetch(site.url)).text();
    const window = visibleWindow(ESTIMATED_BOX, ESTIMATED_METRICS, SIZE, SIZE, 0);
    const inView = (window.rowEnd - window.rowStart) * (window.columnEnd - window.columnStart);
    expect(prerendered.match(/role="gridcell"/g)).toHaveLength(inView);
    const page = await open();
    // At the top left, the margin is the columns right of the box.
    const firstRow = page.locator('tbody tr[aria-rowindex]').first().getByRole('gridcell');
    await expect
      .poll(() => firstRow.count())
      .toBe(window.columnEnd - window.columnStart + OVERSCAN);
    await page.context().close();
  });

  test('hydration keeps the prerendered grid and cells', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await loadNotingPrerendered(page, site.url, '[role=gridcell]');
    await hydrated(page);
    const kept = await prerenderedKept(page, '[role=gridcell]');
    expect(kept).toEqual({ grid: true, cell: true, connected: true });
    await context.close();
  });

  test('scrolling the grid draws the rows and columns that come into view', async () => {
    const page = await open();
    const lastIssue = story.issues[SIZE - 1]!.id;
    expect(await page.locator(`[role=gridcell][data-issue="${lastIssue}"]`).count()).toBe(0);
    // Once the rows are measured: until then the grid's height is an estimate, and the bottom
    // it is scrolled to may become the middle when the rows (some with long names) grow.
    await page.waitForFunction(() =>
      document
        .querySelector<HTMLElement>('.scroller table')
        ?.style.getPropertyValue('--sp-window-row'),
    );
    await page.locator('.scroller').evaluate((box) => {
      box.scrollTop = box.scrollHeight;
      box.scrollLeft = box.scrollWidth;
    });
    const lastCell = page.locator(`[role=gridcell][data-issue="${lastIssue}"]`).last();
    await expect.poll(() => lastCell.getAttribute('aria-colindex')).toBe(String(SIZE + 1));
    expect(await lastCell.isVisible()).toBe(true);
    await page.context().close();
  });

  test('rows of long and short issue names are drawn one height, so nothing jumps while scrolling', async () => {
    const page = await open();
    const scroller = page.locator('.scroller');
    const layout = () =>
      scroller.evaluate((box) => ({
        height: box.scrollHeight,
        rows: [...box.querySelectorAll<HTMLElement>('tbody tr[aria-rowindex]')].map(
          (row) => row.offsetHeight,
        ),
      }));
    await page.waitForTimeout(300);
    const before = await layout();
    expect(new Set(before.rows).size).toBe(1);
    for (const top of [700, 1500, 2600]) {
      await scroller.evaluate((box, to) => (box.scrollTop = to), top);
      await page.waitForTimeout(200);
      const after = await layout();
      expect(new Set(after.rows).size, `rows at ${top}px`).toBe(1);
      // The spacers stand in for exactly the rows they replace: the grid keeps its height.
      expect(Math.abs(after.height - before.height), `height at ${top}px`).toBeLessThanOrEqual(1);
    }
    await page.context().close();
  });

  for (const [device, viewport] of [
    ['a phone', PHONE],
    ['a desktop', DESKTOP],
  ] as const) {
    test(`on ${device}, scrolling sideways keeps the column headers one height, so the rows stay put`, async () => {
      const page = await open('', viewport);
      const scroller = page.locator('.scroller');
      const layout = () =>
        scroller.evaluate((box) => ({
          header: box.querySelector('thead')!.getBoundingClientRect().height,
          firstRow: box.querySelector('tbody tr')!.getBoundingClientRect().top,
        }));
      const before = await layout();
      for (const left of [150, 700, 1900, 3000, 9000]) {
        await scroller.evaluate((box, to) => (box.scrollLeft = to), left);
        await page.waitForTimeout(150);
        expect(await layout(), `at ${left}px`).toEqual(before);
      }
      // Names cut short on screen are still whole for screen readers.
      const longNames = story.actors.filter((_, column) => column % 5 === 3).map((a) => a.name);
      const named = await Promise.all(
        longNames.map((name) => page.getByRole('columnheader', { name, exact: true }).count()),
      );
      expect(named.filter((count) => count === 1).length).toBeGreaterThan(0);
      await page.context().close();
    });
  }

  test('its positions come in several data elements, and the last of them is read too', async () => {
    const parts = Math.ceil(story.positions.length / POSITIONS_PER_ELEMENT);
    expect(parts).toBeGreaterThan(1);
    const last = story.positions.at(-1)!;
    const page = await open(`#actor=${last.actor}&issue=${last.issue}`);
    expect(
      await page.locator('script[type="application/json"][id^="standpoint-story"]').count(),
    ).toBe(parts);
    await page.locator('.panel-area').getByText(last.summary, { exact: true }).waitFor();
    await page.context().close();
  });

  test('arrow keys and Ctrl+End walk to cells that were not drawn, and focus them', async () => {
    const page = await open();
    await page.locator('[role=gridcell][tabindex="0"]').focus();
    for (let step = 0; step < 25; step += 1) await page.keyboard.press('ArrowDown');
    const afterDown = await focusedCell(page);
    expect(afterDown.issue).toBe(story.issues[25]!.id);
    await page.keyboard.press('Control+End');
    expect((await focusedCell(page)).issue).toBe(story.issues[SIZE - 1]!.id);
    const row = await page.evaluate(
      'document.activeElement.closest("tr").getAttribute("aria-rowindex")',
    );
    expect(row).toBe(String(SIZE + 2));
    expect(await page.evaluate('document.activeElement.getAttribute("aria-colindex")')).toBe(
      String(SIZE + 1),
    );
    await page.keyboard.press('Control+Home');
    expect((await focusedCell(page)).issue).toBe(story.issues[0]!.id);
    await page.context().close();
  });

  test('a link to a far cell opens its panel with the cell drawn, selected and in view', async () => {
    const position = story.positions.find((candidate) => candidate.issue === story.issues[50]!.id);
    const { actor, issue } = position!;
    const page = await open(`#actor=${actor}&issue=${issue}`, PHONE);
    const cell = page.locator(`[role=gridcell][data-actor="${actor}"][data-issue="${issue}"]`);
    await expect.poll(() => cell.getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => cell.isVisible()).toBe(true);
    const scroller = await page.locator('.scroller').boundingBox();
    const box = await cell.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(scroller!.y);
    expect(box!.y + box!.height).toBeLessThanOrEqual(scroller!.y + scroller!.height + 1);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await focusedCell(page)).issue).toBe(issue);
    await page.context().close();
  });

  test('on a phone, a long issue name stops at three lines, still whole for screen readers', async () => {
    const page = await open('', PHONE);
    const label = story.issues[0]!.label;
    const header = page.getByRole('rowheader', { name: label });
    await expect(header.count()).resolves.toBe(1);
    const shown = await header.locator('.issue-label').evaluate((element) => ({
      text: element.textContent,
      height: element.getBoundingClientRect().height,
      lines: element.scrollHeight / parseFloat(getComputedStyle(element).lineHeight),
      lineHeight: parseFloat(getComputedStyle(element).lineHeight),
    }));
    expect(shown.text).toBe(label);
    // The name is long enough to need more lines at this width, and shows three of them.
    expect(shown.lines).toBeGreaterThan(3.5);
    expect(shown.height).toBeLessThanOrEqual(3 * shown.lineHeight + 1);
    expect(shown.height).toBeGreaterThan(2.5 * shown.lineHeight);
    await page.context().close();
  });

  test('on a phone, the cell a reader opens is scrolled clear of the sheet that opens over it', async () => {
    const page = await open('', PHONE);
    const scroller = page.locator('.scroller');
    await scroller.evaluate((box) => box.scrollIntoView({ block: 'end' }));
    // The lowest cell in view in the grid's first column: the sheet will rise over it.
    const cell = page.locator('[role=gridcell][aria-colindex="2"]').filter({ visible: true });
    const target = cell.nth((await cell.count()) - 3);
    const name = (await target.getAttribute('aria-label'))!;
    await target.click();
    await page.locator('.panel-area').getByRole('button', { name: 'Close' }).waitFor();
    await page.waitForTimeout(300);
    const opened = page.getByRole('gridcell', { name, exact: true });
    const cellBox = (await opened.boundingBox())!;
    const sheetBox = (await page.locator('.panel-area').boundingBox())!;
    expect(cellBox.y + cellBox.height).toBeLessThanOrEqual(sheetBox.y + 1);
    expect(cellBox.y).toBeGreaterThanOrEqual(-1);
    await page.context().close();
  });

  /** Indexes of the quote files the page has fetched, and of the issues whose rows are drawn. */
  async function quoteFiles(page: Page) {
    const fetched = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .flatMap((entry) => /\/quotes\/(\d+)\.json$/.exec(entry.name)?.[1] ?? [])
        .map(Number),
    );
    const drawn = await page
      .locator('[role=gridcell]')
      .evaluateAll((cells) => [...new Set(cells.map((cell) => cell.getAttribute('data-issue')))]);
    const indexOf = (id: string | null) => story.issues.findIndex((issue) => issue.id === id);
    const sorted = (numbers: number[]) => [...new Set(numbers)].sort((a, b) => a - b);
    return { fetched: sorted(fetched), drawn: sorted(drawn.map(indexOf)) };
  }

  test('once idle, the page fetches the quotes of the rows it draws, and only those', async () => {
    const page = await open();
    const matches = async () => {
      const { fetched, drawn } = await quoteFiles(page);
      return fetched.length > 0 && fetched.join() === drawn.join();
    };
    await expect.poll(matches).toBe(true);
    expect((await quoteFiles(page)).fetched.length).toBeLessThan(SIZE / 2);
    await page.locator('.scroller').evaluate((box) => {
      box.scrollTop = box.scrollHeight;
    });
    await expect.poll(async () => (await quoteFiles(page)).fetched).toContain(SIZE - 1);
    await page.context().close();
  });

  test('a reader who asked to save data gets no quotes before reaching for a cell', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.addInitScript(
      "Object.defineProperty(navigator, 'connection', { value: { saveData: true } })",
    );
    await page.goto(site.url, { waitUntil: 'load' });
    await hydrated(page);
    await page.waitForTimeout(1000);
    expect((await quoteFiles(page)).fetched).toEqual([]);
    await page.locator('[role=gridcell]').first().click();
    await expect.poll(async () => (await quoteFiles(page)).fetched.length).toBe(1);
    await context.close();
  });

  test('axe finds no violations in the windowed grid, scrolled or not', async () => {
    const page = await open();
    const first = await new AxeBuilder({ page }).include('[role=grid]').analyze();
    expect(first.violations).toEqual([]);
    await page.locator('.scroller').evaluate((box) => {
      box.scrollTop = 1500;
      box.scrollLeft = 1500;
    });
    await page.waitForTimeout(100);
    const scrolled = await new AxeBuilder({ page }).include('[role=grid]').analyze();
    expect(scrolled.violations).toEqual([]);
    await page.context().close();
  });
});
