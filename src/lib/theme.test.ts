import { expect, test } from 'vitest';
import { themeFromSearch } from './theme';

test.each([
  ['?theme=dark', 'dark'],
  ['?theme=light', 'light'],
  ['?childId=x&theme=dark', 'dark'],
  ['?theme=purple', undefined],
  ['', undefined],
])('themeFromSearch(%j) is %s', (search, expected) => {
  expect(themeFromSearch(search)).toBe(expected);
});
