import { describe, expect, test } from 'vitest';
import { fixtureStory } from '../../tests/fixtures/story';
import { buildMatrix, cellKey, findCell } from './matrix';

describe('buildMatrix()', () => {
  test('puts issues in rows in the editor’s order', () => {
    const matrix = buildMatrix(fixtureStory());
    expect(matrix.rows.map((issue) => issue.id)).toEqual(['ceasefire', 'guarantees']);
  });

  test('groups actor columns by group, in the order each group first appears', () => {
    const matrix = buildMatrix(fixtureStory());
    expect(matrix.columns.map((actor) => actor.id)).toEqual([
      'kyiv',
      'washington',
      'envoy',
      'moscow',
    ]);
    expect(matrix.groups).toEqual([
      { name: 'Ukraine', start: 0, span: 1 },
      { name: 'United States', start: 1, span: 2 },
      { name: 'Russia', start: 3, span: 1 },
    ]);
  });

  test('shows the latest position of a cell and keeps its history newest first', () => {
    const cell = findCell(buildMatrix(fixtureStory()), 'washington', 'ceasefire');
    expect(cell?.position?.stance).toBe('opposes');
    expect(cell?.history.map((position) => position.asOf)).toEqual(['2025-08-15', '2025-08-14']);
  });

  test('marks cells with no position as unknown rather than guessing', () => {
    const cell = findCell(buildMatrix(fixtureStory()), 'envoy', 'ceasefire');
    expect(cell?.position).toBeUndefined();
    expect(cell?.history).toEqual([]);
  });

  test('gives every row one cell per column', () => {
    const matrix = buildMatrix(fixtureStory());
    for (const row of matrix.cells) {
      expect(row.map((cell) => cell.actor.id)).toEqual(matrix.columns.map((actor) => actor.id));
    }
  });

  test('keeps ungrouped actors in a group of their own with no name', () => {
    const story = fixtureStory();
    story.actors = story.actors.map(({ group: _group, ...actor }) => actor);
    expect(buildMatrix(story).groups).toEqual([{ name: undefined, start: 0, span: 4 }]);
  });

  test('does not modify the story', () => {
    const story = fixtureStory();
    const before = structuredClone(story);
    buildMatrix(story);
    expect(story).toEqual(before);
  });
});

describe('findCell()', () => {
  test.each([
    ['an unknown actor', 'nobody', 'ceasefire'],
    ['an unknown issue', 'kyiv', 'nothing'],
    ['a prototype key', '__proto__', 'constructor'],
  ])('returns undefined for %s', (_case, actor, issue) => {
    expect(findCell(buildMatrix(fixtureStory()), actor, issue)).toBeUndefined();
  });
});

describe('cellKey()', () => {
  test('keeps ids that look like separators apart', () => {
    expect(cellKey('a-b', 'c')).not.toBe(cellKey('a', 'b-c'));
  });
});

describe('buildMatrix(story, { asOf })', () => {
  test.each([
    ['before any position', '2025-08-13', undefined, []],
    ['on the first date', '2025-08-14', 'supports', ['2025-08-14']],
    ['on the later date', '2025-08-15', 'opposes', ['2025-08-15', '2025-08-14']],
    ['after every date', '2025-12-31', 'opposes', ['2025-08-15', '2025-08-14']],
  ])('shows a cell as it stood %s', (_case, asOf, stance, history) => {
    const cell = findCell(buildMatrix(fixtureStory(), { asOf }), 'washington', 'ceasefire');
    expect(cell?.position?.stance).toBe(stance);
    expect(cell?.history.map((position) => position.asOf)).toEqual(history);
  });

  test('leaves a cell empty before its first position instead of back-filling it', () => {
    const cell = findCell(
      buildMatrix(fixtureStory(), { asOf: '2025-08-16' }),
      'kyiv',
      'guarantees',
    );
    expect(cell?.position).toBeUndefined();
    expect(cell?.history).toEqual([]);
  });

  test('keeps the rows, columns and groups of the latest matrix', () => {
    const latest = buildMatrix(fixtureStory());
    const early = buildMatrix(fixtureStory(), { asOf: '2025-01-01' });
    expect(early.rows).toEqual(latest.rows);
    expect(early.columns).toEqual(latest.columns);
    expect(early.groups).toEqual(latest.groups);
  });

  test('matches buildMatrix(story) when no date is given', () => {
    expect(buildMatrix(fixtureStory(), {})).toEqual(buildMatrix(fixtureStory()));
  });

  test('does not modify the story when built as of a date', () => {
    const story = fixtureStory();
    const before = structuredClone(story);
    buildMatrix(story, { asOf: '2025-08-14' });
    expect(story).toEqual(before);
  });
});
