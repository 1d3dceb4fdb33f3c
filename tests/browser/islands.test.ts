import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { cellAt, hashOf, holdScripts, useSite } from './fixtures';

const site = useSite();

/** The module with the islands' code (`src/lib/island-roots.ts`). */
const ISLAND_CODE = '**/assets/island-roots-*.js';

function islandCodeLoaded(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .some((entry) => /\/island-roots-[\w-]+\.js$/.test(entry.name)),
  );
}

function islandHydrated(page: Page, name: string): Promise<boolean> {
  return page.evaluate(
    (mark) => performance.getEntriesByName(mark).length > 0,
    `standpoint:island:${name}`,
  );
}

function compareButton(page: Page) {
  return page.getByRole('button', { name: 'Compare', exact: true });
}

function slider(page: Page) {
  return page.getByRole('slider', { name: 'Show positions as of', exact: true });
}

describe('the controls and tools hydrate apart, when a reader reaches for them', () => {
  test('a page a reader only reads and clicks cells in never loads their code', async () => {
    const { page } = await site.open();
    await cellAt(page, 'trump', 'ceasefire-first').click();
    await page.getByRole('region', { name: /^Donald Trump on Ceasefire first/ }).waitFor();
    await page.waitForTimeout(1000);
    expect(await islandCodeLoaded(page)).toBe(false);
    // Prerendered, they are on the page all the same.
    expect(await compareButton(page).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Data (CSV)', exact: true }).isVisible()).toBe(
      true,
    );
  });

  test('a click made before their code arrived is answered once it has, on the same button', async () => {
    const { page } = await site.open();
    const release = await holdScripts(page, ISLAND_CODE);
    await page.evaluate(() => {
      const noted = window as unknown as Record<string, Element | null>;
      noted.prerenderedCompare = document.querySelector('[aria-controls$="-compare"]');
    });
    await compareButton(page).click();
    expect(await compareButton(page).getAttribute('aria-expanded')).toBe('false');
    release();
    await expect.poll(() => compareButton(page).getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('combobox', { name: 'Compare', exact: true }).waitFor();
    // Toggled once, not twice: the click is answered by the replay or by the hydrated page.
    await page.waitForTimeout(200);
    expect(await compareButton(page).getAttribute('aria-expanded')).toBe('true');
    expect(
      await page.evaluate(() => {
        const noted = window as unknown as Record<string, Element | null>;
        return noted.prerenderedCompare === document.querySelector('[aria-controls$="-compare"]');
      }),
    ).toBe(true);
  });

  test('a date chosen with the keyboard before their code arrived is shown', async () => {
    const { page } = await site.open();
    const release = await holdScripts(page, ISLAND_CODE);
    await slider(page).focus();
    await page.keyboard.press('Home');
    expect(await islandHydrated(page, 'controls')).toBe(false);
    release();
    await expect.poll(() => slider(page).getAttribute('aria-valuetext')).toBe('Aug 14, 2025');
    expect(await cellAt(page, 'putin', 'ceasefire-first').getAttribute('aria-label')).toBe(
      'Vladimir Putin on Ceasefire first: no known position',
    );
    await expect.poll(() => hashOf(page)).toBe('#date=2025-08-14');
  });

  test('words typed into the search before its code arrived are searched for', async () => {
    const { page } = await site.open();
    const release = await holdScripts(page, ISLAND_CODE);
    await page.getByRole('searchbox', { name: 'Search quotes' }).fill('thankful');
    release();
    await page.getByText('1 result', { exact: true }).waitFor();
  });

  test('a link to another view has the controls hydrated with the page, and show it', async () => {
    const { page } = await site.open('#date=2025-08-15&compare=zelenskyy,trump');
    expect(await islandHydrated(page, 'controls')).toBe(true);
    await expect.poll(() => slider(page).getAttribute('aria-valuetext')).toBe('Aug 15, 2025');
    expect(await compareButton(page).getAttribute('aria-expanded')).toBe('true');
  });

  test('a view asked for later, by a new hash or Back, wakes the controls so they show it', async () => {
    const { page } = await site.open();
    expect(await islandHydrated(page, 'controls')).toBe(false);
    await page.evaluate(() => (location.hash = '#date=2025-08-14&since=2025-08-14'));
    await expect.poll(() => slider(page).getAttribute('aria-valuetext')).toBe('Aug 14, 2025');
    expect(await islandCodeLoaded(page)).toBe(true);
    await page.goBack();
    await expect.poll(() => slider(page).getAttribute('aria-valuetext')).toBe('Aug 17, 2025');
  });

  test('pointing at the tools brings their code, and a download works from the first click', async () => {
    const { page } = await site.open();
    const button = page.getByRole('button', { name: 'Story (JSON)', exact: true });
    await button.hover();
    await expect.poll(() => islandHydrated(page, 'tools')).toBe(true);
    const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(file.suggestedFilename()).toBe('white-house-talks.json');
  });

  test('a page mounted afresh in another language shows every island in it at once', async () => {
    const { page } = await site.open('?lang=uk');
    // Mounted, not hydrated: nothing to wait for once the dashboard is there.
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Where the parties stand before the Zelenskyy–Trump White House meeting',
    );
    expect(await page.locator('.story-header .updated').textContent()).toMatch(/^Оновлено /);
    expect(await page.getByRole('button', { name: 'Порівняти', exact: true }).isVisible()).toBe(
      true,
    );
    expect(await page.getByRole('button', { name: 'Дані (CSV)', exact: true }).isVisible()).toBe(
      true,
    );
    await page.getByRole('button', { name: 'Порівняти', exact: true }).click();
    expect(
      await page
        .getByRole('button', { name: 'Порівняти', exact: true })
        .getAttribute('aria-expanded'),
    ).toBe('true');
  });

  test('the heading and the notes keep their prerendered markup and are never hydrated', async () => {
    const { page } = await site.open();
    await page.getByRole('heading', { level: 1 }).click();
    await page.waitForTimeout(500);
    expect(await islandHydrated(page, 'header')).toBe(false);
    expect(await islandHydrated(page, 'notes')).toBe(false);
    expect(await islandCodeLoaded(page)).toBe(false);
  });
});
