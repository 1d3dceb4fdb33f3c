import { expect, test } from 'vitest';
import { formatHash, parseHash } from './hash';

test.each([
  ['#actor=trump&issue=ceasefire', { actor: 'trump', issue: 'ceasefire' }],
  ['actor=trump&issue=ceasefire', { actor: 'trump', issue: 'ceasefire' }],
  ['#issue=ceasefire&actor=trump&extra=1', { actor: 'trump', issue: 'ceasefire' }],
  ['#actor=von%20der&issue=a%26b', { actor: 'von der', issue: 'a&b' }],
  ['#actor=trump', {}],
  ['#issue=ceasefire', {}],
  ['#actor=&issue=ceasefire', {}],
  ['', {}],
  ['#', {}],
])('parseHash(%j) reads the selected cell', (hash, expected) => {
  expect(parseHash(hash)).toEqual(expected);
});

test('formatHash() writes both ids', () => {
  expect(formatHash({ actor: 'trump', issue: 'ceasefire' })).toBe('#actor=trump&issue=ceasefire');
});

test('formatHash() writes nothing when no cell is selected', () => {
  expect(formatHash({})).toBe('');
  expect(formatHash({ actor: 'trump' })).toBe('');
});

test('formatHash() and parseHash() round-trip ids that need escaping', () => {
  const state = { actor: 'a&b=c', issue: 'x#y' };
  expect(parseHash(formatHash(state))).toEqual(state);
});
