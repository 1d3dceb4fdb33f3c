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
 * Runs `render` into a stage on the page that is laid out but never painted (the `rehearsal`
 * class: hidden, no size, inert) and takes it all away again, in one task, so that it is never
 * painted, read out or found by a query. Timed as `standpoint:rehearsal`, for anyone profiling
 * a page.
 */
export function rehearseUnseen(render: (stage: HTMLElement) => () => void): void {
  const start = performance.now();
  const stage = document.createElement('div');
  stage.className = 'standpoint rehearsal';
  stage.inert = true;
  document.body.append(stage);
  try {
    const remove = render(stage);
    // Laid out too: a panel's first layout (its fonts, its text) is the slower half of a click.
    void stage.offsetHeight;
    remove();
  } finally {
    stage.remove();
  }
  performance.measure('standpoint:rehearsal', { start });
}
