import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  anyPanel,
  cellAt,
  focusedCell,
  hashOf,
  isFocused,
  panelFor,
  tabStops,
  useSite,
} from './fixtures';

const site = useSite();

/** Presses a key, then waits until the given cell has focus and holds the only tab stop. */
async function pressAndExpectFocus(page: Page, key: string, actor: string, issue: string) {
  await page.keyboard.press(key);
  await expect
    .poll(() => focusedCell(page), { message: `${key} → ${actor} × ${issue}` })
    .toEqual({
      actor,
      issue,
    });
  expect(await tabStops(page)).toEqual([{ actor, issue }]);
}

/** Whether focus is anywhere inside the grid. */
function focusInGrid(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement?.closest('[role=grid]') != null);
}

describe('keyboard use of the matrix', () => {
  test('the grid is a single tab stop: Tab lands on its first cell and the next Tab leaves it', async () => {
    const { page } = await site.open();
    expect(await tabStops(page)).toEqual([{ actor: 'zelenskyy', issue: 'security-guarantees' }]);

    // Tab from the top of the page until focus enters the grid (there may be links before it).
    for (let presses = 0; presses < 20 && !(await focusInGrid(page)); presses++) {
      await page.keyboard.press('Tab');
    }
    expect(await focusedCell(page)).toEqual({ actor: 'zelenskyy', issue: 'security-guarantees' });

    await page.keyboard.press('Tab');
    expect(await focusInGrid(page)).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect(await focusedCell(page)).toEqual({ actor: 'zelenskyy', issue: 'security-guarantees' });
  });

  test('arrow keys move one cell and stop at the edges; Home/End and Ctrl+Home/Ctrl+End jump', async () => {
    const { page } = await site.open();
    await cellAt(page, 'zelenskyy', 'security-guarantees').focus();

    await pressAndExpectFocus(page, 'ArrowUp', 'zelenskyy', 'security-guarantees');
    await pressAndExpectFocus(page, 'ArrowLeft', 'zelenskyy', 'security-guarantees');
    await pressAndExpectFocus(page, 'ArrowRight', 'trump', 'security-guarantees');
    await pressAndExpectFocus(page, 'ArrowDown', 'trump', 'unoccupied-territory');
    await pressAndExpectFocus(page, 'End', 'von-der-leyen', 'unoccupied-territory');
    await pressAndExpectFocus(page, 'ArrowRight', 'von-der-leyen', 'unoccupied-territory');
    await pressAndExpectFocus(page, 'ArrowLeft', 'putin', 'unoccupied-territory');
    await pressAndExpectFocus(page, 'Home', 'zelenskyy', 'unoccupied-territory');
    await pressAndExpectFocus(page, 'Control+End', 'von-der-leyen', 'us-role-in-guarantees');
    await pressAndExpectFocus(page, 'ArrowDown', 'von-der-leyen', 'us-role-in-guarantees');
    await pressAndExpectFocus(page, 'ArrowUp', 'von-der-leyen', 'ceasefire-first');
    await pressAndExpectFocus(page, 'Control+Home', 'zelenskyy', 'security-guarantees');

    // Moving focus opens nothing.
    expect(await anyPanel(page).count()).toBe(0);
    await expect.poll(() => hashOf(page)).toBe('');
  });

  test('Enter opens the focused cell and moves focus to the panel heading; Escape closes it and returns focus to the cell', async () => {
    const { page } = await site.open();
    await cellAt(page, 'zelenskyy', 'security-guarantees').focus();
    await pressAndExpectFocus(page, 'ArrowRight', 'trump', 'security-guarantees');
    await pressAndExpectFocus(page, 'ArrowDown', 'trump', 'unoccupied-territory');
    await pressAndExpectFocus(page, 'ArrowDown', 'trump', 'ceasefire-first');

    await page.keyboard.press('Enter');
    const panel = panelFor(page, 'trump', 'ceasefire-first');
    await panel.waitFor();
    await expect
      .poll(() => isFocused(panel.getByRole('heading', { level: 2, name: /Donald Trump/ })))
      .toBe(true);
    await expect.poll(() => hashOf(page)).toBe('#actor=trump&issue=ceasefire-first');
    const cell = cellAt(page, 'trump', 'ceasefire-first');
    expect(await cell.getAttribute('aria-selected')).toBe('true');
    expect(await tabStops(page)).toEqual([{ actor: 'trump', issue: 'ceasefire-first' }]);

    await page.keyboard.press('Escape');
    await anyPanel(page).waitFor({ state: 'detached' });
    await expect
      .poll(() => focusedCell(page))
      .toEqual({ actor: 'trump', issue: 'ceasefire-first' });
    expect(await cell.getAttribute('aria-selected')).toBe('false');
    expect(await tabStops(page)).toEqual([{ actor: 'trump', issue: 'ceasefire-first' }]);
    await expect.poll(() => hashOf(page)).toBe('');

    // The arrow keys carry on from where the reader was.
    await pressAndExpectFocus(page, 'ArrowRight', 'witkoff', 'ceasefire-first');
  });

  test('Space opens the focused cell too, and the tab stop follows the open cell', async () => {
    const { page } = await site.open();
    await cellAt(page, 'zelenskyy', 'security-guarantees').focus();
    await pressAndExpectFocus(page, 'Control+End', 'von-der-leyen', 'us-role-in-guarantees');
    // Moving focus may scroll the cell into view; Space itself must not scroll the page.
    const scrolledBefore = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('Space');
    await panelFor(page, 'von-der-leyen', 'us-role-in-guarantees').waitFor();
    await expect.poll(() => hashOf(page)).toBe('#actor=von-der-leyen&issue=us-role-in-guarantees');
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolledBefore);

    // Tabbing back from the panel into the grid lands on the open cell.
    await page.keyboard.press('Shift+Tab');
    expect(await focusedCell(page)).toEqual({
      actor: 'von-der-leyen',
      issue: 'us-role-in-guarantees',
    });
    expect(await tabStops(page)).toEqual([
      { actor: 'von-der-leyen', issue: 'us-role-in-guarantees' },
    ]);
  });
});
