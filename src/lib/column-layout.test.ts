import { expect, test } from 'vitest';
import { columnWidth, MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH } from './column-layout';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `a${i}`);

test('columnWidth() shares the available width between the columns', () => {
  expect(columnWidth(ids(6), 600)).toBe(100);
});

test('columnWidth() never goes below a touch target, so narrow screens scroll instead', () => {
  expect(columnWidth(ids(8), 250)).toBe(MIN_COLUMN_WIDTH);
});

test('columnWidth() caps wide columns', () => {
  expect(columnWidth(ids(2), 1200)).toBe(MAX_COLUMN_WIDTH);
});

test.each([0, -10, Number.NaN])(
  'columnWidth() falls back to the minimum for a width of %d',
  (width) => {
    expect(columnWidth(ids(3), width)).toBe(MIN_COLUMN_WIDTH);
  },
);
