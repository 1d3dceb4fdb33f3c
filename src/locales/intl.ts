/** Small wrappers around `Intl` shared by the locale files. */

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
    const { rules, numbers } = countFormatters(language);
    const form = forms[rules.select(count)] ?? forms.other;
    return form.replaceAll('{n}', numbers.format(count));
  };
}

const countFormattersByLanguage = new Map<
  string,
  { rules: Intl.PluralRules; numbers: Intl.NumberFormat }
>();

/**
 * One plural-rule and number formatter per language, made on first use: building `Intl`
 * objects is slow, and doing it for every phrase of every locale at start-up cost a phone
 * tens of milliseconds before the page could answer a tap.
 */
function countFormatters(language: string) {
  let formatters = countFormattersByLanguage.get(language);
  if (!formatters) {
    formatters = {
      rules: new Intl.PluralRules(language),
      numbers: new Intl.NumberFormat(language),
    };
    countFormattersByLanguage.set(language, formatters);
  }
  return formatters;
}

const listFormats = new Map<string, Intl.ListFormat>();

function listFormat(language: string): Intl.ListFormat {
  let format = listFormats.get(language);
  if (!format) {
    format = new Intl.ListFormat(language);
    listFormats.set(language, format);
  }
  return format;
}

/** "a, b and c" in the language's own words, with one cached `Intl.ListFormat` per language. */
export function formatList(language: string, items: string[]): string {
  // One item needs no list format, and making one loads locale data.
  if (items.length === 1) return items[0] ?? '';
  return listFormat(language).format(items);
}

/**
 * Creates the language's count and list formatters now. The first `Intl` object of each kind
 * loads locale data (tens of milliseconds on a phone); the page calls this in a task of its own
 * so that cost does not add up with hydration (whose cells' names list reasons) into one long,
 * tap-blocking task.
 */
export function prepareFormatters(language: string): void {
  countFormatters(language);
  listFormat(language);
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
