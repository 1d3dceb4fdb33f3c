import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { fixtureStory } from '../../tests/fixtures/story';
import { pageStory, QuoteLoader } from '../lib/quote-chunks';
import QuoteSearch from './QuoteSearch.svelte';

/** Search over the fixture as a large story's page holds it: quotes in one file per issue. */
function searchChunked(fetcher: (url: string) => Promise<unknown>) {
  const { story } = pageStory(fixtureStory(), 0);
  const onpick = vi.fn();
  render(QuoteSearch, {
    story,
    quotes: new QuoteLoader(story, 'quotes/', fetcher),
    language: 'en',
    onpick,
  });
  return { onpick, field: screen.getByRole('searchbox', { name: 'Search quotes' }) };
}

const chunks = pageStory(fixtureStory(), 0).chunks;
const byUrl = (url: string) => chunks[Number(/(\d+)\.json$/.exec(url)![1])];

describe('QuoteSearch on a story whose quotes are fetched per issue', () => {
  test('fetches every issue’s quotes when first used, saying so, then finds a quote', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { field, onpick } = searchChunked(async (url) => (await gate, byUrl(url)));
    await userEvent.type(field, 'thankful');
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Loading the quotes: 0 of 2 issues…');
    expect(status).toHaveAttribute('aria-busy', 'true');
    release();
    await userEvent.click(await screen.findByRole('button', { name: /We are very thankful/ }));
    expect(onpick).toHaveBeenCalledWith('kyiv', 'guarantees');
    expect(status).toHaveTextContent('1 result');
    expect(status).toHaveAttribute('aria-busy', 'false');
  });

  test('says when the quotes could not be loaded, and “Try again” loads them', async () => {
    let online = false;
    const fetcher = async (url: string) => {
      if (!online) throw new Error('offline');
      return byUrl(url);
    };
    const { field } = searchChunked(fetcher);
    await userEvent.type(field, 'thankful');
    expect(await screen.findByText('The quotes could not be loaded.')).toBeVisible();
    online = true;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: /We are very thankful/ })).toBeVisible();
  });
});
