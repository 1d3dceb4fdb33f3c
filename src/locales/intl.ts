/** Small wrappers around `Intl` shared by the locale files. */

import { perLanguage } from '../lib/per-language';

/**
 * The plural forms of one phrase, keyed by CLDR plural category. `{n}` stands for the count,
 * formatted for the language. `other` is required: every language has it, and it is the form
 * used for fractions.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Builds a function that picks the right plural form for a count with `Intl.PluralRules`, so
 * English needs `one` and `other` and Ukrainian `one`, `few`, `many` and `other`.
 *
 * @example
 * const quotes = plural('uk', { one: '{n} цитата', few: '{n} цитати', many: '{n} цитат', other: '{n} цитати' });
 * quotes(21); // "21 цитата"
 */
export function plural(language: string, forms: PluralForms): (count: number) => string {
  return (count) => {
    const form = forms[pluralRules(language).select(count)] ?? forms.other;
    return form.replaceAll('{n}', formatCount(language, count));
  };
}

/**
 * Languages whose numbers are written in Latin digits (CLDR's default numbering system, `latn`),
 * of those the interface is translated into. In them a whole count below 1,000 is its plain
 * digits, so it needs no `Intl.NumberFormat`. The first `Intl.NumberFormat` or `Intl.ListFormat`
 * a page makes loads the language's locale data: 24–48 ms in a desktop Chromium, several times
 * that on a phone. With this and `LIST_JOINS` a page starts without loading it.
 */
export const LATIN_DIGITS: ReadonlySet<string> = new Set(['en', 'uk']);

/** A count in the language's own digits and grouping. */
export function formatCount(language: string, count: number): string {
  const plain = Number.isInteger(count) && count >= 0 && count < 1000;
  if (plain && LATIN_DIGITS.has(language)) return String(count);
  return numberFormat(language).format(count);
}

const pluralRules = perLanguage((language) => new Intl.PluralRules(language));
const numberFormat = perLanguage((language) => new Intl.NumberFormat(language));
const listFormat = perLanguage((language) => new Intl.ListFormat(language));

/** How a language joins the items of a list: two, then three or more. */
interface ListJoins {
  pair: string;
  between: string;
  last: string;
}

/**
 * How the interface's languages join a list, as their `Intl.ListFormat` does ("a, b, and c";
 * "a, b і c"; the tests compare the two), so that no list needs locale data (`LATIN_DIGITS`).
 */
export const LIST_JOINS: ReadonlyMap<string, ListJoins> = new Map([
  ['en', { pair: ' and ', between: ', ', last: ', and ' }],
  ['uk', { pair: ' і ', between: ', ', last: ' і ' }],
]);

/** "a, b and c" in the language's own words. */
export function formatList(language: string, items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const joins = LIST_JOINS.get(language);
  if (!joins) return listFormat(language).format(items);
  if (items.length === 2) return items.join(joins.pair);
  return `${items.slice(0, -1).join(joins.between)}${joins.last}${items.at(-1)}`;
}

/**
 * Creates the language's plural rules now, and its list format when `LIST_JOINS` lacks the
 * language. The first `Intl` object of a kind can load locale data (tens of milliseconds on a
 * phone); the page calls this in a task of its own so that cost does not add up with hydration
 * (whose cells' names count quotes and list reasons) into one long, tap-blocking task.
 */
export function prepareFormatters(language: string): void {
  pluralRules(language);
  if (!LIST_JOINS.has(language)) listFormat(language);
}

/**
 * The name of a language in another language, from `Intl.DisplayNames`: `languageName('en', 'uk')`
 * is "англійська". A tag the runtime cannot name comes back as it was given.
 */
export function languageName(tag: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
