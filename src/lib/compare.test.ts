import { describe, expect, test } from 'vitest';
import { fixtureStory } from '../../tests/fixtures/story';
import { compareActors, countAgreement, type Agreement } from './compare';
import { buildMatrix } from './matrix';
import type { Stance, Story } from './types';

const FIVE_POINT: Stance[] = ['strong-yes', 'yes', 'neutral', 'no', 'strong-no'].map((id) => ({
  id,
  label: id,
  ordinal: true,
}));

/** Two actors, one issue per row; each row gives the stances of a and b, `null` for none. */
function storyOf(rows: Record<string, [string | null, string | null]>): Story {
  const story = fixtureStory();
  story.actors = [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
  ];
  story.issues = Object.keys(rows).map((id) => ({ id, label: id }));
  story.positions = Object.entries(rows).flatMap(([issue, pair]) =>
    pair.flatMap((stance, index) =>
      stance === null
        ? []
        : [
            {
              actor: index ? 'b' : 'a',
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

describe('compareActors()', () => {
  test.each<[string, string | null, string | null, Agreement, boolean]>([
    ['the same stance', 'supports', 'supports', 'agree', true],
    ['the same off-scale stance', 'unclear', 'unclear', 'agree', false],
    ['opposite stances', 'supports', 'opposes', 'differ', false],
    ['a stance and unclear', 'opposes', 'unclear', 'differ', false],
    ['a position for A only', 'supports', null, 'one-unknown', false],
    ['a position for B only', null, 'opposes', 'one-unknown', false],
    ['no position for either', null, null, 'both-unknown', false],
  ])('compareActors() compares %s', (_case, a, b, agreement, sameSide) => {
    const story = storyOf({ issue: [a, b] });
    const [row] = compareActors(buildMatrix(story), 'a', 'b', story.stances);
    expect(row).toMatchObject({ agreement, sameSide });
    expect(row?.a?.stance).toBe(a ?? undefined);
    expect(row?.b?.stance).toBe(b ?? undefined);
  });

  test.each<[string, string, string, Agreement, boolean]>([
    ['two stances on the supportive side', 'strong-yes', 'yes', 'differ', true],
    ['two stances on the opposed side', 'no', 'strong-no', 'differ', true],
    ['the middle stance twice', 'neutral', 'neutral', 'agree', false],
    ['the middle stance and a supportive one', 'neutral', 'yes', 'differ', false],
  ])('compareActors() on a five-point scale compares %s', (_case, a, b, agreement, sameSide) => {
    const story = storyOf({ issue: [a, b] });
    story.stances = FIVE_POINT;
    const [row] = compareActors(buildMatrix(story), 'a', 'b', story.stances);
    expect(row).toMatchObject({ agreement, sameSide });
  });

  test('compareActors() gives one row per issue, in row order', () => {
    const story = storyOf({ x: ['supports', 'supports'], y: [null, null], z: ['opposes', null] });
    const rows = compareActors(buildMatrix(story), 'a', 'b', story.stances);
    expect(rows.map((row) => [row.issue.id, row.agreement])).toEqual([
      ['x', 'agree'],
      ['y', 'both-unknown'],
      ['z', 'one-unknown'],
    ]);
  });

  test('compareActors() uses the positions of a matrix built as of a date', () => {
    const story = fixtureStory();
    const early = compareActors(
      buildMatrix(story, { asOf: '2025-08-14' }),
      'washington',
      'kyiv',
      story.stances,
    );
    const late = compareActors(buildMatrix(story), 'washington', 'kyiv', story.stances);
    expect(early[0]?.a?.stance).toBe('supports');
    expect(late[0]?.a?.stance).toBe('opposes');
    expect(early[1]?.agreement).toBe('both-unknown');
    expect(late[1]?.agreement).toBe('one-unknown');
  });

  test('compareActors() says an actor agrees with itself wherever it has a position', () => {
    const story = fixtureStory();
    const rows = compareActors(buildMatrix(story), 'kyiv', 'kyiv', story.stances);
    expect(rows.map((row) => row.agreement)).toEqual(['both-unknown', 'agree']);
  });

  test.each([
    ['an unknown first actor', 'nobody', 'kyiv'],
    ['an unknown second actor', 'kyiv', 'nobody'],
    ['a prototype key', '__proto__', 'constructor'],
  ])('compareActors() returns no rows for %s', (_case, a, b) => {
    const story = fixtureStory();
    expect(compareActors(buildMatrix(story), a, b, story.stances)).toEqual([]);
  });

  test('compareActors() does not modify the matrix or the stances', () => {
    const story = fixtureStory();
    const matrix = buildMatrix(story);
    const before = structuredClone({ matrix, stances: story.stances });
    compareActors(matrix, 'washington', 'moscow', story.stances);
    expect({ matrix, stances: story.stances }).toEqual(before);
  });
});

describe('countAgreement()', () => {
  test('countAgreement() counts issues under each agreement value, zero included', () => {
    const story = storyOf({
      w: ['supports', 'supports'],
      x: ['supports', 'opposes'],
      y: ['opposes', 'opposes'],
    });
    const counts = countAgreement(compareActors(buildMatrix(story), 'a', 'b', story.stances));
    expect(counts).toEqual({ agree: 2, differ: 1, 'one-unknown': 0, 'both-unknown': 0 });
  });

  test('countAgreement() counts nothing for no comparisons', () => {
    expect(countAgreement([])).toEqual({
      agree: 0,
      differ: 0,
      'one-unknown': 0,
      'both-unknown': 0,
    });
  });
});
