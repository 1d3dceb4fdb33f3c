import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  cellAt,
  DESKTOP,
  hashOf,
  panelFor,
  PHONE,
  showsChangedDot,
  textOf,
  useSite,
} from './fixtures';

const site = useSite();

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const TRUMP_LATEST =
  'Donald Trump on Ceasefire first: opposes, 2 quotes, less certain: paraphrase only';

function slider(page: Page) {
  return page.getByRole('slider', { name: 'Show positions as of', exact: true });
}

function rowHeader(page: Page, label: string) {
  return page.getByRole('rowheader', { name: new RegExp(`^${label}`) });
}

async function nameOf(page: Page, actor: string, issue: string) {
  return cellAt(page, actor, issue).getAttribute('aria-label');
}

describe('positions over time', () => {
  test('the date control changes the Trump/ceasefire cell and keeps the date in the hash', async () => {
    const { page } = await site.open();
    expect(await nameOf(page, 'trump', 'ceasefire-first')).toBe(TRUMP_LATEST);
    expect(await showsChangedDot(cellAt(page, 'trump', 'ceasefire-first'))).toBe(false);
    expect(await slider(page).getAttribute('aria-valuetext')).toBe('Aug 17, 2025');
    const entries = await page.evaluate(() => history.length);

    // Home takes the slider to its first step: the earliest dated position, nothing before it.
    await slider(page).focus();
    await page.keyboard.press('Home');
    // The controls' code comes on first use (an island, islands.test.ts): their first answer is
    // waited for.
    await expect.poll(() => slider(page).getAttribute('aria-valuetext')).toBe('Aug 14, 2025');
    expect(await nameOf(page, 'trump', 'ceasefire-first')).toBe(
      'Donald Trump on Ceasefire first: supports, 2 quotes, less certain: paraphrase only',
    );
    expect(await nameOf(page, 'putin', 'ceasefire-first')).toBe(
      'Vladimir Putin on Ceasefire first: no known position',
    );
    await expect.poll(() => hashOf(page)).toBe('#date=2025-08-14');

    await page.getByRole('button', { name: 'Next date', exact: true }).click();
    expect(await nameOf(page, 'trump', 'ceasefire-first')).toBe(
      `${TRUMP_LATEST}, changed since Aug 14, 2025: was supports`,
    );
    const cell = cellAt(page, 'trump', 'ceasefire-first');
    expect(await showsChangedDot(cell)).toBe(true);
    expect(await textOf(cell)).toBe('Opposes was supports');
    await expect.poll(() => hashOf(page)).toBe('#date=2025-08-15');

    await page.getByRole('button', { name: 'Latest', exact: true }).click();
    expect(await nameOf(page, 'trump', 'ceasefire-first')).toBe(TRUMP_LATEST);
    await expect.poll(() => hashOf(page)).toBe('');
    // Moving the date replaced the history entry each time; it added none.
    expect(await page.evaluate(() => history.length)).toBe(entries);
  });

  test('a #date=…&actor=…&issue=… link restores the date and the panel', async () => {
    const { page } = await site.open('#date=2025-08-14&actor=trump&issue=ceasefire-first');
    const panel = panelFor(page, 'trump', 'ceasefire-first');
    await panel.waitFor();
    expect(await slider(page).getAttribute('aria-valuetext')).toBe('Aug 14, 2025');
    expect(await cellAt(page, 'trump', 'ceasefire-first').getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(await textOf(panel.locator('.state.current .badge'))).toBe('Current on Aug 14, 2025');
    expect(await textOf(panel.locator('.state.current h4'))).toBe('Supports');

    // Opening another cell keeps the date and adds a history entry; Back returns.
    await cellAt(page, 'rubio', 'ceasefire-first').click();
    await panelFor(page, 'rubio', 'ceasefire-first').waitFor();
    await expect
      .poll(() => hashOf(page))
      .toBe('#date=2025-08-14&actor=rubio&issue=ceasefire-first');
    await page.goBack();
    await panel.waitFor();
    await expect
      .poll(() => hashOf(page))
      .toBe('#date=2025-08-14&actor=trump&issue=ceasefire-first');
  });
});

describe('comparing two actors', () => {
  test('marks where the pair agree and differ, highlights their columns, and keeps the pair in the hash', async () => {
    const { page } = await site.open();
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const first = page.getByRole('combobox', { name: 'Compare', exact: true });
    const second = page.getByRole('combobox', { name: 'with', exact: true });
    await first.selectOption('zelenskyy');
    await second.selectOption('witkoff');
    await expect.poll(() => hashOf(page)).toBe('#compare=zelenskyy,witkoff');
    expect(await textOf(rowHeader(page, '“Article 5-like” guarantees'))).toMatch(/ Agree$/);
    expect(await textOf(rowHeader(page, 'Ceding unoccupied land'))).toMatch(/ One unknown$/);
    await page
      .getByText('Agree on 2 issues, one unknown on 1 issue, both unknown on 1 issue', {
        exact: true,
      })
      .waitFor();

    await first.selectOption('trump');
    await second.selectOption('rubio');
    await expect.poll(() => hashOf(page)).toBe('#compare=trump,rubio');
    expect(await textOf(rowHeader(page, 'Ceasefire first'))).toMatch(/ Differ$/);
    const compared = page.locator('[role=grid] td.compared');
    expect(await compared.count()).toBe(8);
    expect(
      new Set(await compared.evaluateAll((cells) => cells.map((cell) => cell.dataset.actor))),
    ).toEqual(new Set(['trump', 'rubio']));
  });

  test('a #compare= link restores the comparison', async () => {
    const { page } = await site.open('#compare=trump,rubio');
    await page.getByText('Differ on 1 issue, both unknown on 3 issues', { exact: true }).waitFor();
    expect(await textOf(rowHeader(page, 'Ceasefire first'))).toMatch(/ Differ$/);
  });
});

describe('searching the quotes', () => {
  test('finds a quote, highlights the match and opens its cell', async () => {
    const { page } = await site.open();
    await page.getByRole('searchbox', { name: 'Search quotes' }).fill('robust security');
    await page.getByText('5 results', { exact: true }).waitFor();
    const result = page
      .getByRole('button', { name: /^Vladimir Putin on “Article 5-like” guarantees, Aug 17/ })
      .first();
    expect(await textOf(result.locator('mark'))).toBe('robust security');
    await result.click();
    await panelFor(page, 'putin', 'security-guarantees').waitFor();
    await expect.poll(() => hashOf(page)).toBe('#actor=putin&issue=security-guarantees');
  });

  test('when the search’s code cannot be fetched it says to reload the page', async () => {
    const { page, errors } = await site.open();
    await page.route('**/quote-search-*.js', (route) => route.abort());
    await page.getByRole('searchbox', { name: 'Search quotes' }).fill('robust security');
    await page
      .getByRole('status')
      .getByText('The search could not be loaded. Reload the page to try again.', { exact: true })
      .waitFor();
    expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    expect(errors.splice(0)).toEqual(['console.error: Failed to load resource: net::ERR_FAILED']);
  });
});

describe.each([
  ['360 px', PHONE],
  ['1280 px', DESKTOP],
] as const)('accessibility of the controls at %s', (_name, viewport) => {
  test('axe finds no violations with the date moved, a comparison, filters and search results', async () => {
    const { page } = await site.open(
      '#date=2025-08-15&actor=trump&issue=ceasefire-first&compare=trump,rubio',
      viewport,
    );
    await panelFor(page, 'trump', 'ceasefire-first').waitFor();
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await page.getByRole('checkbox', { name: 'Europe', exact: true }).uncheck();
    await page.getByText('1 actor hidden', { exact: true }).waitFor();
    await page.getByRole('searchbox', { name: 'Search quotes' }).fill('ceasefire');
    await page.getByText(/^\d+ results$/).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      viewport.width,
    );

    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(results.passes.length).toBeGreaterThan(20);
    expect(
      results.violations.map((violation) => ({
        rule: violation.id,
        nodes: violation.nodes.map((node) => node.target.join(' ')),
      })),
    ).toEqual([]);
  });
});
