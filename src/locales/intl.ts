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
  const rules = new Intl.PluralRules(language);
  const numbers = new Intl.NumberFormat(language);
  return (count) => {
    const form = forms[rules.select(count)] ?? forms.other;
    return form.replaceAll('{n}', numbers.format(count));
  };
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
