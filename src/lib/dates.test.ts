import { expect, test } from 'vitest';
import { isIsoDate } from './dates';

const valid = ['2025-08-15', '2024-02-29', '2000-02-29', '2025-01-31', '2025-12-31', '0001-01-01'];

const invalid: [reason: string, input: unknown][] = [
  ['a day past the end of February', '2025-02-30'],
  ['February 29th in a common year', '2025-02-29'],
  ['February 29th in a century year that is not a leap year', '1900-02-29'],
  ['April 31st', '2025-04-31'],
  ['month 13', '2025-13-01'],
  ['month 00', '2025-00-10'],
  ['day 00', '2025-01-00'],
  ['a date without zero padding', '2025-8-1'],
  ['a date and time', '2025-08-15T10:00:00Z'],
  ['a date with a trailing newline', '2025-08-15\n'],
  ['a date with surrounding spaces', ' 2025-08-15 '],
  ['a slashed date', '2025/08/15'],
  ['a five-digit year', '20250-08-15'],
  ['non-ASCII digits', '٢٠٢٥-08-15'],
  ['an empty string', ''],
  ['a number', 20250815],
  ['a Date object', new Date('2025-08-15')],
  ['null', null],
];

test.each(valid)('isIsoDate() accepts %s', (input) => {
  expect(isIsoDate(input)).toBe(true);
});

test.each(invalid)('isIsoDate() rejects %s', (_reason, input) => {
  expect(isIsoDate(input)).toBe(false);
});
