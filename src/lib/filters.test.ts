import { describe, expect, test } from 'vitest';
import { fixtureStory } from '../../tests/fixtures/story';
import { filterMatrix, groupsOf, visibleIds, type GroupFilters } from './filters';
import { buildMatrix } from './matrix';
import type { Story } from './types';

/** The fixture with issue groups, and one actor with no group. */
function story(): Story {
  const s = fixtureStory();
  s.issues = [
    { id: 'ceasefire', label: 'Ceasefire', group: 'War' },
    { id: 'guarantees', label: 'Guarantees', group: 'Security' },
    { id: 'sanctions', label: 'Sanctions' },
  ];
  s.actors = [...s.actors, { id: 'observer', name: 'Observer' }];
  return s;
}

describe('groupsOf()', () => {
  test('groupsOf() lists each group once in order of first appearance, null for no group', () => {
    expect(groupsOf(story().actors)).toEqual(['Ukraine', 'United States', 'Russia', null]);
    expect(groupsOf(story().issues)).toEqual(['War', 'Security', null]);
    expect(groupsOf([])).toEqual([]);
  });
});

describe('visibleIds()', () => {
  test.each<[string, GroupFilters, string[], string[]]>([
    [
      'shows everything with no filters',
      {},
      ['kyiv', 'washington', 'moscow', 'envoy', 'observer'],
      ['ceasefire', 'guarantees', 'sanctions'],
    ],
    [
      'shows only actors of the chosen groups',
      { actorGroups: ['United States'] },
      ['washington', 'envoy'],
      ['ceasefire', 'guarantees', 'sanctions'],
    ],
    [
      'shows ungrouped items when null is chosen',
      { actorGroups: [null], issueGroups: [null] },
      ['observer'],
      ['sanctions'],
    ],
    [
      'shows only issues of the chosen groups',
      { issueGroups: ['Security', 'War'] },
      ['kyiv', 'washington', 'moscow', 'envoy', 'observer'],
      ['ceasefire', 'guarantees'],
    ],
    ['hides everything for empty lists', { actorGroups: [], issueGroups: [] }, [], []],
    [
      'matches nothing for a group the story does not have',
      { actorGroups: ['Atlantis'] },
      [],
      ['ceasefire', 'guarantees', 'sanctions'],
    ],
  ])('visibleIds() %s', (_case, filters, actors, issues) => {
    const s = story();
    expect(visibleIds(s, filters)).toEqual({
      actors,
      issues,
      hiddenActors: s.actors.length - actors.length,
      hiddenIssues: s.issues.length - issues.length,
    });
  });

  test('visibleIds() does not modify the story or the filters', () => {
    const s = story();
    const filters: GroupFilters = { actorGroups: ['Russia'], issueGroups: [null] };
    const before = structuredClone({ s, filters });
    visibleIds(s, filters);
    expect({ s, filters }).toEqual(before);
  });
});

describe('filterMatrix()', () => {
  test('filterMatrix() keeps the chosen rows and columns with their cells', () => {
    const { matrix, hiddenActors, hiddenIssues } = filterMatrix(buildMatrix(story()), {
      actorGroups: ['United States', 'Russia'],
      issueGroups: ['War'],
    });
    expect(matrix.columns.map((a) => a.id)).toEqual(['washington', 'envoy', 'moscow']);
    expect(matrix.rows.map((i) => i.id)).toEqual(['ceasefire']);
    expect(matrix.cells.map((row) => row.map((c) => [c.issue.id, c.actor.id]))).toEqual([
      [
        ['ceasefire', 'washington'],
        ['ceasefire', 'envoy'],
        ['ceasefire', 'moscow'],
      ],
    ]);
    expect(matrix.cells[0]?.[0]?.position?.stance).toBe('opposes');
    expect([hiddenActors, hiddenIssues]).toEqual([2, 2]);
  });

  test('filterMatrix() recounts column groups from the columns left', () => {
    const { matrix } = filterMatrix(buildMatrix(story()), { actorGroups: ['Ukraine', null] });
    expect(matrix.groups).toEqual([
      { name: 'Ukraine', start: 0, span: 1 },
      { name: undefined, start: 1, span: 1 },
    ]);
  });

  test('filterMatrix() hiding only issues keeps each row’s own array of cells', () => {
    const full = buildMatrix(story());
    const { matrix } = filterMatrix(full, { issueGroups: ['War'] });
    expect(matrix.cells).toHaveLength(1);
    expect(matrix.cells[0]).toBe(full.cells[full.rows.findIndex((i) => i.id === 'ceasefire')]);
  });

  test('filterMatrix() with no filters returns an equal matrix and hides nothing', () => {
    const full = buildMatrix(story());
    expect(filterMatrix(full)).toEqual({ matrix: full, hiddenActors: 0, hiddenIssues: 0 });
  });

  test('filterMatrix() can hide every row and column', () => {
    const { matrix } = filterMatrix(buildMatrix(story()), { actorGroups: [], issueGroups: [] });
    expect(matrix).toEqual({ columns: [], groups: [], rows: [], cells: [] });
  });

  test('filterMatrix() does not modify the matrix', () => {
    const full = buildMatrix(story());
    const before = structuredClone(full);
    filterMatrix(full, { actorGroups: ['Russia'], issueGroups: ['War'] });
    expect(full).toEqual(before);
  });
});
