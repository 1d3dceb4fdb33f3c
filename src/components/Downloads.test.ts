import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fixtureStory } from '../../tests/fixtures/story';
import { EXPORT_COLUMNS } from '../lib/export-csv';
import { pageStory, QuoteLoader } from '../lib/quote-chunks';
import type { Story } from '../lib/types';
import Downloads from './Downloads.svelte';

let saved: { blob: Blob; name: string }[];

/** Downloads for a story whose quotes are all in the page. */
function renderDownloads(story: Story) {
  return render(Downloads, { story, quotes: new QuoteLoader(story, 'quotes/') });
}

beforeEach(() => {
  saved = [];
  let next = 0;
  const blobs = new Map<string, Blob>();
  // jsdom has no object URLs: hand out names and remember which blob each one stands for.
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${next++}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  // jsdom does not navigate; record what each temporary link would have saved.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    saved.push({ blob: blobs.get(this.href)!, name: this.download });
  });
});

const { createObjectURL, revokeObjectURL } = URL;
afterEach(() => {
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = revokeObjectURL;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('Downloads', () => {
  test('is a group named "Download" with a button for each file', () => {
    renderDownloads(fixtureStory());
    const group = screen.getByRole('group', { name: 'Download' });
    const buttons = [...group.querySelectorAll('button')].map((button) => button.textContent);
    expect(buttons).toEqual(['Data (CSV)', 'Story (JSON)', 'Image (SVG)', 'Image (PNG)']);
  });

  test('"Data (CSV)" saves the positions as <id>-positions.csv, one row per quote', async () => {
    renderDownloads(fixtureStory());
    await userEvent.click(screen.getByRole('button', { name: 'Data (CSV)' }));
    // The export code is imported on the first download.
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved.map((file) => file.name)).toEqual(['fixture-talks-positions.csv']);
    const bytes = new Uint8Array(await saved[0]!.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)], 'a UTF-8 byte-order mark, for Excel').toEqual([
      0xef, 0xbb, 0xbf,
    ]);
    expect(saved[0]!.blob.type).toBe('text/csv;charset=utf-8');
    const text = await saved[0]!.blob.text();
    expect(text.startsWith(`${EXPORT_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(text.trimEnd().split('\r\n')).toHaveLength(1 + 5);
  });

  test('"Story (JSON)" saves the story as <id>.json', async () => {
    const story = fixtureStory();
    renderDownloads(story);
    await userEvent.click(screen.getByRole('button', { name: 'Story (JSON)' }));
    expect(saved.map((file) => file.name)).toEqual(['fixture-talks.json']);
    expect(JSON.parse(await saved[0]!.blob.text())).toEqual(story);
  });

  test('"Story (JSON)" of a story chunked per issue fetches every quote first, saying so', async () => {
    const whole = fixtureStory();
    const { story, chunks } = pageStory(whole, 0);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const fetcher = async (url: string) => {
      await gate;
      return chunks[Number(/(\d+)\.json$/.exec(url)![1])];
    };
    render(Downloads, { story, quotes: new QuoteLoader(story, 'quotes/', fetcher) });
    await userEvent.click(screen.getByRole('button', { name: 'Story (JSON)' }));
    expect(screen.getByRole('status')).toHaveTextContent('Loading the quotes: 0 of 2 issues…');
    release();
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(await saved[0]!.blob.text()).toBe(`${JSON.stringify(whole, null, 2)}\n`);
    expect(screen.queryByRole('status')).toBeNull();
  });

  test('"Image (SVG)" saves the matrix as <id>.svg', async () => {
    renderDownloads(fixtureStory());
    await userEvent.click(screen.getByRole('button', { name: 'Image (SVG)' }));
    // The export code is imported on the first download.
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved.map((file) => file.name)).toEqual(['fixture-talks.svg']);
    const svg = await saved[0]!.blob.text();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('Source: Wire Service, TV News, updated ');
  });

  test('says so when the PNG cannot be made, instead of failing silently', async () => {
    // An <img> that refuses the SVG, as some locked-down browsers do.
    vi.stubGlobal(
      'Image',
      class {
        onerror: (() => void) | undefined;
        set src(_url: string) {
          queueMicrotask(() => this.onerror?.());
        }
      },
    );
    renderDownloads(fixtureStory());
    await userEvent.click(screen.getByRole('button', { name: 'Image (PNG)' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'The image could not be made in this browser. Try the SVG instead.',
    );
    expect(saved).toEqual([]);
  });
});
