import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test } from 'vitest';
import { fixtureStory } from '../../tests/fixtures/story';
import App from '../App.svelte';

beforeEach(() => {
  history.replaceState(null, '', '/');
});

function cell(name: RegExp) {
  return screen.getByRole('gridcell', { name });
}

/** Tabs past the controls above the matrix until focus lands in the grid. */
async function tabIntoGrid(user: ReturnType<typeof userEvent.setup>) {
  const grid = screen.getByRole('grid');
  for (let presses = 0; presses < 30 && !grid.contains(document.activeElement); presses++) {
    await user.tab();
  }
}

test('each cell is named for actor, issue, stance and number of quotes', () => {
  render(App, { story: fixtureStory() });
  expect(cell(/^Ukraine’s president on Security guarantees/)).toHaveAccessibleName(
    'Ukraine’s president on Security guarantees: supports, 2 quotes',
  );
  expect(cell(/^US envoy on Ceasefire first/)).toHaveAccessibleName(
    'US envoy on Ceasefire first: no known position',
  );
});

test('clicking a cell opens a panel listing its quotes and their kinds', async () => {
  const user = userEvent.setup();
  render(App, { story: fixtureStory() });
  await user.click(cell(/^Ukraine’s president on Security guarantees/));
  const panel = await screen.findByRole('region', {
    name: 'Ukraine’s president on Security guarantees',
  });
  expect(within(panel).getByText('“We are very thankful.”')).toBeInTheDocument();
  expect(within(panel).getByText('“This is a significant change.”')).toBeInTheDocument();
  expect(within(panel).getAllByText('Direct quote')).toHaveLength(2);
  expect(within(panel).getByText('High confidence')).toBeInTheDocument();
  expect(cell(/^Ukraine’s president on Security guarantees/)).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect.poll(() => location.hash).toBe('#actor=kyiv&issue=guarantees');
});

test('a reported quote names who reported it', async () => {
  const user = userEvent.setup();
  render(App, { story: fixtureStory() });
  await user.click(cell(/^Russia’s president on Security guarantees/));
  const panel = await screen.findByRole('region', { name: /Russia’s president/ });
  expect(
    within(panel).getByText('Reported by US envoy, to Wire Service, about Russia’s president'),
  ).toBeInTheDocument();
});

test('a cell with a history lists the earlier position, dated, after the latest', async () => {
  const user = userEvent.setup();
  render(App, { story: fixtureStory() });
  await user.click(cell(/^US president on Ceasefire first/));
  const panel = await screen.findByRole('region', { name: 'US president on Ceasefire first' });
  const headings = within(panel)
    .getAllByRole('heading')
    .map((heading) => heading.textContent?.trim());
  expect(headings).toEqual([
    'US president on Ceasefire first',
    'Opposes',
    'How this position changed',
    'Supports',
  ]);
  // Each date twice: once in the at-a-glance trail, once on its own position.
  expect(within(panel).getAllByText('Aug 15, 2025')).toHaveLength(2);
  expect(within(panel).getAllByText('Aug 14, 2025')).toHaveLength(2);
  expect(panel).toHaveTextContent(
    'Positions over time: Supports, Aug 14, 2025 → Opposes, Aug 15, 2025',
  );
});

test('an empty cell says no position is recorded instead of guessing', async () => {
  const user = userEvent.setup();
  render(App, { story: fixtureStory() });
  await user.click(cell(/^US envoy on Ceasefire first/));
  const panel = await screen.findByRole('region', { name: 'US envoy on Ceasefire first' });
  expect(panel).toHaveTextContent('record no position for US envoy on Ceasefire first');
});

test('a click on the words inside a cell opens that cell and makes it the tab stop', async () => {
  const user = userEvent.setup();
  render(App, { story: fixtureStory() });
  const target = cell(/^Russia’s president on Security guarantees/);
  await user.click(within(target).getByText('Supports'));
  expect(
    await screen.findByRole('region', { name: 'Russia’s president on Security guarantees' }),
  ).toBeInTheDocument();
  expect(screen.getAllByRole('gridcell').filter((el) => el.tabIndex === 0)).toEqual([target]);
  await user.keyboard('{Escape}');
  await user.keyboard('{ArrowLeft}');
  expect(document.activeElement).toBe(cell(/^US envoy on Security guarantees/));
});

test('arrow keys move the single tab stop and Enter opens the focused cell', async () => {
  const user = userEvent.setup();
  render(App, { story: fixtureStory() });
  await tabIntoGrid(user);
  expect(document.activeElement).toBe(cell(/^Ukraine’s president on Ceasefire first/));
  await user.keyboard('{ArrowRight}{ArrowDown}');
  const target = cell(/^US president on Security guarantees/);
  expect(document.activeElement).toBe(target);
  expect(screen.getAllByRole('gridcell').filter((el) => el.tabIndex === 0)).toEqual([target]);
  await user.keyboard('{Enter}');
  expect(
    await screen.findByRole('region', { name: 'US president on Security guarantees' }),
  ).toBeInTheDocument();
});

test('Escape closes the panel and returns focus to its cell', async () => {
  const user = userEvent.setup();
  render(App, { story: fixtureStory() });
  await tabIntoGrid(user);
  await user.keyboard('{End}{ArrowDown} ');
  expect(
    await screen.findByRole('region', { name: 'Russia’s president on Security guarantees' }),
  ).toBeInTheDocument();
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('region', { name: /Security guarantees/ })).not.toBeInTheDocument();
  expect(document.activeElement).toBe(cell(/^Russia’s president on Security guarantees/));
});

test('the Close button closes the panel and returns focus to its cell', async () => {
  const user = userEvent.setup();
  render(App, { story: fixtureStory() });
  await user.click(cell(/^US president on Ceasefire first/));
  await user.click(await screen.findByRole('button', { name: 'Close' }));
  expect(screen.queryByRole('region', { name: /Ceasefire first/ })).not.toBeInTheDocument();
  expect(document.activeElement).toBe(cell(/^US president on Ceasefire first/));
  await expect.poll(() => location.hash).toBe('');
});

test('a link to a cell opens its panel on load', async () => {
  history.replaceState(null, '', '/#actor=moscow&issue=guarantees');
  render(App, { story: fixtureStory() });
  expect(
    await screen.findByRole('region', { name: 'Russia’s president on Security guarantees' }),
  ).toBeInTheDocument();
});

test('a link naming an unknown cell opens nothing', () => {
  history.replaceState(null, '', '/#actor=nobody&issue=guarantees');
  render(App, { story: fixtureStory() });
  expect(screen.queryByRole('region', { name: / on / })).not.toBeInTheDocument();
});

test('in an embed, opening a cell replaces the frame’s URL instead of adding history', async () => {
  const user = userEvent.setup();
  const changes: unknown[] = [];
  render(App, {
    story: fixtureStory(),
    mode: 'embed',
    onselectionchange: (selection: unknown) => changes.push(selection),
  });
  const before = history.length;
  await user.click(cell(/^US president on Ceasefire first/));
  await expect.poll(() => location.hash).toBe('#actor=washington&issue=ceasefire');
  expect(history.length).toBe(before);
  expect(changes).toEqual([{ actor: 'washington', issue: 'ceasefire' }]);
});

test('a corrected cell carries a mark, says so in its name, and its panel shows the correction', async () => {
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
  const corrected = cell(/^US president on Ceasefire first/);
  expect(corrected).toHaveAccessibleName(/, Corrected on Aug 18, 2025$/);
  expect(corrected.querySelector('.mark.corrected')).not.toBeNull();
  expect(screen.getByText('Corrected', { selector: 'strong' })).toBeInTheDocument();
  await user.click(corrected);
  const panel = await screen.findByRole('region', { name: 'US president on Ceasefire first' });
  expect(panel).toHaveTextContent(
    'Corrected on Aug 18, 2025: An earlier version gave the wrong date for this position.',
  );
  expect(screen.getByRole('heading', { name: 'Corrections' })).toBeInTheDocument();
});
