import { expect, test } from 'vitest';
import { dateLabels, formatDate, knownDateLabels } from './format';

test.each([
  ['2025-08-18', 'en', 'Aug 18, 2025'],
  ['2025-08-18', 'en-GB', '18 Aug 2025'],
  ['2025-01-01', 'en', 'Jan 1, 2025'],
])('formatDate(%s, %s) is %s', (date, language, expected) => {
  expect(formatDate(date, language)).toBe(expected);
});

test('formatDate() writes Ukrainian dates in Ukrainian', () => {
  expect(formatDate('2025-08-18', 'uk')).toMatch(/^18 серп\.? 2025/);
});

test('formatDate() gives the same answer on every call with the same language', () => {
  expect(formatDate('2025-02-28', 'en')).toBe(formatDate('2025-02-28', 'en'));
});

test('dateLabels() writes what formatDate() writes, and knownDateLabels() hands them back', () => {
  const labels = dateLabels(['2025-08-14', '2025-08-15'], 'en');
  expect(labels).toEqual({ '2025-08-14': 'Aug 14, 2025', '2025-08-15': 'Aug 15, 2025' });
  knownDateLabels('xx-test', { '2025-08-14': 'the fourteenth' });
  expect(formatDate('2025-08-14', 'xx-test')).toBe('the fourteenth');
});
