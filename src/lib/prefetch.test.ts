// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { idleQueue } from '../../tests/fixtures/idle-queue';
import { prefetchOnApproach, prefetchRowsWhenIdle } from './prefetch';
import type { QuoteLoader } from './quote-chunks';

/** A chunked story's loader with `at hand` issues already loaded. */
function fakeLoader(atHand: string[] = [], whole = false) {
  const load = vi.fn(() => Promise.resolve(new Map()));
  const prefetch = vi.fn();
  const quotes = {
    whole: () => (whole ? {} : undefined),
    cached: (issue: string) => (atHand.includes(issue) ? new Map() : undefined),
    load,
    prefetch,
  } as unknown as QuoteLoader;
  return { quotes, load, prefetch };
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('prefetchOnApproach()', () => {
  /** An area holding one cell of the issue `ceasefire`, and an element inside that cell. */
  function area() {
    const element = document.createElement('div');
    const cell = document.createElement('span');
    const mark = document.createElement('span');
    cell.dataset.issue = 'ceasefire';
    cell.append(mark);
    element.append(cell);
    document.body.append(element);
    return { element, cell: mark };
  }

  test.each(['pointerover', 'pointerdown', 'focusin'])(
    'on %s over a cell it loads the panel and the cell’s issue’s quotes',
    (type) => {
      const { quotes, load } = fakeLoader();
      const onapproach = vi.fn();
      const { element, cell } = area();
      prefetchOnApproach(quotes, onapproach)(element);
      cell.dispatchEvent(new Event(type, { bubbles: true }));
      expect(onapproach).toHaveBeenCalledOnce();
      expect(load).toHaveBeenCalledWith('ceasefire');
    },
  );

  test('fetches nothing for quotes at hand, and stops listening when detached', () => {
    const { quotes, load } = fakeLoader(['ceasefire']);
    const onapproach = vi.fn();
    const { element, cell } = area();
    const detach = prefetchOnApproach(quotes, onapproach)(element) as () => void;
    cell.dispatchEvent(new Event('pointerover', { bubbles: true }));
    expect(load).not.toHaveBeenCalled();
    detach();
    cell.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(onapproach).toHaveBeenCalledOnce();
  });
});

describe('prefetchRowsWhenIdle()', () => {
  test('once idle, prefetches the rows last drawn, and only those', () => {
    const runIdle = idleQueue();
    const { quotes, load, prefetch } = fakeLoader();
    const rowsDrawn = prefetchRowsWhenIdle(quotes);
    rowsDrawn(['x', 'y']);
    rowsDrawn(['a', 'b', 'c']);
    expect(prefetch).not.toHaveBeenCalled();
    runIdle();
    expect(prefetch.mock.calls).toEqual([['a'], ['b'], ['c']]);
    expect(load).not.toHaveBeenCalled();
  });

  test('schedules again for rows drawn after the last idle fetch', () => {
    const runIdle = idleQueue();
    const { quotes, prefetch } = fakeLoader();
    const rowsDrawn = prefetchRowsWhenIdle(quotes);
    rowsDrawn(['a']);
    runIdle();
    rowsDrawn(['b']);
    runIdle();
    expect(prefetch.mock.calls).toEqual([['a'], ['b']]);
  });

  test.each([
    ['a story whose quotes are all at hand', fakeLoader([], true), {}],
    ['a reader who asked to save data', fakeLoader(), { connection: { saveData: true } }],
  ])('fetches nothing for %s', (_who, { quotes, load, prefetch }, navigator) => {
    const runIdle = idleQueue();
    vi.stubGlobal('navigator', navigator);
    prefetchRowsWhenIdle(quotes)(['a']);
    runIdle();
    expect(prefetch).not.toHaveBeenCalled();
    expect(load).not.toHaveBeenCalled();
  });
});
