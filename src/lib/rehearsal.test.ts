// @vitest-environment jsdom
import { describe, expect, test, vi } from 'vitest';
import type { Cell } from './matrix';
import type { QuoteLoader } from './quote-chunks';
import { rehearsalCell, rehearseUnseen, rehearseWhenIdle } from './rehearsal';
import type { EvidenceOutline, PositionOutline } from './types';

/** A cell of `issue` for `actor` with `positions` positions of `quotes` quotes each. */
function cell(actor: string, issue: string, positions: number, quotes = 1): Cell {
  const evidence = Array.from({ length: quotes }, () => ({ kind: 'direct' }) as EvidenceOutline);
  const history = Array.from(
    { length: positions },
    (_, step) =>
      ({ actor, issue, asOf: `2025-08-1${step}`, stance: 'supports', evidence }) as PositionOutline,
  );
  return {
    actor: { id: actor, name: actor },
    issue: { id: issue, label: issue },
    position: history[0],
    history,
  };
}

/** Two rows: `land` with an unknown cell and a cell of one position, `truce` with a cell of two. */
const cells = [
  [cell('kyiv', 'land', 0), cell('moscow', 'land', 1, 3)],
  [cell('kyiv', 'truce', 2), cell('moscow', 'truce', 1)],
];

/** A loader whose `atHand` issues are loaded, and whose fetches succeed unless `failing`. */
function loader(atHand: string[], failing = false) {
  const loaded = new Set(atHand);
  const load = vi.fn(async (issue: string) => {
    if (failing) throw new Error('offline');
    loaded.add(issue);
    return new Map();
  });
  const quotes = {
    cached: (issue: string) => (loaded.has(issue) ? new Map() : undefined),
    load,
  } as unknown as QuoteLoader;
  return { quotes, load };
}

describe('rehearsalCell()', () => {
  test('picks the cell with the longest history', () => {
    expect(rehearsalCell(cells, () => true)).toBe(cells[1]![0]);
  });

  test('breaks a tie in history by the evidence', () => {
    const row = [cell('a', 'land', 1, 1), cell('b', 'land', 1, 4), cell('c', 'land', 1, 2)];
    expect(rehearsalCell([row], () => true)).toBe(row[1]);
  });

  test('looks past the rows at hand for a longer history, whose row can be fetched', () => {
    expect(rehearsalCell(cells, (issue) => issue === 'land')).toBe(cells[1]![0]);
    expect(rehearsalCell(cells, () => false)).toBe(cells[1]![0]);
  });

  test('of cells with as long a history, prefers one whose quotes are at hand to more evidence', () => {
    const rows = [[cell('a', 'land', 1, 9)], [cell('b', 'truce', 1, 1)]];
    expect(rehearsalCell(rows, (issue) => issue === 'truce')).toBe(rows[1]![0]);
    expect(rehearsalCell(rows, () => true)).toBe(rows[0]![0]);
  });

  test('is undefined when no cell has a position', () => {
    expect(rehearsalCell([[cell('kyiv', 'land', 0)]], () => true)).toBeUndefined();
    expect(rehearsalCell([], () => true)).toBeUndefined();
  });
});

describe('rehearseWhenIdle()', () => {
  test('rehearses with quotes at hand without fetching', async () => {
    const { quotes, load } = loader(['land', 'truce']);
    const perform = vi.fn();
    await expect(rehearseWhenIdle(cells, quotes, perform, () => false)).resolves.toBe(cells[1]![0]);
    expect(perform).toHaveBeenCalledExactlyOnceWith(cells[1]![0]);
    expect(load).not.toHaveBeenCalled();
  });

  test('fetches the chosen cell’s quotes first when they are not at hand', async () => {
    const { quotes, load } = loader(['land']);
    const perform = vi.fn();
    await rehearseWhenIdle(cells, quotes, perform, () => false);
    expect(load).toHaveBeenCalledExactlyOnceWith('truce');
    expect(perform).toHaveBeenCalledExactlyOnceWith(cells[1]![0]);
  });

  test('fetches nothing and rehearses nothing for a reader who saves data', async () => {
    const { quotes, load } = loader([]);
    const perform = vi.fn();
    await expect(rehearseWhenIdle(cells, quotes, perform, () => true)).resolves.toBeUndefined();
    expect(load).not.toHaveBeenCalled();
    expect(perform).not.toHaveBeenCalled();
  });

  test('gives up when the quotes cannot be fetched', async () => {
    const { quotes, load } = loader([], true);
    const perform = vi.fn();
    await expect(rehearseWhenIdle(cells, quotes, perform, () => false)).resolves.toBeUndefined();
    expect(load).toHaveBeenCalledOnce();
    expect(perform).not.toHaveBeenCalled();
  });

  test('waits for an idle moment before rehearsing', async () => {
    const { quotes } = loader(['land', 'truce']);
    const perform = vi.fn();
    const rehearsed = rehearseWhenIdle(cells, quotes, perform, () => false);
    await Promise.resolve();
    expect(perform).not.toHaveBeenCalled();
    await rehearsed;
    expect(perform).toHaveBeenCalledOnce();
  });
});

describe('rehearseUnseen()', () => {
  /** A page of one element, to see that the rehearsal leaves it as it was. */
  function page(): HTMLElement {
    const main = document.createElement('main');
    document.body.replaceChildren(main);
    return main;
  }

  /** Steps held back until `runNext()` runs the first of them, as idle moments would. */
  function steps() {
    const queue: (() => void)[] = [];
    return {
      next: (step: () => void) => queue.push(step),
      runNext: () => queue.shift()?.(),
      get waiting() {
        return queue.length;
      },
    };
  }

  test('renders off the page, then, in a later moment, lays the hidden stage out on the page and takes it away', () => {
    const main = page();
    performance.clearMeasures('standpoint:rehearsal');
    const seen: { inPage: boolean; hidden: boolean; inert: boolean }[] = [];
    const remove = vi.fn(() => {
      const stage = document.querySelector('.rehearsal') as HTMLElement | null;
      seen.push({
        inPage: stage !== null,
        hidden: stage?.classList.contains('rehearsal') ?? false,
        inert: stage?.inert ?? false,
      });
    });
    const { next, runNext } = steps();
    let rendered: HTMLElement | undefined;
    rehearseUnseen((stage) => {
      stage.append(document.createElement('section'));
      rendered = stage;
      return remove;
    }, next);
    expect(rendered?.isConnected).toBe(false);
    expect([...document.body.childNodes]).toEqual([main]);
    runNext();
    expect(seen).toEqual([{ inPage: true, hidden: true, inert: true }]);
    expect([...document.body.childNodes]).toEqual([main]);
    expect(performance.getEntriesByName('standpoint:rehearsal')).toHaveLength(1);
  });

  test('ending it early takes its rendering away and cancels the layout', () => {
    const main = page();
    performance.clearMeasures('standpoint:rehearsal');
    const remove = vi.fn();
    const held = steps();
    const end = rehearseUnseen(() => remove, held.next);
    expect(held.waiting).toBe(1);
    end();
    expect(remove).toHaveBeenCalledOnce();
    held.runNext();
    end();
    expect(remove).toHaveBeenCalledOnce();
    expect([...document.body.childNodes]).toEqual([main]);
    expect(performance.getEntriesByName('standpoint:rehearsal')).toHaveLength(0);
  });

  test('takes the stage away even when the rendering fails', () => {
    const main = page();
    const { next } = steps();
    expect(() =>
      rehearseUnseen(() => {
        throw new Error('broken panel');
      }, next),
    ).toThrow('broken panel');
    expect([...document.body.childNodes]).toEqual([main]);
  });
});
