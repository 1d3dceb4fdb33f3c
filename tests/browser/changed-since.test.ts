import AxeBuilder from '@axe-core/playwright';
import { describe, expect, test } from 'vitest';
import { cellAt, DESKTOP, hashOf, PHONE, showsChangedDot, useSite } from './fixtures';

const site = useSite();

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

describe('what changed since', () => {
  test('a #since=2025-08-14 link marks the Trump/ceasefire-first cell as changed', async () => {
    const { page } = await site.open('#since=2025-08-14', DESKTOP);
    const cell = cellAt(page, 'trump', 'ceasefire-first');
    expect(await cell.getAttribute('aria-label')).toMatch(
      /, changed since Aug 14, 2025: was supports$/,
    );
    expect(await showsChangedDot(cell)).toBe(true);
    const select = page.getByRole('combobox', { name: 'What changed since', exact: true });
    expect(await select.inputValue()).toBe('2025-08-14');
    // The summary names the day; the count depends on the data, so only its shape is checked.
    const summary = page.locator('.since-control [role="status"]');
    expect(await summary.textContent()).toMatch(/^\d+ cells? changed since Aug 14, 2025/);
    await expect.poll(() => hashOf(page)).toBe('#since=2025-08-14');
  });

  test('choosing None clears the marks and the hash', async () => {
    const { page } = await site.open('#since=2025-08-14', DESKTOP);
    await page
      .getByRole('combobox', { name: 'What changed since', exact: true })
      .selectOption({ label: 'None' });
    await expect.poll(() => hashOf(page)).toBe('');
    expect(await cellAt(page, 'trump', 'ceasefire-first').getAttribute('aria-label')).not.toMatch(
      /since/,
    );
  });

  test.each([
    ['360 px', PHONE],
    ['1280 px', DESKTOP],
  ] as const)('axe finds no violations with changes marked at %s', async (_name, viewport) => {
    const { page } = await site.open('#since=2025-08-14', viewport);
    await cellAt(page, 'trump', 'ceasefire-first').locator('.changed').waitFor();
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(results.passes.length).toBeGreaterThan(20);
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});
