import { en, type Messages } from '../locales/en';

/**
 * Interface languages with a complete locale file, by primary language subtag. English is built
 * in; every other language is imported only by pages that show it, so adding one costs the
 * pages in other languages nothing.
 */
const LOCALES: Readonly<Record<string, () => Promise<Messages>>> = {
  en: () => Promise.resolve(en),
  uk: () => import('../locales/uk').then((module) => module.uk),
};

/** The primary subtags of every interface language. */
export const INTERFACE_LANGUAGES = Object.keys(LOCALES);

/** Locales loaded so far, by primary language subtag. */
const loaded = new Map<string, Messages>([['en', en]]);

/** Opening and closing quotation marks by primary language subtag; English marks otherwise. */
const QUOTE_MARKS: Readonly<Record<string, readonly [string, string]>> = {
  en: ['“', '”'],
  uk: ['«', '»'],
};

/** The primary language subtag of a BCP 47 tag, lower-cased; `undefined` for a malformed tag. */
function primaryLanguage(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).language.toLowerCase();
  } catch {
    return undefined;
  }
}

/** Whether the interface has its own strings for `language` (`uk`, `uk-UA` and `en-GB` do). */
export function isSupportedLanguage(language: string): boolean {
  const primary = primaryLanguage(language);
  return primary !== undefined && Object.hasOwn(LOCALES, primary);
}

/**
 * Loads the interface strings for a story's language: `uk` and `uk-UA` get Ukrainian; any
 * language without a locale file, and any malformed tag, gets English. Call it before
 * `messagesFor`.
 */
export async function loadMessages(language: string): Promise<Messages> {
  const primary = primaryLanguage(language);
  if (primary === undefined || !Object.hasOwn(LOCALES, primary)) return en;
  let messages = loaded.get(primary);
  if (!messages) {
    messages = await LOCALES[primary]!();
    loaded.set(primary, messages);
  }
  return messages;
}

/**
 * The interface strings `loadMessages` loaded for a language. A language it has not loaded
 * throws rather than quietly showing English: that would be a page that forgot to load it.
 */
export function messagesFor(language: string): Messages {
  const primary = primaryLanguage(language);
  if (primary === undefined || !Object.hasOwn(LOCALES, primary)) return en;
  const messages = loaded.get(primary);
  if (!messages) throw new Error(`Standpoint: the "${primary}" interface strings are not loaded`);
  return messages;
}

/** The quotation marks of a quote's own language: “…” for English, «…» for Ukrainian. */
export function quoteMarks(language: string): readonly [string, string] {
  const primary = primaryLanguage(language);
  return (primary !== undefined && QUOTE_MARKS[primary]) || QUOTE_MARKS.en!;
}

/**
 * The language to show a story in: the story's own, unless the page address asks for another
 * with `?lang=` (for testing a translation against any story). Only supported languages are
 * accepted from the address; anything else is ignored. The result is a canonical tag
 * (`?lang=UK-ua` gives `uk-UA`), since it also drives date and number formatting.
 *
 * @param storyLanguage the story's `language` field
 * @param search `location.search`, with or without the leading `?`
 */
export function resolveLanguage(storyLanguage: string, search: string): string {
  const requested = new URLSearchParams(search).get('lang')?.trim();
  if (!requested || !isSupportedLanguage(requested)) return storyLanguage;
  return Intl.getCanonicalLocales(requested)[0] ?? storyLanguage;
}
