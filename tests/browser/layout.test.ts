import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  anyPanel,
  boxOf,
  cellAt,
  COLUMN_IDS,
  DESKTOP,
  isFocused,
  panelFor,
  PHONE,
  ROW_IDS,
  useSite,
} from './fixtures';

const site = useSite();

/** How wide the page's content is: more than the viewport means the page scrolls sideways. */
function pageScrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

describe('on a 360 px phone', () => {
  test('the page never scrolls sideways; the matrix scrolls inside its own box', async () => {
    const { page } = await site.open('', PHONE);
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    const scroller = await page.locator('.scroller').evaluate((element) => ({
      scrollWidth: element.scrollWidth,
      clientWidth: element.clientWidth,
    }));
    // Six actor columns do not fit in 360 px, so the matrix itself must scroll.
    expect(scroller.scrollWidth).toBeGreaterThan(scroller.clientWidth);
    // Columns never get narrower than a touch target.
    const cell = await boxOf(cellAt(page, 'trump', 'ceasefire-first'));
    expect(cell.width).toBeGreaterThanOrEqual(44);
    expect(cell.height).toBeGreaterThanOrEqual(44);
  });

  test('every cell can be scrolled into view and tapped to open its panel', async () => {
    const { page } = await site.open('', PHONE);
    for (const issue of ROW_IDS) {
      for (const actor of COLUMN_IDS) {
        // Playwright scrolls the cell into view and fails if anything (the sticky issue
        // column, the open sheet) would take the click instead.
        await cellAt(page, actor, issue).click({ timeout: 5_000 });
        await panelFor(page, actor, issue).waitFor({ timeout: 5_000 });
        expect(await anyPanel(page).count()).toBe(1);
      }
    }
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    expect(await page.evaluate(() => window.scrollX)).toBe(0);
  });

  test('the open panel is a bottom sheet inside the viewport whose Close button works', async () => {
    const { page } = await site.open('', PHONE);
    const cell = cellAt(page, 'trump', 'ceasefire-first');
    await cell.click();
    const panel = panelFor(page, 'trump', 'ceasefire-first');
    await panel.waitFor();
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(PHONE.width);

    const sheet = await boxOf(page.locator('.panel-area'));
    expect(sheet.x).toBe(0);
    expect(sheet.right).toBe(PHONE.width);
    expect(sheet.bottom).toBe(PHONE.height);
    expect(sheet.y).toBeGreaterThan(0);
    // At most 60 % of the screen, so the matrix stays in sight above it.
    expect(sheet.height).toBeLessThanOrEqual(PHONE.height * 0.6 + 1);
    // While it is open, the page's scroll padding keeps a cell scrolled to clear of it.
    const scrollPadding = () =>
      page.evaluate(() => getComputedStyle(document.documentElement).scrollPaddingBottom);
    expect(parseFloat(await scrollPadding())).toBeGreaterThanOrEqual(sheet.height);

    const close = panel.getByRole('button', { name: 'Close', exact: true });
    const closeBox = await boxOf(close);
    expect(closeBox.x).toBeGreaterThanOrEqual(0);
    expect(closeBox.right).toBeLessThanOrEqual(PHONE.width);
    expect(closeBox.y).toBeGreaterThanOrEqual(sheet.y);
    expect(closeBox.bottom).toBeLessThanOrEqual(PHONE.height);
    expect(closeBox.height).toBeGreaterThanOrEqual(44);

    await close.click({ timeout: 5_000 });
    await anyPanel(page).waitFor({ state: 'detached' });
    await expect.poll(() => isFocused(cell)).toBe(true);
    expect(await scrollPadding()).toBe('auto');
  });

  test('the issue names stay at the left edge when the matrix is scrolled sideways', async () => {
    const { page } = await site.open('', PHONE);
    const scroller = page.locator('.scroller');
    const rowHeader = page.getByRole('rowheader', {
      name: 'Ceasefire first Unsettled (Unclear or mixed: 1, Opposes: 2)',
      exact: true,
    });
    await rowHeader.scrollIntoViewIfNeeded();
    const before = await boxOf(rowHeader);
    const scrollerBox = await boxOf(scroller);

    const scrolledBy = await scroller.evaluate((element) => {
      element.scrollLeft = element.scrollWidth;
      return element.scrollLeft;
    });
    expect(scrolledBy).toBeGreaterThan(0);
    const after = await boxOf(rowHeader);
    // Sticky: the header has not moved, but for the pixel it tucks under the scroller's border
    // and the half pixel of a collapsed border.
    expect(Math.abs(after.x - before.x)).toBeLessThanOrEqual(1.5);
    // Tucked under the scroller's 1 px border: the collapsed border the header leaves behind
    // would otherwise be a strip where the scrolled cells show through.
    expect(Math.abs(after.x - scrollerBox.x)).toBeLessThanOrEqual(0.5);

    // The last actor's column is now in view, to the right of the sticky header, and the
    // header is painted above the cells that scrolled under it.
    const lastCell = await boxOf(cellAt(page, 'von-der-leyen', 'ceasefire-first'));
    expect(lastCell.x).toBeGreaterThanOrEqual(after.right - 1);
    expect(lastCell.right).toBeLessThanOrEqual(scrollerBox.right);
    const topmost = await page.evaluate(
      ([x, y]) =>
        document.elementFromPoint(x, y)?.closest('th')?.querySelector('.issue-label')?.textContent,
      [after.x + after.width / 2, after.y + after.height / 2] as const,
    );
    expect(topmost).toBe('Ceasefire first');
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
  });
});

describe('on a 1280 px desktop', () => {
  test('the panel sits to the right of the matrix, both in view without scrolling sideways', async () => {
    const { page } = await site.open('', DESKTOP);
    await page.getByRole('heading', { name: 'Select a cell', exact: true }).waitFor();

    await cellAt(page, 'trump', 'ceasefire-first').click();
    const panel = panelFor(page, 'trump', 'ceasefire-first');
    await panel.waitFor();
    const grid = await boxOf(page.getByRole('grid'));
    const panelBox = await boxOf(panel);
    expect(panelBox.x).toBeGreaterThanOrEqual(grid.right);
    expect(grid.x).toBeGreaterThanOrEqual(0);
    expect(panelBox.right).toBeLessThanOrEqual(DESKTOP.width);
    // Side by side: their tops are level, not stacked.
    expect(panelBox.y).toBeLessThan(grid.bottom);
    expect(panelBox.y).toBeLessThan(DESKTOP.height);
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(DESKTOP.width);

    // At this width the whole matrix fits: it does not scroll inside its box either.
    const scroller = await page.locator('.scroller').evaluate((element) => ({
      scrollWidth: element.scrollWidth,
      clientWidth: element.clientWidth,
    }));
    expect(scroller.scrollWidth).toBeLessThanOrEqual(scroller.clientWidth);
    expect(await page.locator('.panel-area').evaluate((el) => getComputedStyle(el).position)).toBe(
      'sticky',
    );
  });
});

/** Words of the actors' visible header names that the browser broke across two lines. */
function brokenHeaderWords(page: Page): Promise<string[]> {
  return page.locator('[role=grid] thead th.actor').evaluateAll((headers) =>
    headers.flatMap((header) => {
      const visible = [...header.querySelectorAll<HTMLElement>('.full-name, .short-name')].find(
        (name) => name.getClientRects().length > 0 && name.getBoundingClientRect().width > 1,
      );
      const text = (visible ?? header).firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE) return [];
      const words = [...(text.textContent ?? '').matchAll(/\S+/g)];
      return words.flatMap((word) => {
        const range = document.createRange();
        range.setStart(text, word.index);
        range.setEnd(text, word.index + word[0].length);
        return range.getClientRects().length > 1 ? [word[0]] : [];
      });
    }),
  );
}

describe.each(['', 'white-house-talks-uk/'])('the story page %s', (path) => {
  test.each([320, 360, 800, 900, 1024, 1280, 1440])(
    'at %i px no actor header breaks a word, on screen or on paper',
    async (width) => {
      const { page } = await site.open(path, { width, height: 900 });
      expect(await brokenHeaderWords(page)).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      expect(await brokenHeaderWords(page)).toEqual([]);
    },
  );
});

test('Ukrainian issue names and stance labels are hyphenated where the browser can, English ones are not', async () => {
  const hyphens = async (path: string) => {
    const { page } = await site.open(path, PHONE);
    return page
      .locator('[role=grid] .issue-label, [role=grid] .cell .label')
      .evaluateAll((labels) => [
        ...new Set(labels.map((label) => getComputedStyle(label).hyphens)),
      ]);
  };
  expect(await hyphens('white-house-talks-uk/')).toEqual(['auto']);
  expect(await hyphens('')).toEqual(['manual']);
});

test('a less certain cell is framed by dashes drawn in its mark, and nothing in the grid has a dashed CSS border or outline', async () => {
  const { page } = await site.open('', DESKTOP);
  const cells = await page.locator('[role=gridcell]').evaluateAll((elements) =>
    elements.map((cell) => {
      const frame = getComputedStyle(cell.querySelector('.stance-mark .frame')!);
      return {
        name: cell.getAttribute('aria-label') ?? '',
        framed: frame.display !== 'none',
        dashes: frame.strokeDasharray,
      };
    }),
  );
  expect(cells.filter((cell) => cell.framed).length).toBeGreaterThan(0);
  for (const cell of cells) {
    expect(cell.framed, cell.name).toBe(cell.name.includes('less certain'));
    if (cell.framed) expect(cell.dashes, cell.name).not.toBe('none');
  }
  // Dashed and dotted CSS borders and outlines took several times as long to raster as the same
  // dashes in SVG: scrolling a large grid rastered about twice as much (docs/performance-notes.md).
  const dashedBoxes = await page.locator('[role=grid] *').evaluateAll(
    (elements) =>
      elements.filter((element) => {
        const style = getComputedStyle(element);
        return [
          style.outlineStyle,
          style.borderTopStyle,
          style.borderRightStyle,
          style.borderBottomStyle,
          style.borderLeftStyle,
        ].some((line) => line === 'dashed' || line === 'dotted');
      }).length,
  );
  expect(dashedBoxes).toBe(0);
});

test('a cell with no known position draws a dashed tile a unit smaller on each side than a stance’s filled one', async () => {
  const { page } = await site.open('', DESKTOP);
  const tiles = await page.locator('[role=gridcell] .tile').evaluateAll((rects) =>
    rects.map((rect) => {
      const { x, y, width, height } = (rect as SVGRectElement).getBBox();
      const unknown = rect.closest('svg')!.classList.contains('unknown');
      return { unknown, box: [x, y, width, height] };
    }),
  );
  const boxes = (unknown: boolean) =>
    new Set(tiles.filter((tile) => tile.unknown === unknown).map((tile) => tile.box.join(' ')));
  expect(boxes(true)).toEqual(new Set(['1 1 14 14']));
  expect(boxes(false)).toEqual(new Set(['0.5 0.5 15 15']));
});

test('stance marks are drawn 26 px in the matrix, 20 in the key, 22 in the panel and 14 in its history’s trail', async () => {
  const { page } = await site.open('', DESKTOP);
  await cellAt(page, 'trump', 'ceasefire-first').click();
  const panel = panelFor(page, 'trump', 'ceasefire-first');
  await panel.waitFor();
  const sizes = (scope: string) =>
    page
      .locator(`${scope} .stance-mark`)
      .evaluateAll((marks) => [
        ...new Set(marks.map((mark) => `${mark.clientWidth}×${mark.clientHeight}`)),
      ]);
  expect(await sizes('[role=gridcell]')).toEqual(['26×26']);
  expect(await sizes('.legend')).toEqual(['20×20']);
  expect(await sizes('.panel .trail')).toEqual(['14×14']);
  expect(await sizes('.panel .position')).toEqual(['22×22']);
});
