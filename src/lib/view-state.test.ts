import { describe, expect, test } from 'vitest';
import { fixtureStory } from '../../tests/fixtures/story';
import type { HashState } from './hash';
import { buildMatrix, cellKey } from './matrix';
import { storyDates } from './timeline';
import {
  buildView,
  hashChange,
  historyMethod,
  orderRows,
  snapDate,
  type HashChange,
} from './view-state';

const DATES = ['2025-08-14', '2025-08-15', '2025-08-17'];

describe('snapDate()', () => {
  test.each([
    [undefined, undefined],
    ['2025-08-14', '2025-08-14'],
    ['2025-08-15', '2025-08-15'],
    ['2025-08-16', '2025-08-15'],
    ['2025-08-01', '2025-08-14'],
    ['2025-08-17', undefined],
    ['2025-09-01', undefined],
  ])('snapDate(dates, %j) is %j', (date, expected) => {
    expect(snapDate(DATES, date)).toBe(expected);
  });

  test('snapDate() of no dates is the latest', () => {
    expect(snapDate([], '2025-08-14')).toBeUndefined();
  });
});

describe('orderRows()', () => {
  test('orderRows() reorders rows with their cells, without modifying the matrix', () => {
    const matrix = buildMatrix(fixtureStory());
    const copy = structuredClone(matrix);
    const [first, second] = matrix.rows;
    const ordered = orderRows(matrix, [second!, first!]);
    expect(ordered.rows.map((issue) => issue.id)).toEqual(['guarantees', 'ceasefire']);
    expect(ordered.cells[0]![0]!.issue.id).toBe('guarantees');
    expect(ordered.cells[0]).toBe(matrix.cells[1]);
    expect(matrix).toEqual(copy);
  });

  test('orderRows() skips issues the matrix does not have', () => {
    const matrix = buildMatrix(fixtureStory());
    expect(orderRows(matrix, [{ id: 'nope', label: 'Nope' }]).rows).toEqual([]);
  });
});

describe('buildView()', () => {
  const story = fixtureStory();
  const dates = storyDates(story);

  test('buildView() at the latest marks no changes and shows every row', () => {
    const view = buildView(story, dates, {});
    expect(view.since).toBeUndefined();
    expect(view.changes.size).toBe(0);
    expect(view.shown.rows.map((issue) => issue.id)).toEqual(['ceasefire', 'guarantees']);
    expect(view.agreement).toBeUndefined();
  });

  test('buildView() on a past step marks the cells changed since the step before', () => {
    const view = buildView(story, dates, { date: '2025-08-15' });
    expect(view.since).toBe('2025-08-14');
    const change = view.changes.get(cellKey('washington', 'ceasefire'));
    expect(change?.kind).toBe('changed');
    expect(change?.before?.stance).toBe('supports');
    expect(view.changes.size).toBe(1);
  });

  test('buildView() on the first step has nothing to compare with', () => {
    const view = buildView(story, dates, { date: '2025-08-14' });
    expect(view.since).toBeUndefined();
    expect(view.changes.size).toBe(0);
    expect(view.summaries.get('guarantees')?.known).toBe(0);
  });

  test.each<[string, string | undefined, string, string | undefined, string[]]>([
    [
      'at the latest',
      undefined,
      '2025-08-14',
      '2025-08-14',
      ['kyiv/guarantees', 'moscow/guarantees', 'washington/ceasefire'],
    ],
    ['on a past date', '2025-08-15', '2025-08-14', '2025-08-14', ['washington/ceasefire']],
    [
      'ignoring a since on the day shown',
      '2025-08-15',
      '2025-08-15',
      '2025-08-14',
      ['washington/ceasefire'],
    ],
    ['ignoring a since after the day shown', undefined, '2025-08-17', undefined, []],
  ])(
    'buildView() with changedSince %s measures changes from the right day',
    (_case, date, changedSince, since, changed) => {
      const view = buildView(story, dates, { date, changedSince });
      expect(view.since).toBe(since);
      expect([...view.changes.keys()].map((key) => key.replace(' ', '/')).sort()).toEqual(changed);
      expect(view.whatChanged?.since).toBe(changedSince === since ? since : undefined);
    },
  );

  test('buildView() marks a cell corrected since changedSince, even with no new position', () => {
    const corrected = fixtureStory();
    corrected.corrections = [
      { date: '2025-08-18', text: 'Fixed.', actor: 'washington', issue: 'ceasefire' },
      { date: '2025-08-18', text: 'Fixed everywhere.' },
    ];
    const view = buildView(corrected, dates, { changedSince: '2025-08-15' });
    expect([...view.corrected]).toEqual([cellKey('washington', 'ceasefire')]);
    expect(view.changes.has(cellKey('washington', 'ceasefire'))).toBe(false);
    expect(view.whatChanged?.cells).toHaveLength(3);
    expect(view.whatChanged?.storyWide).toHaveLength(1);
  });

  test('buildView() filters rows and columns and counts what it hides', () => {
    const view = buildView(story, dates, { filters: { actorGroups: ['Russia'] } });
    expect(view.shown.columns.map((actor) => actor.id)).toEqual(['moscow']);
    expect(view.hiddenActors).toBe(3);
    expect(view.hiddenIssues).toBe(0);
    // Common ground is over every actor, whatever is hidden.
    expect(view.summaries.get('guarantees')?.known).toBe(2);
  });

  test('buildView() compares two actors issue by issue', () => {
    const view = buildView(story, dates, { compare: ['kyiv', 'moscow'] });
    expect(view.comparisons.get('guarantees')?.agreement).toBe('agree');
    expect(view.comparisons.get('ceasefire')?.agreement).toBe('both-unknown');
    expect(view.agreement).toEqual({ agree: 1, differ: 0, 'one-unknown': 0, 'both-unknown': 1 });
  });

  test('buildView() takes the latest matrix it is given as it is, and builds one for a date', () => {
    const latest = buildMatrix(story);
    const view = buildView(story, dates, { compare: ['kyiv', 'moscow'] }, latest);
    expect(view.dated).toBe(latest);
    expect(view).toEqual(buildView(story, dates, { compare: ['kyiv', 'moscow'] }));
    const past = buildView(story, dates, { date: '2025-08-15' }, latest);
    expect(past.dated).not.toBe(latest);
    expect(past).toEqual(buildView(story, dates, { date: '2025-08-15' }));
  });

  test('buildView() does not modify the story', () => {
    const before = structuredClone(story);
    buildView(story, dates, { date: '2025-08-15', order: 'divided', compare: ['kyiv', 'envoy'] });
    expect(story).toEqual(before);
  });
});

describe('hashChange() and historyMethod()', () => {
  const cases: [string, HashState, HashState, HashChange][] = [
    ['opening a cell', {}, { actor: 'a', issue: 'i' }, 'cell'],
    [
      'closing a cell',
      { actor: 'a', issue: 'i', date: '2025-08-14' },
      { date: '2025-08-14' },
      'cell',
    ],
    [
      'moving the date',
      { actor: 'a', issue: 'i' },
      { actor: 'a', issue: 'i', date: '2025-08-14' },
      'view',
    ],
    ['choosing a pair', {}, { compare: ['a', 'b'] }, 'view'],
    ['choosing a day to compare with', {}, { since: '2025-08-14' }, 'view'],
    ['nothing', { compare: ['a', 'b'] }, { compare: ['a', 'b'] }, 'none'],
  ];
  test.each(cases)('hashChange() of %s', (_name, before, after, expected) => {
    expect(hashChange(before, after)).toBe(expected);
  });

  test.each([
    ['cell', 'page', 'push'],
    ['view', 'page', 'replace'],
    ['cell', 'embed', 'replace'],
    ['view', 'embed', 'replace'],
  ] as const)('historyMethod(%s, %s) is %s', (change, mode, expected) => {
    expect(historyMethod(change, mode)).toBe(expected);
  });
});
