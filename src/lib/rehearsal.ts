import { savingData, whenIdle } from './idle';
import type { Cell } from './matrix';
import type { QuoteLoader } from './quote-chunks';

/**
 * The cell to rehearse the panel with: of the rows whose quotes are at hand, the cell with the
 * longest history, then the most evidence, so that the rehearsal runs as much of the panel's
 * code as the story has. With no row at hand, the same choice within the first row, whose quotes
 * can be fetched for it. Undefined when no cell has a position.
 */
export function rehearsalCell(
  cells: readonly (readonly Cell[])[],
  atHand: (issue: string) => boolean,
): Cell | undefined {
  const rows = cells.filter((row) => row[0] && atHand(row[0].issue.id));
  let best: Cell | undefined;
  for (const row of rows.length > 0 ? rows : cells.slice(0, 1)) {
    for (const cell of row) {
      if (cell.position && (!best || richness(cell) > richness(best))) best = cell;
    }
  }
  return best;
}

/** How much of the panel a cell uses: its history first, its evidence as the tie-breaker. */
function richness(cell: Cell): number {
  const evidence = cell.history.reduce((sum, position) => sum + position.evidence.length, 0);
  return cell.history.length * 1000 + Math.min(evidence, 999);
}

/**
 * Calls `perform` with the rehearsal cell in an idle moment, once the cell's quotes are at hand:
 * they are fetched for it, except for a reader who saves data. A fetch that fails cancels the
 * rehearsal (the reader's click asks again). Resolves with the cell, or undefined when there
 * was none to rehearse with.
 */
export async function rehearseWhenIdle(
  cells: readonly (readonly Cell[])[],
  quotes: Pick<QuoteLoader, 'cached' | 'load'>,
  perform: (cell: Cell) => void,
  saveData: () => boolean = savingData,
): Promise<Cell | undefined> {
  const atHand = (issue: string) => quotes.cached(issue) !== undefined;
  const cell = rehearsalCell(cells, atHand);
  if (!cell) return undefined;
  if (!atHand(cell.issue.id)) {
    if (saveData()) return undefined;
    await quotes.load(cell.issue.id).catch(() => undefined);
    if (!atHand(cell.issue.id)) return undefined;
  }
  await new Promise<void>((resolve) => whenIdle(resolve));
  perform(cell);
  return cell;
}

/**
 * Runs `render` into a stage off the page, then, in a later moment (`next`, an idle one by
 * default), puts the stage on the page to lay it out and takes it all away again: each step is
 * a task of its own, so that neither is a long task on a slow phone and a tap that comes
 * meanwhile waits for one step at most. The stage (the `rehearsal` class: hidden, no size,
 * inert) is on the page only within the second task, so it is never painted, read out or found
 * by a query. Returns the function that ends the rehearsal at once, for a cell that opens
 * meanwhile. A rehearsal that runs to its end is timed as `standpoint:rehearsal` from the mark
 * `standpoint:rehearsal-start`, for anyone profiling a page.
 */
export function rehearseUnseen(
  render: (stage: HTMLElement) => () => void,
  next: (step: () => void) => void = whenIdle,
): () => void {
  performance.mark('standpoint:rehearsal-start');
  const stage = document.createElement('div');
  stage.className = 'standpoint rehearsal';
  stage.inert = true;
  const remove = render(stage);
  let ended = false;
  function end() {
    if (ended) return;
    ended = true;
    try {
      remove();
    } finally {
      stage.remove();
    }
  }
  next(() => {
    if (ended) return;
    try {
      document.body.append(stage);
      // Laid out too: a panel's first layout (its fonts, its text) is the slower half of a click.
      void stage.offsetHeight;
    } finally {
      end();
    }
    performance.measure('standpoint:rehearsal', 'standpoint:rehearsal-start');
  });
  return end;
}
