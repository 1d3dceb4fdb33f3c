import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { fixtureStory } from '../../tests/fixtures/story';
import { pageStory, QuoteLoader, type PageStory } from '../lib/quote-chunks';
import { indexStory } from '../lib/story-index';
import CellQuotes from './CellQuotes.svelte';

/** The "US president on Ceasefire first" cell (issue 0): two positions, one quote each. */
function show(story: PageStory, fetcher: (url: string) => Promise<unknown>) {
  const history = story.positions
    .filter((position) => position.actor === 'washington' && position.issue === 'ceasefire')
    .sort((a, b) => (a.asOf < b.asOf ? 1 : -1));
  return render(CellQuotes, {
    history,
    issue: 'ceasefire',
    quotes: new QuoteLoader(story, 'quotes/', fetcher),
    date: undefined,
    index: indexStory(story),
    language: 'en',
  });
}

/** The fixture as a large story's page holds it, and its quote files. */
function chunked() {
  const { story, chunks } = pageStory(fixtureStory(), 0);
  return { story, chunks };
}

/** A fetch that waits until the test lets it answer. */
function deferred() {
  let answer: (value: unknown) => void = () => undefined;
  const fetcher = vi.fn(() => new Promise<unknown>((resolve) => (answer = resolve)));
  return { fetcher, answer: (value: unknown) => answer(value) };
}

describe('CellQuotes', () => {
  test('shows a busy “Loading the quotes…” until the issue’s file arrives, then its quotes', async () => {
    const { story, chunks } = chunked();
    const { fetcher, answer } = deferred();
    show(story, fetcher);
    expect(screen.getByText('Loading the quotes…').closest('[aria-busy="true"]')).not.toBeNull();
    expect(fetcher).toHaveBeenCalledWith('quotes/0.json');
    answer(chunks[0]);
    expect(await screen.findByText('Moved to a full deal.')).toBeVisible();
    expect(screen.queryByText('Loading the quotes…')).toBeNull();
    expect(document.querySelector('[aria-busy="true"]')).toBeNull();
  });

  test('says in an alert that the quotes could not be loaded; “Try again” fetches anew', async () => {
    const { story, chunks } = chunked();
    const fetcher = vi
      .fn<(url: string) => Promise<unknown>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce(chunks[0]);
    show(story, fetcher);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The quotes could not be loaded.');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Moved to a full deal.')).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(fetcher).toHaveBeenCalledTimes(2);
  });

  test('reports a malformed file as a failure, never as an empty cell', async () => {
    const { story } = chunked();
    show(story, async () => ({ issue: 'ceasefire', positions: [{ actor: 'washington' }] }));
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be loaded');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
  });

  test('shows a whole story’s quotes at once, with no loading state and no fetch', () => {
    const fetcher = vi.fn();
    show(fixtureStory(), fetcher);
    expect(screen.getByText('Moved to a full deal.')).toBeVisible();
    expect(screen.queryByText('Loading the quotes…')).toBeNull();
    expect(fetcher).not.toHaveBeenCalled();
  });
});
