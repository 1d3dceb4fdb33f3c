/**
 * Checks that a quoted piece of evidence appears word for word in its source text. Used by the
 * bundled-story tests so that every `direct` or `reported` quote in `data/*.json` is held to the
 * article it came from.
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B]/g; // ‘ ’ ‚ ‛
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F]/g; // “ ” „ ‟
const WHITESPACE = /\s+/g;
/** An ellipsis marks words left out of a quote: the typographic `…` or three dots. */
const ELLIPSIS = /\u2026|\.\.\./;

/**
 * Makes two texts comparable for quote matching: typographic quotes become straight quotes,
 * every run of whitespace (including line breaks and non-breaking spaces) becomes one space, and
 * the ends are trimmed. Nothing else changes: case, punctuation and spelling must still match.
 */
export function normaliseForQuoteMatch(text: string): string {
  return text
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(WHITESPACE, ' ')
    .trim();
}

/**
 * True when `quote` appears word for word in `source`, after normalising both. An ellipsis in the
 * quote (`…` or `...`) may join verbatim parts: each part must appear in the source, in order and
 * without overlapping. A quote with no words at all never matches.
 */
export function appearsVerbatim(quote: string, source: string): boolean {
  const haystack = normaliseForQuoteMatch(source);
  const parts = normaliseForQuoteMatch(quote)
    .split(ELLIPSIS)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) return false;
  let from = 0;
  for (const part of parts) {
    const at = haystack.indexOf(part, from);
    if (at === -1) return false;
    from = at + part.length;
  }
  return true;
}
