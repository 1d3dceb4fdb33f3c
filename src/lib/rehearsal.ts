import { savingData, whenIdle } from './idle';
import type { Cell } from './matrix';
import type { QuoteLoader } from './quote-chunks';

/**
 * The cell to rehearse the panel with, so that the rehearsal runs as much of the panel's code as
 * the story has: the cell with the longest history in the story, then one whose quotes are at
 * hand (no fetch), then the one with the most evidence. Keeping to rows at hand instead missed
 * the history's code whenever the rows fetched first had no history (a 50 × 50 story's first
 * row often has none), and the first click on a cell with one then parsed eight templates.
 * Undefined when no cell has a position.
 */
export function rehearsalCell(
  cells: readonly (readonly Cell[])[],
  atHand: (issue: string) => boolean,
): Cell | undefined {
  let best: Cell | undefined;
  let bestScore = -1;
  for (const row of cells) {
    const rowAtHand = row[0] !== undefined && atHand(row[0].issue.id);
    for (const cell of row) {
      const rank = cell.history.length * 2000 + (rowAtHand ? 1000 : 0);
      // Counting the evidence is for a cell that could still win: a large story has 40,000.
      if (!cell.position || rank + 999 <= bestScore) continue;
      const score = rank + evidenceCount(cell);
      if (score > bestScore) [best, bestScore] = [cell, score];
    }
  }
  return best;
}

/** The pieces of evidence of a cell's positions, at most 999 (a tie-breaker). */
function evidenceCount(cell: Cell): number {
  const evidence = cell.history.reduce((sum, position) => sum + position.evidence.length, 0);
  return Math.min(evidence, 999);
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
