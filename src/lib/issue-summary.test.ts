import { describe, expect, test } from 'vitest';
import { fixtureStory } from '../../tests/fixtures/story';
import { DEFAULT_STANCES } from './default-stances';
import {
  divisiveness,
  sortIssues,
  stanceSides,
  summarizeIssues,
  summaryBar,
  type IssueClass,
  type IssueSummary,
} from './issue-summary';
import { buildMatrix } from './matrix';
import type { Stance, Story } from './types';

/**
 * A story with five actors and one issue per entry of `rows`; each row lists the stance of
 * actors a1, a2, … in turn, `null` for no known position.
 */
function storyOf(rows: Record<string, (string | null)[]>): Story {
  const story = fixtureStory();
  story.actors = ['a1', 'a2', 'a3', 'a4', 'a5'].map((id) => ({ id, name: id }));
  story.issues = Object.keys(rows).map((id) => ({ id, label: id }));
  story.positions = Object.entries(rows).flatMap(([issue, stances]) =>
    stances.flatMap((stance, index) =>
      stance === null
        ? []
        : [
            {
              actor: `a${index + 1}`,
              issue,
              stance,
              asOf: '2025-08-17',
              summary: 'S.',
              evidence: [],
            },
          ],
    ),
  );
  return story;
}

function summaryOf(stances: (string | null)[]): IssueSummary {
  const story = storyOf({ only: stances });
  const [summary] = summarizeIssues(buildMatrix(story), story.stances);
  return summary!;
}

const stance = (id: string, ordinal = true): Stance => ({ id, label: id, ordinal });

describe('stanceSides()', () => {
  test('stanceSides() puts supports on the supportive side and opposes on the opposed side of the default scale, conditional and unclear on neither', () => {
    expect(Object.fromEntries(stanceSides(DEFAULT_STANCES))).toEqual({
      supports: 'supportive',
      conditional: 'neither',
      unclear: 'neither',
      opposes: 'opposed',
    });
  });

  test.each([
    ['two ordinal stances', [stance('yes'), stance('no')], ['supportive', 'opposed']],
    [
      'four ordinal stances and no middle',
      [stance('s1'), stance('s2'), stance('s3'), stance('s4')],
      ['supportive', 'supportive', 'opposed', 'opposed'],
    ],
    [
      'five ordinal stances with a middle',
      [stance('s1'), stance('s2'), stance('s3'), stance('s4'), stance('s5')],
      ['supportive', 'supportive', 'neither', 'opposed', 'opposed'],
    ],
    [
      'off-scale stances anywhere in the list',
      [stance('unknown', false), stance('yes'), stance('mixed', false), stance('no')],
      ['neither', 'supportive', 'neither', 'opposed'],
    ],
    ['a single ordinal stance', [stance('only')], ['neither']],
    ['no stances', [], []],
  ])('stanceSides() handles %s', (_case, stances, expected) => {
    const sides = stanceSides(stances);
    expect(stances.map((s) => sides.get(s.id))).toEqual(expected);
  });
});

describe('summarizeIssues()', () => {
  test.each<[string, (string | null)[], IssueClass]>([
    ['no known positions', [null, null, null, null, null], 'too-few'],
    ['a single known position', ['supports', null, null, null, null], 'too-few'],
    ['two supportive actors', ['supports', 'supports', null, null, null], 'consensus'],
    ['three opposed actors', ['opposes', 'opposes', 'opposes', null, null], 'consensus'],
    ['one actor against one', ['supports', 'opposes', null, null, null], 'standoff'],
    [
      'two against two with one unclear',
      ['supports', 'supports', 'opposes', 'opposes', 'unclear'],
      'standoff',
    ],
    ['two against one', ['supports', 'supports', 'opposes', null, null], 'split'],
    ['four against one', ['opposes', 'supports', 'opposes', 'opposes', 'opposes'], 'split'],
    ['two opposed and one unclear', ['opposes', 'unclear', 'opposes', null, null], 'unsettled'],
    ['supportive and conditional', ['supports', 'conditional', null, null, null], 'unsettled'],
    ['everyone unclear', ['unclear', 'unclear', null, null, null], 'unsettled'],
  ])('summarizeIssues() classifies %s', (_case, stances, expected) => {
    expect(summaryOf(stances).classification).toBe(expected);
  });

  test('summarizeIssues() counts each stance in scale order, sides, and actors with no known position', () => {
    const summary = summaryOf(['supports', 'opposes', 'unclear', 'supports', null]);
    expect(summary.stances.map((s) => [s.stance.id, s.side, s.count])).toEqual([
      ['supports', 'supportive', 2],
      ['conditional', 'neither', 0],
      ['unclear', 'neither', 1],
      ['opposes', 'opposed', 1],
    ]);
    expect(summary).toMatchObject({ known: 4, unknown: 1, supportive: 2, opposed: 1, neither: 1 });
  });

  test('summarizeIssues() counts a stance missing from the scale as known and on neither side', () => {
    const summary = summaryOf(['supports', 'made-up', null, null, null]);
    expect(summary).toMatchObject({ known: 2, supportive: 1, neither: 1 });
    expect(summary.stances.reduce((total, s) => total + s.count, 0)).toBe(1);
  });

  test('summarizeIssues() summarises a matrix built as of a date', () => {
    const story = fixtureStory();
    const early = summarizeIssues(buildMatrix(story, { asOf: '2025-08-14' }), story.stances);
    const late = summarizeIssues(buildMatrix(story), story.stances);
    expect(early.map((s) => [s.issue.id, s.known, s.classification])).toEqual([
      ['ceasefire', 1, 'too-few'],
      ['guarantees', 0, 'too-few'],
    ]);
    expect(late.map((s) => [s.issue.id, s.known, s.classification])).toEqual([
      ['ceasefire', 1, 'too-few'],
      ['guarantees', 2, 'consensus'],
    ]);
  });

  test('summarizeIssues() does not modify the matrix or the stances', () => {
    const story = fixtureStory();
    const matrix = buildMatrix(story);
    const before = structuredClone({ matrix, stances: story.stances });
    summarizeIssues(matrix, story.stances);
    expect({ matrix, stances: story.stances }).toEqual(before);
  });
});

describe('summaryBar()', () => {
  const fillOf = (id: string) => `fill-${id}`;

  test('summaryBar() gives each stance held a run as wide as its share of actors, in scale order, then the unknowns', () => {
    const summary = summaryOf(['opposes', 'supports', null, 'supports', 'opposes']);
    expect(summaryBar(summary, fillOf, 100)).toEqual([
      { id: 'supports', fillClass: 'fill-supports', x: 0, width: 40 },
      { id: 'opposes', fillClass: 'fill-opposes', x: 40, width: 40 },
      { id: '', fillClass: 'unknown', x: 80, width: 20 },
    ]);
  });

  test('summaryBar() draws a stance with no fill as unknown, and an issue nobody speaks to as one unknown run', () => {
    expect(summaryBar(summaryOf(['supports']), () => undefined, 10)).toEqual([
      { id: 'supports', fillClass: 'unknown', x: 0, width: 2 },
      { id: '', fillClass: 'unknown', x: 2, width: 8 },
    ]);
    expect(summaryBar(summaryOf([null, null, null, null]), fillOf, 72)).toEqual([
      { id: '', fillClass: 'unknown', x: 0, width: 72 },
    ]);
  });
});

describe('divisiveness()', () => {
  test.each<[string, (string | null)[], number]>([
    ['an issue with fewer than two known positions', ['supports', null, null, null, null], 0],
    ['a consensus', ['supports', 'supports', 'supports', null, null], 0],
    ['an even standoff', ['supports', 'opposes', null, null, null], 1],
    [
      'a standoff with one actor on neither side',
      ['supports', 'opposes', 'unclear', null, null],
      2 / 3,
    ],
    ['two against one', ['supports', 'supports', 'opposes', null, null], 2 / 3],
    ['four against one', ['supports', 'supports', 'supports', 'supports', 'opposes'], 2 / 5],
    ['an issue where everyone is unclear', ['unclear', 'unclear', null, null, null], 0],
  ])('divisiveness() scores %s', (_case, stances, expected) => {
    const score = divisiveness(summaryOf(stances));
    expect(score).toBeCloseTo(expected);
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(1);
  });
});

describe('sortIssues()', () => {
  const rows = {
    agreed: ['supports', 'supports', null, null, null],
    lopsided: ['supports', 'supports', 'opposes', null, null],
    alone: ['opposes', null, null, null, null],
    even: ['supports', 'opposes', null, null, null],
    'also-lopsided': ['opposes', 'opposes', 'supports', null, null],
  };

  test('sortIssues() puts the most divided issues first, ties in the editor’s order', () => {
    expect(sortIssues(storyOf(rows), 'divided').map((issue) => issue.id)).toEqual([
      'even',
      'lopsided',
      'also-lopsided',
      'agreed',
      'alone',
    ]);
  });

  test('sortIssues() keeps the editor’s order when asked to', () => {
    expect(sortIssues(storyOf(rows), 'editor').map((issue) => issue.id)).toEqual(Object.keys(rows));
  });

  test('sortIssues() sorts by the grid as of a date', () => {
    const story = storyOf({
      x: ['supports', 'supports', null, null, null],
      y: ['supports', 'opposes'],
    });
    story.positions = story.positions.map((p) => ({ ...p, asOf: '2025-08-10' }));
    for (const actor of ['a3', 'a4']) {
      story.positions.push({
        actor,
        issue: 'x',
        stance: 'opposes',
        asOf: '2025-08-12',
        summary: 'S.',
        evidence: [],
      });
    }
    const ids = (asOf?: string) => sortIssues(story, 'divided', asOf).map((issue) => issue.id);
    expect(ids('2025-08-11')).toEqual(['y', 'x']);
    expect(ids('2025-08-12')).toEqual(['x', 'y']);
    expect(ids()).toEqual(['x', 'y']);
  });

  test('sortIssues() returns a new array and does not modify the story', () => {
    const story = storyOf(rows);
    const before = structuredClone(story);
    const sorted = sortIssues(story, 'editor');
    sortIssues(story, 'divided');
    expect(sorted).not.toBe(story.issues);
    expect(story).toEqual(before);
  });
});
