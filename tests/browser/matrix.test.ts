import type { Locator } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  anyPanel,
  cellAt,
  COLUMN_IDS,
  hashOf,
  hydrated,
  isFocused,
  panelFor,
  PHONE,
  ROW_IDS,
  textOf,
  useSite,
} from './fixtures';

const site = useSite();

describe('the matrix', () => {
  test('shows every issue as a row and every actor as a column, each cell named in words', async () => {
    const { page } = await site.open();
    const grid = page.getByRole('grid', {
      name: 'Positions on each issue, by actor. Select a cell to read the quotes behind it.',
      exact: true,
    });
    // Each row header names the issue, then its common ground in words (counts for screen readers).
    const rowHeaders = await grid.getByRole('rowheader').allTextContents();
    expect(rowHeaders.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual([
      '“Article 5-like” guarantees Consensus (Supports: 3)',
      'Ceding unoccupied land Too few positions (Opposes: 1)',
      'Ceasefire first Unsettled (Unclear or mixed: 1, Opposes: 2)',
      'US role in guarantees Consensus (Supports: 3)',
    ]);
    // Compared by accessible name, in order: a visual short name may be hidden from it.
    const columnHeaders = [
      'Issue',
      'Ukraine',
      'United States',
      'Russia',
      'Europe',
      'Volodymyr Zelenskyy',
      'Donald Trump',
      'Steve Witkoff',
      'Marco Rubio',
      'Vladimir Putin',
      'Ursula von der Leyen',
    ];
    const headers = grid.getByRole('columnheader');
    expect(await headers.count()).toBe(columnHeaders.length);
    for (const [position, name] of columnHeaders.entries()) {
      const named = grid.getByRole('columnheader', { name, exact: true });
      expect(await headers.nth(position).and(named).count(), name).toBe(1);
    }
    expect(await grid.getByRole('gridcell').count()).toBe(ROW_IDS.length * COLUMN_IDS.length);

    const named = (name: string) => grid.getByRole('gridcell', { name, exact: true });
    // Backed by paraphrases alone, so drawn (and named) as less certain.
    const trump = named(
      'Donald Trump on Ceasefire first: opposes, 2 quotes, less certain: paraphrase only',
    );
    expect(await trump.getAttribute('data-actor')).toBe('trump');
    expect(await trump.getAttribute('data-issue')).toBe('ceasefire-first');
    const rubio = named('Marco Rubio on Ceding unoccupied land: no known position');
    expect(await rubio.getAttribute('data-actor')).toBe('rubio');
    expect(await named('Steve Witkoff on US role in guarantees: supports, 1 quote').count()).toBe(
      1,
    );
    expect(await named('Marco Rubio on Ceasefire first: unclear or mixed, 3 quotes').count()).toBe(
      1,
    );

    expect(await grid.locator('td[aria-selected="true"]').count()).toBe(0);
    expect(await anyPanel(page).count()).toBe(0);
  });

  test('clicking a cell opens a panel listing its quotes and how the position changed', async () => {
    const { page } = await site.open();
    const cell = cellAt(page, 'trump', 'ceasefire-first');
    await cell.click();

    const panel = panelFor(page, 'trump', 'ceasefire-first');
    await panel.waitFor();
    const heading = panel.getByRole('heading', { level: 2 });
    expect(await textOf(heading)).toBe('Donald Trump on Ceasefire first');
    await expect.poll(() => isFocused(heading)).toBe(true);
    const text = await textOf(panel);
    expect(text).toContain('U.S. President');
    expect(text).toContain('Should a ceasefire come before a comprehensive peace deal?');

    // The current position: opposes since the Anchorage summit, with its two paraphrases.
    expect(
      await panel.getByRole('heading', { level: 3, name: 'Opposes', exact: true }).count(),
    ).toBe(1);
    // Once in the at-a-glance trail (“Supports, Aug 14 → Opposes, Aug 15”), once on the position.
    expect(await panel.locator('time[datetime="2025-08-15"]').count()).toBe(2);
    expect(await textOf(panel.locator('.trail'))).toBe(
      'Positions over time: Supports, Aug 14, 2025 → Opposes, Aug 15, 2025',
    );
    expect(text).toContain(
      'At the Anchorage summit with Putin, Trump moved from pressing for a ceasefire to pushing for a comprehensive peace agreement.',
    );
    const evidenceLists = panel.getByRole('list', { name: 'Evidence', exact: true });
    expect(await evidenceLists.count()).toBe(2);
    const current = evidenceLists.first().getByRole('listitem');
    expect(await current.count()).toBe(2);
    expect(await textOf(current.nth(0).locator('.kind'))).toBe('Paraphrase');
    expect(await textOf(current.nth(0))).toContain(
      'The upcoming meeting follows Trump’s summit with Russian President Vladimir Putin in Anchorage on Friday',
    );
    expect(await textOf(current.nth(0))).toContain('Source article');
    expect(await textOf(current.nth(1))).toContain(
      'While Trump is pushing for a formal peace deal',
    );

    // The earlier position, under its own heading.
    expect(
      await panel
        .getByRole('heading', { level: 3, name: 'How this position changed', exact: true })
        .count(),
    ).toBe(1);
    const earlier = panel.locator('ol > li');
    expect(await earlier.count()).toBe(1);
    expect(await textOf(earlier.getByRole('heading', { level: 4 }))).toBe('Supports');
    expect(await earlier.locator('time[datetime="2025-08-14"]').count()).toBe(1);
    expect(await textOf(earlier)).toContain(
      'Until the Anchorage summit with Putin, Trump was pressing for a ceasefire.',
    );
    expect(
      await earlier.getByRole('list', { name: 'Evidence' }).getByRole('listitem').count(),
    ).toBe(2);

    // The cell is marked as the open one, and the URL says which cell is open.
    expect(await cell.getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('[role=grid] td[aria-selected="true"]').count()).toBe(1);
    await expect.poll(() => hashOf(page)).toBe('#actor=trump&issue=ceasefire-first');
  });

  test('the panel names each kind of evidence in words, with its outlet', async () => {
    const { page } = await site.open();

    await cellAt(page, 'putin', 'security-guarantees').click();
    const putin = panelFor(page, 'putin', 'security-guarantees');
    await putin.waitFor();
    const reported = putin.getByRole('listitem');
    expect(await reported.count()).toBe(2);
    expect(await textOf(reported.nth(0).locator('.kind'))).toBe(
      'Reported by Steve Witkoff, to CNN, about Vladimir Putin',
    );
    expect(await textOf(reported.nth(0))).toContain('“robust security guarantees”');
    expect(await textOf(reported.nth(0))).toContain('CNN');

    await cellAt(page, 'zelenskyy', 'unoccupied-territory').click();
    const zelenskyy = panelFor(page, 'zelenskyy', 'unoccupied-territory');
    await zelenskyy.waitFor();
    const items = zelenskyy.getByRole('listitem');
    expect(await items.count()).toBe(2);
    expect(await textOf(items.nth(0).locator('.kind'))).toBe('Paraphrase');
    expect(await textOf(items.nth(1).locator('.kind'))).toBe('Direct quote');
    expect(await textOf(items.nth(1))).toContain(
      '“has been unable to take it for 12 years, and the constitution of Ukraine makes it impossible … to give up territory or trade land”',
    );
    expect(await textOf(items.nth(1))).toContain('Politico');

    // Only one panel at a time, and only the open cell is selected.
    expect(await anyPanel(page).count()).toBe(1);
    expect(await cellAt(page, 'putin', 'security-guarantees').getAttribute('aria-selected')).toBe(
      'false',
    );
  });

  test('clicking an empty cell opens a panel saying no position is recorded', async () => {
    const { page } = await site.open();
    await cellAt(page, 'rubio', 'unoccupied-territory').click();
    const panel = panelFor(page, 'rubio', 'unoccupied-territory');
    await panel.waitFor();
    expect(await textOf(panel)).toContain(
      'The sources for this story record no position for Marco Rubio on Ceding unoccupied land.',
    );
    expect(await panel.getByRole('list').count()).toBe(0);
    await expect.poll(() => hashOf(page)).toBe('#actor=rubio&issue=unoccupied-territory');
  });

  test('the Close button closes the panel, clears the hash and returns focus to the cell', async () => {
    const { page } = await site.open();
    const cell = cellAt(page, 'witkoff', 'us-role-in-guarantees');
    await cell.click();
    await panelFor(page, 'witkoff', 'us-role-in-guarantees')
      .getByRole('button', { name: 'Close', exact: true })
      .click();
    await anyPanel(page).waitFor({ state: 'detached' });
    await expect.poll(() => isFocused(cell)).toBe(true);
    expect(await cell.getAttribute('aria-selected')).toBe('false');
    await expect.poll(() => hashOf(page)).toBe('');
    await page.getByRole('heading', { name: 'Select a cell', exact: true }).waitFor();
  });

  test('on a touch screen, a tapped cell is not left shaded as if hovered once its panel closes', async () => {
    const { page } = await site.open('', PHONE, { touch: true });
    const tapped = cellAt(page, 'witkoff', 'us-role-in-guarantees');
    const background = (cell: Locator) =>
      cell.evaluate((td) => getComputedStyle(td).backgroundColor);
    await tapped.tap();
    await panelFor(page, 'witkoff', 'us-role-in-guarantees').waitFor();
    // Android's Back button: the tap's point stays where it was.
    await page.goBack();
    await anyPanel(page).waitFor({ state: 'detached' });
    expect(await background(tapped)).toBe(
      await background(cellAt(page, 'rubio', 'us-role-in-guarantees')),
    );
  });

  test('double-clicking a cell opens it without selecting its words, as a button would', async () => {
    const { page } = await site.open();
    await cellAt(page, 'zelenskyy', 'security-guarantees').dblclick();
    await panelFor(page, 'zelenskyy', 'security-guarantees').waitFor();
    expect(await page.evaluate(() => getSelection()?.toString())).toBe('');
  });

  test("the story's own page under the sub-path works the same way", async () => {
    const { page } = await site.open('white-house-talks/');
    expect(new URL(page.url()).pathname).toBe('/graphics/2025/talks/white-house-talks/');
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(
      'Where the parties stand before the Zelenskyy–Trump White House meeting',
    );
    await cellAt(page, 'putin', 'ceasefire-first').click();
    await panelFor(page, 'putin', 'ceasefire-first').waitFor();
    await expect.poll(() => hashOf(page)).toBe('#actor=putin&issue=ceasefire-first');
  });
});

describe('when the panel’s code cannot be fetched', () => {
  test.each([
    ['1280 px', { width: 1280, height: 900 }],
    ['360 px', { width: 360, height: 780 }],
  ])('an opened cell says so at %s, and Close closes it', async (_name, viewport) => {
    const { page, errors } = await site.open('', viewport);
    // From the start: once idle, the page fetches the panel's code before any click.
    await page.route('**/assets/Panel-*.js', (route) => route.abort());
    await page.reload();
    await hydrated(page);
    await cellAt(page, 'trump', 'ceasefire-first').click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      'This cell’s quotes could not be shown: the page did not finish loading. Reload it to try again.',
    );
    expect(await alert.isVisible()).toBe(true);
    await expect.poll(() => hashOf(page)).toBe('#actor=trump&issue=ceasefire-first');
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await alert.waitFor({ state: 'detached' });
    await expect.poll(() => hashOf(page)).toBe('');
    expect(await anyPanel(page).count()).toBe(0);
    expect(new Set(errors.splice(0))).toEqual(
      new Set(['console.error: Failed to load resource: net::ERR_FAILED']),
    );
  });
});
