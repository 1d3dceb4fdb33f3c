import { describe, expect, test } from 'vitest';
import { fixtureStory } from '../../tests/fixtures/story';
import { changesSince } from './changes-since';
import { buildMatrix } from './matrix';
import type { Correction, Story } from './types';

const cellFix: Correction = {
  date: '2025-08-16',
  text: 'Fixed a date.',
  actor: 'washington',
  issue: 'ceasefire',
};
const laterCellFix: Correction = { ...cellFix, date: '2025-08-18', text: 'Fixed it again.' };
const storyFix: Correction = { date: '2025-08-16', text: 'Fixed a name throughout.' };

function withCorrections(...corrections: Correction[]): Story {
  const story = fixtureStory();
  story.corrections = corrections;
  return story;
}

/** Each changed cell as `actor/issue:kind` (`fix` when only corrected) plus its corrections. */
function summary(story: Story, since: string, until?: string) {
  const result = changesSince(story, since, until);
  return {
    cells: result.cells.map(
      (cell) =>
        `${cell.actor}/${cell.issue}:${cell.change?.kind ?? 'fix'}` +
        cell.corrections.map((correction) => `+${correction.date}`).join(''),
    ),
    storyWide: result.storyWide.map((correction) => correction.date),
  };
}

describe('changesSince()', () => {
  test.each([
    [
      'since the first date, at the latest',
      fixtureStory(),
      '2025-08-14',
      undefined,
      ['washington/ceasefire:changed', 'kyiv/guarantees:new', 'moscow/guarantees:new'],
      [],
    ],
    [
      'since a day between steps',
      fixtureStory(),
      '2025-08-16',
      undefined,
      ['kyiv/guarantees:new', 'moscow/guarantees:new'],
      [],
    ],
    [
      'up to a chosen past date',
      fixtureStory(),
      '2025-08-14',
      '2025-08-15',
      ['washington/ceasefire:changed'],
      [],
    ],
    [
      'a cell that only has a correction',
      withCorrections(cellFix),
      '2025-08-15',
      undefined,
      ['washington/ceasefire:fix+2025-08-16', 'kyiv/guarantees:new', 'moscow/guarantees:new'],
      [],
    ],
    [
      'a correction dated after `updated`, at the latest',
      withCorrections(laterCellFix, cellFix),
      '2025-08-15',
      undefined,
      [
        'washington/ceasefire:fix+2025-08-18+2025-08-16',
        'kyiv/guarantees:new',
        'moscow/guarantees:new',
      ],
      [],
    ],
    [
      'a correction after a chosen past date',
      withCorrections(laterCellFix),
      '2025-08-14',
      '2025-08-17',
      ['washington/ceasefire:changed', 'kyiv/guarantees:new', 'moscow/guarantees:new'],
      [],
    ],
    [
      'a correction on the since day itself',
      withCorrections(cellFix),
      '2025-08-16',
      undefined,
      ['kyiv/guarantees:new', 'moscow/guarantees:new'],
      [],
    ],
    [
      'a story-wide correction',
      withCorrections(storyFix),
      '2025-08-15',
      undefined,
      ['kyiv/guarantees:new', 'moscow/guarantees:new'],
      ['2025-08-16'],
    ],
    ['since the updated day', withCorrections(laterCellFix), '2025-08-17', undefined, [], []],
    ['since after the chosen date', fixtureStory(), '2025-08-16', '2025-08-15', [], []],
  ])('changesSince() %s', (_name, story, since, until, cells, storyWide) => {
    expect(summary(story, since, until)).toEqual({ cells, storyWide });
  });

  test('changesSince() keeps the position change and the stance before it', () => {
    const [cell] = changesSince(fixtureStory(), '2025-08-14').cells;
    expect(cell?.change?.before?.stance).toBe('supports');
    expect(cell?.change?.after.stance).toBe('opposes');
    expect(cell?.corrections).toEqual([]);
  });

  test('changesSince() given the story’s whole matrix answers as it does building its own', () => {
    const story = withCorrections(storyFix, laterCellFix, cellFix);
    expect(changesSince(story, '2025-08-14', undefined, buildMatrix(story))).toEqual(
      changesSince(story, '2025-08-14'),
    );
  });

  test('changesSince() does not modify the story', () => {
    const story = withCorrections(storyFix, laterCellFix, cellFix);
    const before = structuredClone(story);
    changesSince(story, '2025-08-14');
    expect(story).toEqual(before);
  });
});
