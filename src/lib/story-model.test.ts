import { describe, expect, test } from 'vitest';
import { fixtureStory } from '../../tests/fixtures/story';
import { buildMatrix } from './matrix';
import { latestMatrix, storyModel, viewFor } from './story-model';
import { storyDates } from './timeline';
import { buildView } from './view-state';

describe('storyModel()', () => {
  test('works a story out once and gives the same model for the same story', () => {
    const story = fixtureStory();
    const model = storyModel(story);
    expect(storyModel(story)).toBe(model);
    expect(storyModel(fixtureStory())).not.toBe(model);
  });

  test('holds the whole-history matrix, the dates and the opening view', () => {
    const story = fixtureStory();
    const model = storyModel(story);
    expect(model.matrix).toEqual(buildMatrix(story));
    expect(model.dates).toEqual(storyDates(story));
    expect(model.initialView).toEqual(buildView(story, storyDates(story), {}));
    // Built once: the opening view shows the very matrix of latest positions.
    expect(model.initialView.dated).toBe(model.matrix);
  });

  test('builds on the matrix latestMatrix() worked out for the story earlier', () => {
    const story = fixtureStory();
    const matrix = latestMatrix(story);
    expect(latestMatrix(story)).toBe(matrix);
    expect(storyModel(story).matrix).toBe(matrix);
  });
});

describe('viewFor()', () => {
  test.each([
    ['no options', {}],
    ['the defaults spelled out', { order: 'editor' as const, filters: {} }],
    ['filters reset to show everything', { filters: { actorGroups: undefined } }],
  ])('reuses the opening view for %s', (_name, options) => {
    const story = fixtureStory();
    expect(viewFor(story, options)).toBe(storyModel(story).initialView);
  });

  test.each([
    ['a past date', { date: '2025-08-14' }],
    ['a changes-since day', { changedSince: '2025-08-14' }],
    ['another order', { order: 'divided' as const }],
    ['a filter', { filters: { actorGroups: ['Russia'] } }],
    ['a comparison', { compare: ['kyiv', 'moscow'] as const }],
  ])('builds a fresh view for %s, as buildView() would', (_name, options) => {
    const story = fixtureStory();
    const view = viewFor(story, options);
    expect(view).not.toBe(storyModel(story).initialView);
    expect(view).toEqual(buildView(story, storyDates(story), options));
  });
});
