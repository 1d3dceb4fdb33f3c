/**
 * `make(language)` once per language, on first use, then kept: building an `Intl` object is
 * slow, and the first of a kind can load locale data (tens of milliseconds on a phone), so
 * every formatter of the interface is made once and only when something needs it.
 */
export function perLanguage<T>(make: (language: string) => T): (language: string) => T {
  const made = new Map<string, T>();
  return (language) => {
    let value = made.get(language);
    if (value === undefined) {
      value = make(language);
      made.set(language, value);
    }
    return value;
  };
}
