import { describe, expect, test, vi } from 'vitest';
import { fixtureStory } from '../../tests/fixtures/story';
import { StoryPage } from './story-page.svelte';
import type { UrlWindow } from './url-state.svelte';

/** A story page on the fixture story whose URL writes are recorded. */
function storyPage(mode: 'page' | 'embed' = 'page') {
  const history = { pushState: vi.fn(), replaceState: vi.fn() };
  const window = { location: { pathname: '/', search: '' }, history } as unknown as UrlWindow;
  const story = fixtureStory();
  const page = new StoryPage({
    story: () => story,
    quotesUrl: () => 'quotes/',
    mode,
    window,
    writeLater: (write) => write(),
  });
  return { page, history };
}

describe('StoryPage', () => {
  test('opening a cell by its ids finds it in the grid as shown and adds a history entry', () => {
    const { page, history } = storyPage();
    const cell = page.openById('washington', 'ceasefire');
    expect(cell?.position?.stance).toBe('opposes');
    expect(page.selected).toBe(cell);
    expect(history.pushState).toHaveBeenCalledExactlyOnceWith(
      null,
      '',
      '/#actor=washington&issue=ceasefire',
    );
    expect(page.openById('washington', 'no-such-issue')).toBeUndefined();
  });

  test('opening and closing a cell leaves the view’s URL state as it was, so the view is not worked out again', () => {
    const { page } = storyPage();
    page.change({ date: '2025-08-14' });
    const view = page.url.view;
    page.openById('washington', 'ceasefire');
    expect(page.url.view).toBe(view);
    page.close();
    expect(page.selected).toBeUndefined();
    expect(page.url.view).toBe(view);
  });

  test('on a past date the open cell shows that day’s position, and its history is whole', () => {
    const { page } = storyPage();
    page.change({ date: '2025-08-14' });
    page.openById('washington', 'ceasefire');
    expect(page.selected?.position?.stance).toBe('supports');
    expect(page.selectedHistory?.history.map((position) => position.asOf)).toEqual([
      '2025-08-15',
      '2025-08-14',
    ]);
  });

  test('changing the date keeps the open cell and replaces the history entry', () => {
    const { page, history } = storyPage();
    page.openById('kyiv', 'guarantees');
    page.change({ date: '2025-08-15' });
    expect(page.url.cell).toEqual({ actor: 'kyiv', issue: 'guarantees' });
    expect(history.replaceState).toHaveBeenLastCalledWith(
      null,
      '',
      '/#date=2025-08-15&actor=kyiv&issue=guarantees',
    );
  });

  test('a hash is read without writing the URL: unknown ids are dropped, a date snaps to a step', () => {
    const { page, history } = storyPage();
    page.readHash('#date=2025-08-16&actor=kyiv&issue=guarantees&compare=kyiv,nobody');
    expect(page.url.view).toEqual({ date: '2025-08-15' });
    expect(page.selected?.actor.id).toBe('kyiv');
    page.readHash('#actor=nobody&issue=guarantees');
    expect(page.selected).toBeUndefined();
    expect(history.pushState).not.toHaveBeenCalled();
    expect(history.replaceState).not.toHaveBeenCalled();
  });

  test('the issue order and group filters change the grid shown but never the URL', () => {
    const { page, history } = storyPage();
    const editors = page.view.shown.rows.map((issue) => issue.id);
    page.filters = { actorGroups: ['Ukraine'] };
    expect(page.view.shown.columns.map((actor) => actor.id)).toEqual(['kyiv']);
    expect(page.view.shown.rows.map((issue) => issue.id)).toEqual(editors);
    expect(history.pushState).not.toHaveBeenCalled();
    expect(history.replaceState).not.toHaveBeenCalled();
  });
});
