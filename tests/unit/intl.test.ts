import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  formatCount,
  formatList,
  LATIN_DIGITS,
  LIST_JOINS,
  plural,
  prepareFormatters,
} from '../../src/locales/intl';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('formatCount()', () => {
  test.each([...LATIN_DIGITS])(
    'writes every count below 1,000 in %s as Intl.NumberFormat does',
    (language) => {
      const numbers = new Intl.NumberFormat(language);
      for (let count = 0; count < 1000; count++) {
        expect(formatCount(language, count)).toBe(numbers.format(count));
      }
    },
  );

  test.each([
    ['en', 1234, '1,234'],
    ['uk', 1234, new Intl.NumberFormat('uk').format(1234)],
    ['ar-EG', 12, new Intl.NumberFormat('ar-EG').format(12)],
    ['en', 2.5, '2.5'],
  ])('gives %s %d the language’s own digits and grouping', (language, count, expected) => {
    expect(formatCount(language, count)).toBe(expected);
  });

  test('makes no Intl.NumberFormat for start-up’s counts, whose first one loads locale data', () => {
    const made = vi.spyOn(Intl, 'NumberFormat');
    prepareFormatters('uk');
    const quotes = plural('uk', {
      one: '{n} цитата',
      few: '{n} цитати',
      many: '{n} цитат',
      other: '{n} цитати',
    });
    expect([quotes(1), quotes(3), quotes(25), quotes(999)]).toEqual([
      '1 цитата',
      '3 цитати',
      '25 цитат',
      '999 цитат',
    ]);
    expect(made).not.toHaveBeenCalled();
  });
});

describe('formatList()', () => {
  const items = ['low confidence', 'reported only', 'paraphrase only', 'a', 'b'];

  test.each([...LIST_JOINS.keys()])(
    'joins lists of 1 to 5 items in %s as Intl.ListFormat does',
    (language) => {
      const lists = new Intl.ListFormat(language);
      for (let length = 1; length <= items.length; length++) {
        expect(formatList(language, items.slice(0, length))).toBe(
          lists.format(items.slice(0, length)),
        );
      }
    },
  );

  test('uses Intl.ListFormat for a language it has no joins for', () => {
    expect(formatList('de', ['a', 'b', 'c'])).toBe(
      new Intl.ListFormat('de').format(['a', 'b', 'c']),
    );
  });

  test('makes no Intl.ListFormat for the interface’s languages, whose first one loads locale data', () => {
    const made = vi.spyOn(Intl, 'ListFormat');
    prepareFormatters('en');
    expect(formatList('en', ['low confidence', 'reported only'])).toBe(
      'low confidence and reported only',
    );
    expect(formatList('uk', ['a', 'b', 'c'])).toBe('a, b і c');
    expect(made).not.toHaveBeenCalled();
  });
});
