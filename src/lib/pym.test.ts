import { expect, test } from 'vitest';
import { formatPymMessage, hostCellLink, parsePymMessage } from './pym';

test('formatPymMessage() writes the pym.js v1 wire format', () => {
  expect(formatPymMessage({ childId: 'talks', type: 'height', payload: '812' })).toBe(
    'pymxPYMxtalksxPYMxheightxPYMx812',
  );
});

test('parsePymMessage() reads what formatPymMessage() writes', () => {
  const message = { childId: 'standpoint-1', type: 'width', payload: '640' };
  expect(parsePymMessage(formatPymMessage(message))).toEqual(message);
});

test.each([
  ['an object', { type: 'height' }],
  ['a number', 42],
  ['another string', 'hello'],
  ['a message with too few parts', 'pymxPYMxidxPYMxheight'],
  ['a message with too many parts', 'pymxPYMxidxPYMxheightxPYMx1xPYMx2'],
  ['a message with no child id', 'pymxPYMxxPYMxheightxPYMx1'],
  ['a huge string', `pymxPYMxidxPYMxheightxPYMx${'9'.repeat(20_000)}`],
])('parsePymMessage() ignores %s', (_case, data) => {
  expect(parsePymMessage(data)).toBeUndefined();
});

test.each([
  [
    'https://news.example/story#standpoint=trump/ceasefire-first',
    { actor: 'trump', issue: 'ceasefire-first' },
  ],
  [
    '#standpoint=zelenskyy%2Funoccupied-territory',
    { actor: 'zelenskyy', issue: 'unoccupied-territory' },
  ],
  ['#other=1&standpoint=a/b', { actor: 'a', issue: 'b' }],
  ['https://news.example/story', undefined],
  ['#standpoint=trump', undefined],
  ['#standpoint=a/b/c', undefined],
])('hostCellLink(%j) reads the host page’s deep link', (url, expected) => {
  expect(hostCellLink(url)).toEqual(expected);
});
