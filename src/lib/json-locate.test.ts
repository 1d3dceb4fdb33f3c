import { expect, test } from 'vitest';
import { findExcessiveNesting, JsonDocument, parsePath, textPosition } from './json-locate';

const text = `{
  "id": "talks",
  "actors": [
    { "id": "trump", "name": "Donald Trump" },
    { "id": "putin", "bad key": 1 }
  ],
  "a": 1,
  "a": 2
}
`;

test.each([
  ['(root)', []],
  ['id', ['id']],
  ['positions[3].evidence[0].kind', ['positions', 3, 'evidence', 0, 'kind']],
  ['actors[1]["bad key"]', ['actors', 1, 'bad key']],
  ['["$sch\\"ema"].x', ['$sch"ema', 'x']],
  ['__proto__', ['__proto__']],
])('parsePath() splits %s', (path, segments) => {
  expect(parsePath(path)).toEqual(segments);
});

test.each(['', 'a..b', 'a[01]', 'a[x]', 'a["x"', '.a', 'a b'])(
  'parsePath() refuses the malformed path %j',
  (path) => {
    expect(parsePath(path)).toBeUndefined();
  },
);

test.each([
  ['the value of a field', 'id', 'value', { line: 2, column: 9 }],
  ['an item of a list', 'actors[1]', 'value', { line: 5, column: 5 }],
  ['a value deep inside a list', 'actors[0].name', 'value', { line: 4, column: 30 }],
  ['the key of an unknown field', 'actors[1]["bad key"]', 'key', { line: 5, column: 22 }],
  ['the parent object of a missing field', 'actors[1].name', 'value', { line: 5, column: 5 }],
  ['the parent list of a missing item', 'actors[7].id', 'value', { line: 3, column: 13 }],
  ['the root object for (root)', '(root)', 'value', { line: 1, column: 1 }],
  [
    'the last of two fields with the same name, as JSON.parse reads it',
    'a',
    'key',
    { line: 8, column: 3 },
  ],
] as const)('JsonDocument.locate() points at %s', (_name, path, at, position) => {
  expect(new JsonDocument(text).locate(path, at)).toEqual(position);
});

test('JsonDocument.locate() counts columns in UTF-16 units after non-ASCII text', () => {
  const doc = new JsonDocument('{"title": "Київ", "x": 1}');
  expect(doc.locate('x')).toEqual({ line: 1, column: 24 });
});

test.each([
  ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', { line: 3, column: 3 }, 'expected ","'],
  ['a trailing comma', '{\n  "a": 1,\n}', { line: 3, column: 1 }, 'expected a field name'],
  ['a comment', '{\n  // note\n  "a": 1\n}', { line: 2, column: 3 }, 'comments are not allowed'],
  ['an unterminated string', '{"a": "b}', { line: 1, column: 7 }, 'unterminated string'],
  ['an empty file', '', { line: 1, column: 1 }, 'not valid JSON'],
])('JsonDocument reports %s at its line and column', (_name, source, position, message) => {
  const doc = new JsonDocument(source);
  expect(doc.value).toBeUndefined();
  expect(doc.syntaxError?.message).toContain(message);
  expect(doc.position(doc.syntaxError!.offset)).toEqual(position);
});

test('textPosition() agrees with JsonDocument.position()', () => {
  const doc = new JsonDocument(text);
  for (const offset of [0, 1, 2, 20, 60, text.length - 1]) {
    expect(textPosition(text, offset)).toEqual(doc.position(offset));
  }
});

test('findExcessiveNesting() finds the first bracket past the limit, ignoring brackets in strings', () => {
  expect(findExcessiveNesting('[[["[[[[[["]]]', 3)).toBeUndefined();
  expect(findExcessiveNesting('{"a": [[{"b": []}]]}', 4)).toBe(14);
  expect(findExcessiveNesting('"\\"[[["', 1)).toBeUndefined();
  const deep = '['.repeat(100_000) + ']'.repeat(100_000);
  expect(findExcessiveNesting(deep, 64)).toBe(64);
});
