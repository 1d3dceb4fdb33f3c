import { afterEach, describe, expect, test, vi } from 'vitest';
import { idleQueue } from '../../tests/fixtures/idle-queue';
import { fixtureStory } from '../../tests/fixtures/story';
import { cellCertainty } from './certainty';
import { storyDatesShown } from './embedded-story';
import {
  isChunked,
  pageStory,
  positionKey,
  QuoteLoader,
  quoteCount,
  readQuoteChunk,
  withQuotes,
  type ChunkedStory,
  type QuoteChunk,
} from './quote-chunks';
import type { Story } from './types';

/** The fixture with a translated quote, so `original` and `originalLanguage` travel too. */
function story(): Story {
  const whole = fixtureStory();
  const first = whole.positions[0]!.evidence[0]!;
  Object.assign(first, { original: 'Слова.', originalLanguage: 'uk' });
  return whole;
}

/** The fixture split as if it were over the threshold. */
function chunked(): { outline: ChunkedStory; chunks: QuoteChunk[]; whole: Story } {
  const whole = story();
  const { story: outline, chunks } = pageStory(whole, 0);
  if (!isChunked(outline)) throw new Error('not chunked');
  return { outline, chunks, whole };
}

const WORD_FIELDS = ['text', 'original', 'originalLanguage'];

describe('pageStory()', () => {
  test('pageStory() keeps a story at or under the threshold whole, with no chunks', () => {
    const whole = story();
    expect(pageStory(whole, quoteCount(whole))).toEqual({ story: whole, chunks: [] });
    expect(pageStory(whole).story).toBe(whole);
  });

  test('pageStory() above the threshold embeds an outline with no quote words', () => {
    const { outline } = chunked();
    expect(outline.quoteChunks).toBe('per-issue');
    const evidence = outline.positions.flatMap((position) => position.evidence);
    for (const item of evidence) {
      for (const field of WORD_FIELDS) expect(item).not.toHaveProperty(field);
    }
    expect(JSON.stringify(outline)).not.toContain('We are very thankful.');
  });

  test('pageStory() outlines keep what first paint needs: counts, kinds, dates', () => {
    const { outline, whole } = chunked();
    expect(quoteCount(outline)).toBe(quoteCount(whole));
    expect(outline.positions.map(cellCertainty)).toEqual(whole.positions.map(cellCertainty));
    expect(storyDatesShown(outline)).toEqual(storyDatesShown(whole));
  });

  test('pageStory() writes one chunk per issue, in issue order, with every word', () => {
    const { chunks, whole } = chunked();
    expect(chunks.map((chunk) => chunk.issue)).toEqual(whole.issues.map((issue) => issue.id));
    expect(chunks[0]!.positions[0]!.evidence[0]).toEqual({
      text: 'Moved to a full deal.',
      original: 'Слова.',
      originalLanguage: 'uk',
    });
  });

  test('pageStory() does not modify the story', () => {
    const whole = story();
    const before = structuredClone(whole);
    pageStory(whole, 0);
    expect(whole).toEqual(before);
  });
});

describe('readQuoteChunk()', () => {
  const outlineOf = (outline: ChunkedStory, issue: string) =>
    outline.positions.filter((position) => position.issue === issue);

  test('readQuoteChunk() and withQuotes() rebuild every position exactly, field order included', () => {
    const { outline, chunks, whole } = chunked();
    for (const [index, issue] of whole.issues.entries()) {
      const read = readQuoteChunk(chunks[index], issue.id, outlineOf(outline, issue.id));
      if (!read.ok) throw new Error(read.error);
      const expected = whole.positions.filter((position) => position.issue === issue.id);
      const rebuilt = withQuotes(outlineOf(outline, issue.id), read.quotes);
      expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(expected));
    }
  });

  test('withQuotes() gives undefined when a position of the history has no quotes', () => {
    const { outline } = chunked();
    expect(withQuotes(outline.positions, new Map())).toBeUndefined();
  });

  const valid = () => chunked().chunks[0]!;
  const entry = (change: object) => {
    const chunk = valid();
    return { ...chunk, positions: [{ ...chunk.positions[0]!, ...change }, chunk.positions[1]] };
  };
  test.each([
    ['null', null, 'issue'],
    ['another issue', { ...valid(), issue: 'guarantees' }, 'issue: not "ceasefire"'],
    ['no positions list', { issue: 'ceasefire', positions: {} }, 'positions: not a list'],
    ['a position without an actor', entry({ actor: 7 }), 'positions[0]: needs an actor'],
    ['a position of another cell', entry({ actor: 'kyiv' }), 'positions[0]: no such position'],
    [
      'a position twice',
      { ...valid(), positions: [valid().positions[0], valid().positions[0]] },
      'positions[1]: no such position',
    ],
    ['too few words', entry({ evidence: [] }), 'positions[0].evidence: not 1 items'],
    ['words that are not text', entry({ evidence: [{ text: 1 }] }), 'evidence[0].text'],
    [
      'an original that is not text',
      entry({ evidence: [{ text: 'a', original: ['b'] }] }),
      'evidence[0].original',
    ],
    [
      'a missing position',
      { ...valid(), positions: valid().positions.slice(1) },
      'positions: 1 missing',
    ],
  ])('readQuoteChunk() refuses %s', (_case, data, message) => {
    const { outline } = chunked();
    const read = readQuoteChunk(data, 'ceasefire', outlineOf(outline, 'ceasefire'));
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error).toContain(message);
  });
});

describe('QuoteLoader', () => {
  test('QuoteLoader has a whole story’s quotes at hand and never fetches', async () => {
    const whole = story();
    const fetcher = vi.fn();
    const loader = new QuoteLoader(whole, 'quotes/', fetcher);
    const quotes = loader.cached('guarantees');
    expect(quotes?.get(positionKey('kyiv', '2025-08-17'))).toBe(whole.positions[2]!.evidence);
    expect(loader.whole()).toBe(whole);
    expect(await loader.loadAll()).toBe(whole);
    expect(fetcher).not.toHaveBeenCalled();
  });

  test('QuoteLoader.load() fetches an issue’s chunk by index once and keeps it', async () => {
    const { outline, chunks } = chunked();
    const fetcher = vi.fn(async (url: string) => chunks[Number(/(\d+)\.json$/.exec(url)![1])]);
    const loader = new QuoteLoader(outline, 'story/quotes/', fetcher);
    expect(loader.cached('guarantees')).toBeUndefined();
    const [a, b] = await Promise.all([loader.load('guarantees'), loader.load('guarantees')]);
    expect(a).toBe(b);
    expect(fetcher).toHaveBeenCalledExactlyOnceWith('story/quotes/1.json');
    expect(loader.cached('guarantees')).toBe(a);
    await loader.load('guarantees');
    expect(fetcher).toHaveBeenCalledTimes(1);
  });

  test('QuoteLoader.load() forgets a failed fetch, so the next call tries again', async () => {
    const { outline, chunks } = chunked();
    const fetcher = vi
      .fn<(url: string) => Promise<unknown>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce({ issue: 'ceasefire', positions: 'garbled' })
      .mockResolvedValueOnce(chunks[0]);
    const loader = new QuoteLoader(outline, 'quotes/', fetcher);
    await expect(loader.load('ceasefire')).rejects.toThrow('offline');
    await expect(loader.load('ceasefire')).rejects.toThrow('quotes/0.json: positions: not a list');
    await expect(loader.load('ceasefire')).resolves.toBeInstanceOf(Map);
    expect(fetcher).toHaveBeenCalledTimes(3);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  test('QuoteLoader.prefetch() fetches a chunk at once and reads it only when the page is idle', async () => {
    const runIdle = idleQueue();
    const { outline, chunks } = chunked();
    const fetcher = vi.fn(async () => chunks[1]);
    const loader = new QuoteLoader(outline, 'quotes/', fetcher);
    loader.prefetch('guarantees');
    expect(fetcher).toHaveBeenCalledExactlyOnceWith('quotes/1.json');
    await new Promise((resolve) => setTimeout(resolve));
    expect(loader.cached('guarantees')).toBeUndefined();
    runIdle();
    await vi.waitFor(() => expect(loader.cached('guarantees')).toBeInstanceOf(Map));
    expect(fetcher).toHaveBeenCalledOnce();
  });

  test('QuoteLoader.load() reads a prefetched chunk at once instead of fetching it again', async () => {
    idleQueue();
    const { outline, chunks } = chunked();
    let arrive: (chunk: unknown) => void = () => undefined;
    const fetcher = vi.fn(() => new Promise<unknown>((resolve) => (arrive = resolve)));
    const loader = new QuoteLoader(outline, 'quotes/', fetcher);
    loader.prefetch('ceasefire');
    loader.prefetch('ceasefire');
    const loading = loader.load('ceasefire');
    arrive(chunks[0]);
    expect(await loading).toBe(loader.cached('ceasefire'));
    loader.prefetch('ceasefire');
    expect(fetcher).toHaveBeenCalledOnce();
  });

  test('QuoteLoader.prefetch() forgets a failed fetch, so load() fetches again', async () => {
    idleQueue();
    const { outline, chunks } = chunked();
    const fetcher = vi
      .fn<(url: string) => Promise<unknown>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce(chunks[0]);
    const loader = new QuoteLoader(outline, 'quotes/', fetcher);
    loader.prefetch('ceasefire');
    await vi.waitFor(() => expect(fetcher).toHaveBeenCalledOnce());
    await new Promise((resolve) => setTimeout(resolve));
    await expect(loader.load('ceasefire')).resolves.toBeInstanceOf(Map);
    expect(fetcher).toHaveBeenCalledTimes(2);
  });

  test('QuoteLoader.prefetch() fetches nothing for a whole story or an unknown issue', () => {
    const fetcher = vi.fn();
    new QuoteLoader(story(), 'quotes/', fetcher).prefetch('guarantees');
    new QuoteLoader(chunked().outline, 'quotes/', fetcher).prefetch('no-such-issue');
    expect(fetcher).not.toHaveBeenCalled();
  });

  test('QuoteLoader.loadAll() rebuilds the whole story, reporting each issue', async () => {
    const { outline, chunks, whole } = chunked();
    const fetcher = async (url: string) => chunks[Number(/(\d+)\.json$/.exec(url)![1])];
    const loader = new QuoteLoader(outline, 'quotes/', fetcher);
    const progress: [number, number][] = [];
    const rebuilt = await loader.loadAll((loaded, total) => progress.push([loaded, total]));
    expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(whole));
    expect(progress).toEqual([
      [0, 2],
      [1, 2],
      [2, 2],
    ]);
    expect(loader.whole()).toBe(rebuilt);
    expect(outline.quoteChunks).toBe('per-issue');
  });
});
