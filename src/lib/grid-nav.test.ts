import { expect, test } from 'vitest';
import { nextGridPoint, type GridKey, type GridPoint } from './grid-nav';

const middle: GridPoint = { row: 2, column: 3 };

test.each<[string, GridPoint, GridKey, GridPoint]>([
  ['ArrowUp moves one row up', middle, { key: 'ArrowUp' }, { row: 1, column: 3 }],
  ['ArrowDown moves one row down', middle, { key: 'ArrowDown' }, { row: 3, column: 3 }],
  ['ArrowLeft moves one column left', middle, { key: 'ArrowLeft' }, { row: 2, column: 2 }],
  ['ArrowRight moves one column right', middle, { key: 'ArrowRight' }, { row: 2, column: 4 }],
  [
    'ArrowUp stops at the first row',
    { row: 0, column: 3 },
    { key: 'ArrowUp' },
    { row: 0, column: 3 },
  ],
  [
    'ArrowRight stops at the last column',
    { row: 2, column: 5 },
    { key: 'ArrowRight' },
    { row: 2, column: 5 },
  ],
  ['Home goes to the start of the row', middle, { key: 'Home' }, { row: 2, column: 0 }],
  ['End goes to the end of the row', middle, { key: 'End' }, { row: 2, column: 5 }],
  [
    'Ctrl+Home goes to the first cell',
    middle,
    { key: 'Home', ctrlKey: true },
    { row: 0, column: 0 },
  ],
  ['Ctrl+End goes to the last cell', middle, { key: 'End', ctrlKey: true }, { row: 4, column: 5 }],
  [
    'Cmd+End goes to the last cell on a Mac',
    middle,
    { key: 'End', metaKey: true },
    { row: 4, column: 5 },
  ],
])('nextGridPoint(): %s', (_name, from, key, expected) => {
  expect(nextGridPoint(from, key, 5, 6)).toEqual(expected);
});

test.each(['Tab', 'a', 'Enter', 'PageDown'])('nextGridPoint() ignores %s', (key) => {
  expect(nextGridPoint(middle, { key }, 5, 6)).toBeUndefined();
});

test('nextGridPoint() stays put in a one-cell grid', () => {
  expect(nextGridPoint({ row: 0, column: 0 }, { key: 'ArrowDown' }, 1, 1)).toEqual({
    row: 0,
    column: 0,
  });
});
