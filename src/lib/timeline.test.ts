import { describe, expect, test } from 'vitest';
import { fixtureStory } from '../../tests/fixtures/story';
import { changesBetween, nextStep, positionAsOf, previousStep, storyDates } from './timeline';
import type { Position, Story } from './types';

function position(asOf: string, stance = 'supports'): Position {
  return { actor: 'a', issue: 'i', stance, asOf, summary: `As of ${asOf}.`, evidence: [] };
}

/** The fixture plus a restatement (same stance, later date) and a first position after 15 Aug. */
function storyWithRestatement(): Story {
  const story = fixtureStory();
  story.updated = '2025-08-20';
  story.positions.push(
    { ...position('2025-08-19'), actor: 'kyiv', issue: 'guarantees' },
    { ...position('2025-08-20', 'opposes'), actor: 'envoy', issue: 'ceasefire' },
  );
  return story;
}

describe('storyDates()', () => {
  test('storyDates() lists each position date once, sorted, with the updated date last', () => {
    expect(storyDates(fixtureStory())).toEqual(['2025-08-14', '2025-08-15', '2025-08-17']);
  });

  test.each([
    ['no positions', [], '2025-08-17', ['2025-08-17']],
    [
      'positions out of order',
      ['2025-08-15', '2025-08-01'],
      '2025-08-17',
      ['2025-08-01', '2025-08-15', '2025-08-17'],
    ],
    [
      'a position dated on the updated day',
      ['2025-08-17', '2025-08-01'],
      '2025-08-17',
      ['2025-08-01', '2025-08-17'],
    ],
    ['repeated dates', ['2025-08-01', '2025-08-01'], '2025-08-02', ['2025-08-01', '2025-08-02']],
  ])('storyDates() handles %s', (_case, asOfs, updated, expected) => {
    const story = fixtureStory();
    story.updated = updated;
    story.positions = asOfs.map((asOf) => position(asOf));
    expect(storyDates(story)).toEqual(expected);
  });

  test('storyDates() does not modify the story', () => {
    const story = fixtureStory();
    const before = structuredClone(story);
    storyDates(story);
    expect(story).toEqual(before);
  });
});

describe('positionAsOf()', () => {
  const history = [
    position('2025-08-15', 'opposes'),
    position('2025-08-14'),
    position('2025-08-17'),
  ];

  test.each([
    ['returns no position before the first dated one', '2025-08-13', undefined],
    ['returns the first position on its own date', '2025-08-14', '2025-08-14'],
    ['returns the latest earlier position between two dates', '2025-08-16', '2025-08-15'],
    ['returns the latest position on or after its date', '2025-09-01', '2025-08-17'],
  ])('positionAsOf() %s', (_case, date, expected) => {
    expect(positionAsOf(history, date)?.asOf).toBe(expected);
  });

  test('positionAsOf() returns nothing for an empty history', () => {
    expect(positionAsOf([], '2025-08-17')).toBeUndefined();
  });

  test('positionAsOf() does not modify or reorder the history', () => {
    const before = structuredClone(history);
    positionAsOf(history, '2025-08-16');
    expect(history).toEqual(before);
  });
});

describe('changesBetween()', () => {
  test('changesBetween() reports a different stance as changed', () => {
    const changes = changesBetween(fixtureStory(), '2025-08-14', '2025-08-15');
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ actor: 'washington', issue: 'ceasefire', kind: 'changed' });
    expect(changes[0]?.before?.stance).toBe('supports');
    expect(changes[0]?.after.stance).toBe('opposes');
  });

  test('changesBetween() reports a first position as new, with nothing before', () => {
    const changes = changesBetween(fixtureStory(), '2025-08-15', '2025-08-17');
    expect(changes.map((c) => [c.actor, c.issue, c.kind])).toEqual([
      ['kyiv', 'guarantees', 'new'],
      ['moscow', 'guarantees', 'new'],
    ]);
    expect(changes.every((c) => c.before === undefined)).toBe(true);
  });

  test('changesBetween() reports a newer position with the same stance as restated', () => {
    const changes = changesBetween(storyWithRestatement(), '2025-08-17', '2025-08-19');
    expect(changes.map((c) => [c.actor, c.issue, c.kind])).toEqual([
      ['kyiv', 'guarantees', 'restated'],
    ]);
    expect(changes[0]?.before?.asOf).toBe('2025-08-17');
    expect(changes[0]?.after.asOf).toBe('2025-08-19');
  });

  test('changesBetween() lists changes in grid order: issues, then actor columns', () => {
    const changes = changesBetween(storyWithRestatement(), '2025-08-01', '2025-08-20');
    expect(changes.map((c) => [c.issue, c.actor, c.kind])).toEqual([
      ['ceasefire', 'washington', 'new'],
      ['ceasefire', 'envoy', 'new'],
      ['guarantees', 'kyiv', 'new'],
      ['guarantees', 'moscow', 'new'],
    ]);
  });

  test.each([
    ['the same date twice', '2025-08-15', '2025-08-15'],
    ['dates in reverse order', '2025-08-17', '2025-08-14'],
    ['dates before any position', '2025-01-01', '2025-02-01'],
    ['dates after the last position', '2025-08-18', '2025-09-01'],
  ])('changesBetween() finds nothing between %s', (_case, from, to) => {
    expect(changesBetween(fixtureStory(), from, to)).toEqual([]);
  });

  test('changesBetween() does not modify the story', () => {
    const story = storyWithRestatement();
    const before = structuredClone(story);
    changesBetween(story, '2025-08-01', '2025-08-20');
    expect(story).toEqual(before);
  });
});

describe('previousStep() and nextStep()', () => {
  const dates = ['2025-08-14', '2025-08-15', '2025-08-17'];

  test.each([
    ['2025-08-15', '2025-08-14'],
    ['2025-08-16', '2025-08-15'],
    ['2025-08-14', undefined],
    ['2025-08-01', undefined],
    ['2025-09-01', '2025-08-17'],
  ])('previousStep(dates, %j) is %j', (date, expected) => {
    expect(previousStep(dates, date)).toBe(expected);
  });

  test.each([
    ['2025-08-14', '2025-08-15'],
    ['2025-08-16', '2025-08-17'],
    ['2025-08-17', undefined],
    ['2025-08-01', '2025-08-14'],
  ])('nextStep(dates, %j) is %j', (date, expected) => {
    expect(nextStep(dates, date)).toBe(expected);
  });

  test('previousStep() and nextStep() accept unsorted dates without reordering them', () => {
    const unsorted = ['2025-08-17', '2025-08-14', '2025-08-15'];
    expect(previousStep(unsorted, '2025-08-17')).toBe('2025-08-15');
    expect(nextStep(unsorted, '2025-08-14')).toBe('2025-08-15');
    expect(unsorted).toEqual(['2025-08-17', '2025-08-14', '2025-08-15']);
  });

  test('previousStep() and nextStep() return nothing for no dates', () => {
    expect(previousStep([], '2025-08-17')).toBeUndefined();
    expect(nextStep([], '2025-08-17')).toBeUndefined();
  });
});
