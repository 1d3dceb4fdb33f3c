import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, expect, test } from 'vitest';
import { fixtureStory } from '../../tests/fixtures/story';
import App from '../App.svelte';
import { loadIslands } from '../lib/islands';

// As main.ts mounts a page afresh: with its islands' code in, so the controls come with it.
beforeAll(() => loadIslands());

beforeEach(() => {
  history.replaceState(null, '', '/');
});

function cell(name: RegExp) {
  return screen.getByRole('gridcell', { name });
}

/** The one-line summary beside the select (the page has other status regions). */
function summary() {
  return within(sinceSelect().parentElement!).getByRole('status');
}

function sinceSelect() {
  return screen.getByRole('combobox', { name: 'What changed since' });
}

test('"What changed since" offers None and every date before the update', () => {
  render(App, { story: fixtureStory() });
  const options = [...sinceSelect().querySelectorAll('option')].map((option) => option.text);
  expect(options).toEqual(['None', 'Aug 14, 2025', 'Aug 15, 2025']);
  expect(sinceSelect()).toHaveValue('');
});

test('choosing a date marks the cells changed since then and says how many', async () => {
  const user = userEvent.setup();
  render(App, { story: fixtureStory() });
  await user.selectOptions(sinceSelect(), '2025-08-15');
  await expect.poll(() => location.hash).toBe('#since=2025-08-15');
  expect(summary()).toHaveTextContent('2 cells changed since Aug 15, 2025');
  expect(cell(/^Ukraine’s president on Security guarantees/)).toHaveAccessibleName(
    'Ukraine’s president on Security guarantees: supports, 2 quotes, new since Aug 15, 2025',
  );
  // Changed on the 15th itself, so not since then.
  expect(cell(/^US president on Ceasefire first/)).not.toHaveAccessibleName(/since/);

  await user.selectOptions(sinceSelect(), '2025-08-14');
  expect(summary()).toHaveTextContent('3 cells changed since Aug 14, 2025');
  const trump = cell(/^US president on Ceasefire first/);
  expect(trump).toHaveAccessibleName(/, changed since Aug 14, 2025: was supports$/);
  expect(trump.querySelector('.changed')).not.toBeNull();

  await user.selectOptions(sinceSelect(), 'None');
  await expect.poll(() => location.hash).toBe('');
  expect(trump).not.toHaveAccessibleName(/since/);
  expect(trump.querySelector('.changed')).toBeNull();
});

test('a cell corrected after the chosen date is marked as changed', async () => {
  const user = userEvent.setup();
  const story = fixtureStory();
  story.corrections = [
    {
      date: '2025-08-18',
      text: 'An earlier version gave the wrong date for this position.',
      actor: 'washington',
      issue: 'ceasefire',
    },
  ];
  render(App, { story });
  await user.selectOptions(sinceSelect(), '2025-08-15');
  const corrected = cell(/^US president on Ceasefire first/);
  expect(corrected).toHaveAccessibleName(
    /, corrected since Aug 15, 2025, Corrected on Aug 18, 2025$/,
  );
  expect(corrected.querySelector('.changed')).not.toBeNull();
  expect(summary()).toHaveTextContent('3 cells changed since Aug 15, 2025 · 1 correction');
});

test('a #since link and a #date link combine: changes up to the date shown', () => {
  history.replaceState(null, '', '/#date=2025-08-15&since=2025-08-14');
  render(App, { story: fixtureStory() });
  expect(sinceSelect()).toHaveValue('2025-08-14');
  expect(summary()).toHaveTextContent('1 cell changed since Aug 14, 2025');
});
