import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import uk from '../../data/white-house-talks-uk.json';
import { useSite } from './fixtures';

const site = useSite();
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** Elements other than the matrix's own box whose content is cut off or scrolls sideways. */
function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const scroller = document.querySelector('[role=grid]')?.parentElement;
    const offenders: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      if (scroller?.contains(element) || element.closest('[hidden], details:not([open])')) continue;
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.position === 'fixed') continue;
      // Visually hidden text is clipped to 1 px on purpose.
      if (element.clientWidth <= 1) continue;
      if (
        element.scrollWidth > element.clientWidth + 1 &&
        ['auto', 'scroll', 'hidden'].includes(style.overflowX)
      ) {
        offenders.push(`${element.tagName.toLowerCase()}.${element.className}`);
      }
    }
    if (document.documentElement.scrollWidth > window.innerWidth) offenders.push('the page itself');
    return offenders;
  });
}

describe('the Ukrainian edition', () => {
  test('is a grid in Ukrainian, with plural-correct quote counts', async () => {
    const { page } = await site.open('white-house-talks-uk/');
    expect(await page.locator('html').getAttribute('lang')).toBe('uk');
    expect(await page.locator('[role=grid] td[role=gridcell]').count()).toBe(
      uk.actors.length * uk.issues.length,
    );
    const name = await page
      .locator('td[data-actor="zelenskyy"][data-issue="security-guarantees"]')
      .getAttribute('aria-label');
    expect(name).toMatch(
      /^Володимир Зеленський — Гарантії «на кшталт статті 5»: підтримує, 3 цитати/,
    );
  });

  test('opens with the keyboard, shows the English original on request, and closes with Escape', async () => {
    const { page } = await site.open('white-house-talks-uk/');
    await page.locator('td[data-actor="zelenskyy"][data-issue="security-guarantees"]').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: /Володимир Зеленський/ });
    await panel.waitFor();
    await expect.poll(() => panel.getByText('Переклад з англійської').count()).toBeGreaterThan(0);
    const toggle = panel.getByRole('button', { name: /оригінал/ }).first();
    expect(await toggle.textContent()).toContain('Показати оригінал');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await toggle.textContent()).toContain('Сховати оригінал');
    const original = panel.locator('[lang="en"]').first();
    expect(await original.isVisible()).toBe(true);
    expect(await original.textContent()).toContain('we are very thankful to the United States');
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
  });

  test.each([
    [360, 780],
    [1280, 900],
  ])('passes axe with zero violations at %i px, panel open', async (width, height) => {
    const { page } = await site.open(
      'white-house-talks-uk/#actor=putin&issue=security-guarantees',
      { width, height },
    );
    await page.getByRole('region', { name: /Володимир Путін/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('reflow, zoom and motion', () => {
  test('at 320 px only the matrix box scrolls sideways', async () => {
    const { page } = await site.open('#actor=trump&issue=ceasefire-first', {
      width: 320,
      height: 640,
    });
    await page.getByRole('region', { name: 'Donald Trump on Ceasefire first' }).waitFor();
    expect(await sidewaysOverflow(page)).toEqual([]);
  });

  test('at 200 % text size nothing is cut off and the page does not scroll sideways', async () => {
    const { page } = await site.open('#actor=putin&issue=security-guarantees', {
      width: 1280,
      height: 900,
    });
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    await page.getByRole('region', { name: /Vladimir Putin on/ }).waitFor();
    expect(await sidewaysOverflow(page)).toEqual([]);
    const cell = page.locator('td[data-actor="zelenskyy"][data-issue="security-guarantees"]');
    await cell.scrollIntoViewIfNeeded();
    expect(await cell.isVisible()).toBe(true);
  });

  test('prefers-reduced-motion turns off every transition and animation', async () => {
    const { page } = await site.open('', { width: 1280, height: 900 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.locator('td[data-actor="trump"][data-issue="ceasefire-first"]').click();
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('*')]
        .filter((element) => {
          const style = getComputedStyle(element);
          const durations = `${style.transitionDuration},${style.animationDuration}`
            .split(',')
            .map((value) => parseFloat(value));
          return durations.some((seconds) => seconds > 0) && style.animationName !== 'none'
            ? true
            : parseFloat(style.transitionDuration) > 0;
        })
        .map((element) => element.tagName),
    );
    expect(moving).toEqual([]);
  });

  test('every control and cell is at least 24 × 24 px', async () => {
    const { page } = await site.open('#actor=trump&issue=ceasefire-first', {
      width: 360,
      height: 780,
    });
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, input, select, summary, [role=gridcell]')]
        .filter((element) => element.offsetParent !== null)
        // A checkbox or radio inside its label is as large as the label it sits in.
        .map((element) => ({
          element,
          box: (element.closest('label') ?? element).getBoundingClientRect(),
        }))
        .filter(({ box }) => box.width < 24 || box.height < 24)
        .map(
          ({ element, box }) =>
            `${element.tagName} "${element.textContent?.trim()}" ${box.width}×${box.height}`,
        ),
    );
    expect(small).toEqual([]);
  });
});

describe('text from data that fights back', () => {
  test.each([
    [360, 780],
    [1280, 900],
  ])('extremely long unbroken words do not break the layout at %i px', async (width, height) => {
    const { page } = await site.open('#actor=putin&issue=security-guarantees', { width, height });
    await page.getByRole('region', { name: /Vladimir Putin on/ }).waitFor();
    // The same elements a story's title, names, labels, summaries and quotes render into.
    await page.evaluate((word) => {
      const targets = [
        'h1',
        '[role=grid] th.actor',
        '[role=grid] th[role=rowheader]',
        '.legend li strong',
        '.panel h2',
        '.panel .summary',
        '.panel blockquote p',
        '.panel .paraphrase',
      ];
      for (const selector of targets) {
        const element = document.querySelector(selector);
        if (element) element.textContent = word;
      }
    }, 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(8));
    expect(await sidewaysOverflow(page)).toEqual([]);
  });
});
