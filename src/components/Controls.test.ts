import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import data from '../../data/white-house-talks.json';
import { fixtureStory } from '../../tests/fixtures/story';
import App from '../App.svelte';
import { loadIslands } from '../lib/islands';
import type { Story } from '../lib/types';
import { validateStory } from '../lib/validate';

function whiteHouse(): Story {
  const result = validateStory(structuredClone(data));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.story;
}

const TRUMP_CEASEFIRE = /^Donald Trump on Ceasefire first:/;

function trumpCeasefire() {
  return screen.getByRole('gridcell', { name: TRUMP_CEASEFIRE });
}

function rowHeader(label: string) {
  return screen.getByRole('rowheader', { name: new RegExp(`^${label}`) });
}

// As main.ts mounts a page afresh: with its islands' code in, so the controls come with it.
beforeAll(() => loadIslands());

beforeEach(() => {
  history.replaceState(null, '', '/');
});

describe('the date control', () => {
  test('steps through the story’s dates and shows each cell as it stood then', async () => {
    const user = userEvent.setup();
    render(App, { story: whiteHouse() });
    const slider = screen.getByRole('slider', { name: 'Show positions as of' });
    // The first step is the earliest dated position; nothing comes before it.
    expect(slider).toHaveAttribute('min', '0');
    expect(slider).toHaveAttribute('max', '2');
    expect(slider).toHaveAttribute('aria-valuetext', 'Aug 17, 2025');
    expect(trumpCeasefire()).toHaveAccessibleName(
      'Donald Trump on Ceasefire first: opposes, 2 quotes, less certain: paraphrase only',
    );

    const before = history.length;
    await fireEvent.input(slider, { target: { value: '0' } });
    expect(slider).toHaveAttribute('aria-valuetext', 'Aug 14, 2025');
    expect(trumpCeasefire()).toHaveAccessibleName(
      'Donald Trump on Ceasefire first: supports, 2 quotes, less certain: paraphrase only',
    );
    expect(
      screen.getByRole('gridcell', { name: /^Vladimir Putin on Ceasefire first/ }),
    ).toHaveAccessibleName('Vladimir Putin on Ceasefire first: no known position');
    await expect.poll(() => location.hash).toBe('#date=2025-08-14');
    // Previous is at its end and stays focusable; it does nothing there.
    await user.click(screen.getByRole('button', { name: 'Previous date' }));
    await expect.poll(() => location.hash).toBe('#date=2025-08-14');

    await user.click(screen.getByRole('button', { name: 'Next date' }));
    expect(trumpCeasefire()).toHaveAccessibleName(
      'Donald Trump on Ceasefire first: opposes, 2 quotes, less certain: paraphrase only, changed since Aug 14, 2025: was supports',
    );
    expect(screen.getByText('Cells that changed since Aug 14, 2025 are marked.')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Latest' }));
    await expect.poll(() => location.hash).toBe('');
    expect(trumpCeasefire()).toHaveAccessibleName(
      'Donald Trump on Ceasefire first: opposes, 2 quotes, less certain: paraphrase only',
    );
    // Moving the date replaces the history entry instead of adding one.
    expect(history.length).toBe(before);
  });

  test('a link with a date restores it, and the panel marks the position current then', async () => {
    history.replaceState(null, '', '/#date=2025-08-14&actor=trump&issue=ceasefire-first');
    render(App, { story: whiteHouse() });
    expect(screen.getByRole('slider', { name: 'Show positions as of' })).toHaveAttribute(
      'aria-valuetext',
      'Aug 14, 2025',
    );
    const panel = await screen.findByRole('region', { name: 'Donald Trump on Ceasefire first' });
    expect(within(panel).getByText('Current on Aug 14, 2025')).toBeInTheDocument();
    expect(panel).toHaveTextContent(
      'Positions over time: Supports, Aug 14, 2025 → Opposes, Aug 15, 2025',
    );
  });
});

describe('comparing two actors', () => {
  test('draws its pickers only once opened, so a page where nobody compares does not carry them', async () => {
    const user = userEvent.setup();
    render(App, { story: whiteHouse() });
    const toggle = screen.getByRole('button', { name: 'Compare' });
    const drawer = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(drawer).not.toBeVisible();
    expect(drawer).toBeEmptyDOMElement();
    expect(screen.queryAllByRole('combobox', { name: 'Compare', hidden: true })).toHaveLength(0);

    await user.click(toggle);
    expect(drawer).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Compare' })).toBeInTheDocument();
  });

  test('marks each issue where they agree, differ or have no known position', async () => {
    const user = userEvent.setup();
    render(App, { story: whiteHouse() });
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Compare' }), 'zelenskyy');
    await user.selectOptions(screen.getByRole('combobox', { name: 'with' }), 'witkoff');
    await expect.poll(() => location.hash).toBe('#compare=zelenskyy,witkoff');
    expect(
      screen.getByText('Agree on 2 issues, one unknown on 1 issue, both unknown on 1 issue'),
    ).toBeInTheDocument();
    expect(rowHeader('“Article 5-like” guarantees')).toHaveTextContent(/Agree$/);
    expect(rowHeader('Ceding unoccupied land')).toHaveTextContent(/One unknown$/);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Compare' }), 'trump');
    await user.selectOptions(screen.getByRole('combobox', { name: 'with' }), 'rubio');
    await expect.poll(() => location.hash).toBe('#compare=trump,rubio');
    expect(rowHeader('Ceasefire first')).toHaveTextContent(/Differ$/);
    expect(screen.getByText('Differ on 1 issue, both unknown on 3 issues')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Stop comparing' }));
    await expect.poll(() => location.hash).toBe('');
    expect(rowHeader('Ceasefire first')).not.toHaveTextContent(/Differ/);
  });
});

describe('searching the quotes', () => {
  test('lists matching quotes with the match highlighted, and a result opens its cell', async () => {
    const user = userEvent.setup();
    render(App, { story: whiteHouse() });
    await user.type(screen.getByRole('searchbox', { name: 'Search quotes' }), 'robust security');
    // The matching code and the results list are imported when the field is first used.
    expect(await screen.findByText('5 results')).toHaveAttribute('role', 'status');
    const result = screen.getAllByRole('button', {
      name: /^Vladimir Putin on “Article 5-like” guarantees, Aug 17, 2025/,
    })[0]!;
    expect(result.querySelector('mark')).toHaveTextContent('robust security');
    await user.click(result);
    expect(
      await screen.findByRole('region', { name: 'Vladimir Putin on “Article 5-like” guarantees' }),
    ).toBeInTheDocument();
    await expect.poll(() => location.hash).toBe('#actor=putin&issue=security-guarantees');
  });

  test('says so when nothing matches', async () => {
    const user = userEvent.setup();
    render(App, { story: whiteHouse() });
    await user.type(screen.getByRole('searchbox', { name: 'Search quotes' }), 'zzzz');
    expect(await screen.findByText('No quotes match.')).toHaveAttribute('role', 'status');
  });
});

describe('filters', () => {
  /** The fixture story with its issues in two groups, so both filter groups have choices. */
  function groupedStory(): Story {
    const story = fixtureStory();
    story.issues[0]!.group = 'Military';
    story.issues[1]!.group = 'Political';
    return story;
  }

  test('are drawn only once their disclosure opens', async () => {
    const user = userEvent.setup();
    render(App, { story: groupedStory() });
    const toggle = screen.getByRole('button', { name: 'Filter' });
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)).toBeEmptyDOMElement();
    expect(screen.queryAllByRole('checkbox', { hidden: true })).toHaveLength(0);

    await user.click(toggle);
    expect(screen.getByRole('group', { name: 'Actors' })).toBeVisible();
  });

  test('say how many actors and issues they hide, and Show all brings them back', async () => {
    const user = userEvent.setup();
    render(App, { story: groupedStory() });
    await user.click(screen.getByRole('button', { name: 'Filter' }));
    const actors = screen.getByRole('group', { name: 'Actors' });
    await user.click(within(actors).getByRole('checkbox', { name: 'United States' }));
    await user.click(
      within(screen.getByRole('group', { name: 'Issues' })).getByRole('checkbox', {
        name: 'Military',
      }),
    );
    expect(screen.getByText('2 actors hidden · 1 issue hidden')).toBeVisible();
    expect(screen.getAllByRole('columnheader', { name: /president|envoy/ })).toHaveLength(2);
    expect(screen.getAllByRole('rowheader')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Show all' }));
    expect(screen.queryByText(/hidden/)).not.toBeInTheDocument();
    expect(screen.getAllByRole('rowheader')).toHaveLength(2);
  });
});
