import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { cellAt, DESKTOP, panelFor, PHONE, useSite } from './fixtures';

const site = useSite();

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Axe's violations, reduced to what a developer needs to find and fix each one. */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  // Guards against a run that silently checked nothing (e.g. a blank page).
  expect(results.passes.length).toBeGreaterThan(20);
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    nodes: violation.nodes.map((node) => ({
      target: node.target.join(' '),
      message: node.failureSummary,
    })),
  }));
}

const viewports = [
  ['360 px', PHONE],
  ['1280 px', DESKTOP],
] as const;

describe.each(viewports)('accessibility at %s', (_name, viewport) => {
  test('axe finds no violations with the panel closed', async () => {
    const { page } = await site.open('', viewport);
    expect(await violations(page)).toEqual([]);
  });

  test('axe finds no violations with a panel open that has quotes and history', async () => {
    const { page } = await site.open('', viewport);
    await cellAt(page, 'trump', 'ceasefire-first').click();
    await panelFor(page, 'trump', 'ceasefire-first').waitFor();
    expect(await violations(page)).toEqual([]);
  });

  test('axe finds no violations with the panel open on an empty cell', async () => {
    const { page } = await site.open('#actor=rubio&issue=unoccupied-territory', viewport);
    await panelFor(page, 'rubio', 'unoccupied-territory').waitFor();
    expect(await violations(page)).toEqual([]);
  });
});
