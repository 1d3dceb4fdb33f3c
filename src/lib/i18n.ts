import { en, type Messages } from '../locales/en';
import { uk } from '../locales/uk';

/** Interface languages with a complete locale file, by primary language subtag. */
const LOCALES: Readonly<Record<string, Messages>> = { en, uk };

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
 * The interface strings for a story's language: `uk` and `uk-UA` get Ukrainian; any language
 * without a locale file, and any malformed tag, gets English.
 */
export function messagesFor(language: string): Messages {
  const primary = primaryLanguage(language);
  return (primary !== undefined && LOCALES[primary]) || en;
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
