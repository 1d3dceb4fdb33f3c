import { describe, expect, test } from 'vitest';
import { fixtureStory } from '../../tests/fixtures/story';
import { asksForView, formatHash, parseHash, resolveHash, type HashState } from './hash';

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

test.each([
  ['#date=2025-08-14', { date: '2025-08-14' }],
  ['#date=2025-02-29', {}],
  ['#date=2025-8-14', {}],
  ['#date=yesterday', {}],
  ['#date=', {}],
  [
    '#date=2025-08-14&actor=trump&issue=ceasefire',
    { date: '2025-08-14', actor: 'trump', issue: 'ceasefire' },
  ],
  ['#date=2024-02-29&actor=trump', { date: '2024-02-29' }],
])('parseHash(%j) keeps only a real YYYY-MM-DD date', (hash, expected) => {
  expect(parseHash(hash)).toEqual(expected);
});

test.each([
  ['#compare=zelenskyy,trump', { compare: ['zelenskyy', 'trump'] }],
  ['#compare=a%2Cb,c', { compare: ['a,b', 'c'] }],
  ['#compare=von%20der,x+y', { compare: ['von der', 'x y'] }],
  ['#compare=zelenskyy', {}],
  ['#compare=zelenskyy,', {}],
  ['#compare=,trump', {}],
  ['#compare=a,b,c', {}],
  ['#compare=trump,trump', {}],
  ['#compare=%E0%A4%A,trump', {}],
  ['#compare=', {}],
  ['#compare', {}],
  ['#compare=a,b&compare=c,d', { compare: ['a', 'b'] }],
  ['#compare=a%2Cb', {}],
])('parseHash(%j) keeps only two different actors to compare', (hash, expected) => {
  expect(parseHash(hash)).toEqual(expected);
});

test.each([
  ['#since=2025-08-14', { since: '2025-08-14' }],
  ['#since=2025-02-29', {}],
  ['#since=2025-8-14', {}],
  ['#since=', {}],
  ['#date=2025-08-15&since=2025-08-14', { date: '2025-08-15', since: '2025-08-14' }],
  ['#since=2025-08-14&date=nope', { since: '2025-08-14' }],
])('parseHash(%j) keeps only a real YYYY-MM-DD since', (hash, expected) => {
  expect(parseHash(hash)).toEqual(expected);
});

test('parseHash() reads every field of a full hash', () => {
  expect(
    parseHash(
      '#date=2025-08-14&since=2025-08-01&actor=trump&issue=ceasefire-first&compare=zelenskyy,trump',
    ),
  ).toEqual({
    date: '2025-08-14',
    since: '2025-08-01',
    actor: 'trump',
    issue: 'ceasefire-first',
    compare: ['zelenskyy', 'trump'],
  });
});

test('formatHash() writes every field in the order date, since, actor, issue, compare', () => {
  expect(
    formatHash({
      compare: ['zelenskyy', 'trump'],
      issue: 'ceasefire-first',
      actor: 'trump',
      since: '2025-08-01',
      date: '2025-08-14',
    }),
  ).toBe(
    '#date=2025-08-14&since=2025-08-01&actor=trump&issue=ceasefire-first&compare=zelenskyy,trump',
  );
});

test.each([
  ['an invalid date', { date: '2025-13-01' }, ''],
  ['an invalid since', { since: '2025-13-01' }, ''],
  ['an actor compared with itself', { compare: ['trump', 'trump'] as [string, string] }, ''],
  ['an empty id to compare', { compare: ['', 'trump'] as [string, string] }, ''],
  ['a date with half a cell', { date: '2025-08-14', actor: 'trump' }, '#date=2025-08-14'],
])('formatHash() leaves out %s', (_case, state, expected) => {
  expect(formatHash(state)).toBe(expected);
});

test.each([
  { date: '2025-08-14' },
  { since: '2025-08-14' },
  { date: '2025-08-15', since: '2025-08-14', actor: 'trump', issue: 'ceasefire-first' },
  { compare: ['zelenskyy', 'trump'] as [string, string] },
  { compare: ['a,b', 'c&d=e'] as [string, string] },
  { date: '2025-08-14', actor: 'a b', issue: 'x+y', compare: ['p#q', 'r%s'] as [string, string] },
])('formatHash() and parseHash() round-trip %j', (state) => {
  expect(parseHash(formatHash(state))).toEqual(state);
});

test('formatHash() does not modify the state', () => {
  const state = { date: '2025-08-14', compare: ['a', 'b'] as [string, string] };
  const before = structuredClone(state);
  formatHash(state);
  expect(state).toEqual(before);
});

describe('resolveHash()', () => {
  const story = fixtureStory();

  test.each<[string, HashState, HashState]>([
    [
      'keeps a cell, a date and a comparison the story has',
      { date: '2025-08-14', actor: 'kyiv', issue: 'ceasefire', compare: ['kyiv', 'moscow'] },
      { date: '2025-08-14', actor: 'kyiv', issue: 'ceasefire', compare: ['kyiv', 'moscow'] },
    ],
    ['drops a cell with an unknown actor', { actor: 'nobody', issue: 'ceasefire' }, {}],
    ['drops a cell with an unknown issue', { actor: 'kyiv', issue: 'nothing' }, {}],
    ['drops a cell named by prototype keys', { actor: '__proto__', issue: 'constructor' }, {}],
    ['drops a date after the story was updated', { date: '2025-08-18' }, {}],
    ['keeps the story’s updated date', { date: '2025-08-17' }, { date: '2025-08-17' }],
    ['drops an invalid date', { date: '2025-02-30' }, {}],
    ['keeps a since before the update', { since: '2025-08-14' }, { since: '2025-08-14' }],
    ['keeps a since on the updated day', { since: '2025-08-17' }, { since: '2025-08-17' }],
    ['drops a since after the story was updated', { since: '2025-08-18' }, {}],
    ['drops an invalid since', { since: '2025-02-30' }, {}],
    [
      'keeps a since after the date (the view ignores it)',
      { date: '2025-08-14', since: '2025-08-15' },
      { date: '2025-08-14', since: '2025-08-15' },
    ],
    ['drops a comparison with an unknown actor', { compare: ['kyiv', 'nobody'] }, {}],
    ['drops a comparison of an actor with itself', { compare: ['kyiv', 'kyiv'] }, {}],
    [
      'drops one field and keeps the others',
      { date: '2099-01-01', actor: 'kyiv', issue: 'guarantees' },
      { actor: 'kyiv', issue: 'guarantees' },
    ],
  ])('resolveHash() %s', (_case, state, expected) => {
    expect(resolveHash(state, story)).toEqual(expected);
  });

  test('resolveHash() does not modify the state or the story', () => {
    const state: HashState = { date: '2025-08-14', compare: ['kyiv', 'nobody'] };
    const before = structuredClone({ state, story });
    resolveHash(state, story);
    expect({ state, story }).toEqual(before);
  });
});

test.each<[string, HashState, boolean]>([
  ['nothing', {}, false],
  ['an open cell alone', { actor: 'kyiv', issue: 'guarantees' }, false],
  ['a date', { date: '2025-08-14' }, true],
  ['a day changes are marked since', { since: '2025-08-14' }, true],
  [
    'a pair compared, with a cell',
    { compare: ['kyiv', 'moscow'], actor: 'kyiv', issue: 'x' },
    true,
  ],
])('asksForView() of %s is %s', (_case, state, expected) => {
  expect(asksForView(state)).toBe(expected);
});
