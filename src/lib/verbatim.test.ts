import { describe, expect, it } from 'vitest';
import { appearsVerbatim, normaliseForQuoteMatch } from './verbatim';

describe('normaliseForQuoteMatch()', () => {
  it.each([
    [
      'turns typographic single quotes into straight ones',
      'it\u2019s \u2018x\u2019 \u201Ay\u201B',
      "it's 'x' 'y'",
    ],
    [
      'turns typographic double quotes into straight ones',
      '\u201Cx\u201D \u201Ey\u201F',
      '"x" "y"',
    ],
    ['collapses every whitespace run to one space', 'a \t b\n\nc\u00A0 d', 'a b c d'],
    ['trims both ends', '  \n a b \t ', 'a b'],
    ['leaves case, punctuation and ellipses alone', 'Hello, World… ok...', 'Hello, World… ok...'],
  ])('%s', (_name, input, expected) => {
    expect(normaliseForQuoteMatch(input)).toBe(expected);
  });
});

const SOURCE =
  'Zelensky said \u201CWe need real negotiations,\u201D adding that Ukraine\u2019s constitution\n' +
  'makes it impossible \u2026 to give up territory. The meeting   follows the summit.';

describe('appearsVerbatim()', () => {
  it.each([
    ['accepts an exact substring', 'We need real negotiations'],
    ['accepts the whole source', SOURCE],
    [
      'accepts straight quotes where the source has typographic ones',
      '"We need real negotiations,"',
    ],
    ['accepts a straight apostrophe for a typographic one', "Ukraine's constitution"],
    ['accepts different whitespace, including a line break in the source', 'constitution makes it'],
    ['accepts extra whitespace around the quote', '  The meeting follows the summit.  '],
    [
      'accepts an ellipsis joining two verbatim parts in order',
      'We need real negotiations\u2026 to give up territory',
    ],
    ['accepts three dots as an ellipsis', 'Zelensky said ... The meeting follows'],
    [
      'accepts an ellipsis that the source itself contains',
      'impossible \u2026 to give up territory',
    ],
    ['accepts a leading or trailing ellipsis', '\u2026 real negotiations \u2026'],
  ])('%s', (_name, quote) => {
    expect(appearsVerbatim(quote, SOURCE)).toBe(true);
  });

  it.each([
    ['rejects a changed word', 'We need genuine negotiations'],
    ['rejects a difference in case', 'we need real negotiations'],
    ['rejects changed punctuation', 'We need real negotiations.'],
    ['rejects words missing from the middle without an ellipsis', 'We need negotiations'],
    [
      'rejects parts joined by an ellipsis that appear out of order',
      'to give up territory \u2026 We need real negotiations',
    ],
    ['rejects an ellipsis part that is not in the source', 'We need real negotiations \u2026 now'],
    [
      'rejects ellipsis parts that only match by overlapping',
      'We need real \u2026 real negotiations',
    ],
    ['rejects an empty quote', ''],
    ['rejects a quote that is only whitespace and ellipses', ' \u2026 ... '],
  ])('%s', (_name, quote) => {
    expect(appearsVerbatim(quote, SOURCE)).toBe(false);
  });
});
