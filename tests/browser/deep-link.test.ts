import { describe, expect, test } from 'vitest';
import {
  afterNextPaint,
  anyPanel,
  cellAt,
  hashOf,
  panelFor,
  PHONE,
  tabStops,
  useSite,
} from './fixtures';

const site = useSite();

describe('the open cell in the URL', () => {
  test('a link naming a cell opens its panel on load, and Back returns to it from the next cell', async () => {
    const { page } = await site.open('#actor=zelenskyy&issue=unoccupied-territory');
    await panelFor(page, 'zelenskyy', 'unoccupied-territory').waitFor();
    expect(await anyPanel(page).count()).toBe(1);
    const zelenskyy = cellAt(page, 'zelenskyy', 'unoccupied-territory');
    expect(await zelenskyy.getAttribute('aria-selected')).toBe('true');
    // The tab stop starts on the linked cell, so a keyboard reader continues from it.
    expect(await tabStops(page)).toEqual([{ actor: 'zelenskyy', issue: 'unoccupied-territory' }]);

    await cellAt(page, 'trump', 'ceasefire-first').click();
    await panelFor(page, 'trump', 'ceasefire-first').waitFor();
    await expect.poll(() => hashOf(page)).toBe('#actor=trump&issue=ceasefire-first');
    expect(await zelenskyy.getAttribute('aria-selected')).toBe('false');

    await page.goBack();
    await panelFor(page, 'zelenskyy', 'unoccupied-territory').waitFor();
    await expect.poll(() => hashOf(page)).toBe('#actor=zelenskyy&issue=unoccupied-territory');
    expect(await zelenskyy.getAttribute('aria-selected')).toBe('true');
    expect(await cellAt(page, 'trump', 'ceasefire-first').getAttribute('aria-selected')).toBe(
      'false',
    );
  });

  test('on a phone, a link scrolls its cell into view above the sheet the panel opens in', async () => {
    const { page } = await site.open('#actor=zelenskyy&issue=unoccupied-territory', PHONE);
    await panelFor(page, 'zelenskyy', 'unoccupied-territory').waitFor();
    const cell = cellAt(page, 'zelenskyy', 'unoccupied-territory');
    const sheet = page.locator('.panel-area');
    await expect
      .poll(async () => {
        const [cellBox, sheetBox] = [await cell.boundingBox(), await sheet.boundingBox()];
        return cellBox!.y >= 0 && cellBox!.y + cellBox!.height <= sheetBox!.y + 1;
      })
      .toBe(true);
  });

  test('every selection is a history entry: Back walks back through the cells, then closes the panel', async () => {
    const { page } = await site.open();
    await cellAt(page, 'zelenskyy', 'unoccupied-territory').click();
    await panelFor(page, 'zelenskyy', 'unoccupied-territory').waitFor();
    // The URL is written just after the panel paints.
    await expect.poll(() => hashOf(page)).toBe('#actor=zelenskyy&issue=unoccupied-territory');
    await cellAt(page, 'trump', 'ceasefire-first').click();
    await panelFor(page, 'trump', 'ceasefire-first').waitFor();
    await expect.poll(() => hashOf(page)).toBe('#actor=trump&issue=ceasefire-first');

    await page.goBack();
    await panelFor(page, 'zelenskyy', 'unoccupied-territory').waitFor();
    await expect.poll(() => hashOf(page)).toBe('#actor=zelenskyy&issue=unoccupied-territory');

    await page.goBack();
    await anyPanel(page).waitFor({ state: 'detached' });
    await expect.poll(() => hashOf(page)).toBe('');
    expect(await page.locator('[role=grid] td[aria-selected="true"]').count()).toBe(0);

    await page.goForward();
    await panelFor(page, 'zelenskyy', 'unoccupied-territory').waitFor();
    await expect.poll(() => hashOf(page)).toBe('#actor=zelenskyy&issue=unoccupied-territory');
  });

  test('clicking the open cell again adds no history entry', async () => {
    const { page } = await site.open();
    const cell = cellAt(page, 'putin', 'ceasefire-first');
    await cell.click();
    await panelFor(page, 'putin', 'ceasefire-first').waitFor();
    await expect.poll(() => hashOf(page)).toBe('#actor=putin&issue=ceasefire-first');
    const length = await page.evaluate(() => history.length);
    await cell.click();
    await afterNextPaint(page);
    expect(await page.evaluate(() => history.length)).toBe(length);
    expect(await hashOf(page)).toBe('#actor=putin&issue=ceasefire-first');
  });

  test('editing the hash by hand opens the cell it names', async () => {
    const { page } = await site.open();
    await page.evaluate(() => {
      location.hash = '#actor=putin&issue=us-role-in-guarantees';
    });
    await panelFor(page, 'putin', 'us-role-in-guarantees').waitFor();
    expect(await cellAt(page, 'putin', 'us-role-in-guarantees').getAttribute('aria-selected')).toBe(
      'true',
    );
  });

  test('a link naming an unknown actor opens nothing and throws no error', async () => {
    const { page, errors } = await site.open('#actor=nobody&issue=ceasefire-first');
    await page.getByRole('heading', { name: 'Select a cell', exact: true }).waitFor();
    expect(await anyPanel(page).count()).toBe(0);
    expect(await page.locator('[role=grid] td[aria-selected="true"]').count()).toBe(0);
    expect(await tabStops(page)).toEqual([{ actor: 'zelenskyy', issue: 'security-guarantees' }]);
    expect(errors).toEqual([]);

    // The page still works: a click opens a cell as usual.
    await cellAt(page, 'trump', 'ceasefire-first').click();
    await panelFor(page, 'trump', 'ceasefire-first').waitFor();
  });

  test('a link naming an unknown issue, or only an actor, opens nothing', async () => {
    for (const hash of [
      '#actor=trump&issue=nuclear-weapons',
      '#actor=trump',
      '#issue=ceasefire-first',
    ]) {
      const { page } = await site.open(hash);
      await page.getByRole('heading', { name: 'Select a cell', exact: true }).waitFor();
      expect(await anyPanel(page).count(), hash).toBe(0);
      expect(await page.locator('[role=grid] td[aria-selected="true"]').count(), hash).toBe(0);
    }
  });
});
