import { expect, test } from 'vitest';
import { findTextHazards } from './text-hazards';

test.each([
  ['plain text', 'Volodymyr Zelenskyy', []],
  ['accents and other scripts', 'Zürich — Київ — القاهرة', []],
  ['a right-to-left override', 'abc\u202edef', [['U+202E (right-to-left override)', 4, 'error']]],
  [
    'an isolate pair',
    '\u2066x\u2069',
    [
      ['U+2066 (left-to-right isolate)', 1, 'error'],
      ['U+2069 (pop directional isolate)', 3, 'error'],
    ],
  ],
  [
    'a zero-width joiner after an emoji, counting code points',
    '👩\u200d💻',
    [['U+200D (zero-width joiner)', 2, 'warning']],
  ],
  ['an Arabic letter mark', 'a\u061cb', [['U+061C (Arabic letter mark)', 2, 'warning']]],
  [
    'a byte-order mark',
    '\ufeffx',
    [['U+FEFF (zero-width no-break space (byte-order mark))', 1, 'error']],
  ],
])('findTextHazards() finds %s', (_name, text, expected) => {
  const found = findTextHazards(text).map((h) => [h.label, h.character, h.severity]);
  expect(found).toEqual(expected);
});
