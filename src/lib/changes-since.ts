/**
 * What a reader who saw the graphic on an earlier day has missed: the cells whose position is
 * new, changed or restated with new evidence since then (`changesBetween`), the cells given a
 * correction since then, and the story-wide corrections since then. Dates are ISO `YYYY-MM-DD`
 * strings, compared as plain strings.
 */
import { buildMatrix, cellKey, type Matrix } from './matrix';
import { correctionsByCell } from './story-index';
import { changesBetween, type Change } from './timeline';
import type { Correction, PositionOutline, StoryOutline } from './types';

/** One cell that changed since the reader's day. */
export interface CellSince {
  /** Actor id. */
  actor: string;
  /** Issue id. */
  issue: string;
  /** How its position moved; undefined when only a correction touched the cell. */
  change?: Change;
  /** Corrections pinned to the cell in the window, newest first; often empty. */
  corrections: Correction[];
}

/** Everything that changed between two days. */
export interface ChangesSince {
  /** The day the reader saw the graphic. */
  since: string;
  /** The cells that changed, in grid order (issues, then actor columns, as `buildMatrix`). */
  cells: CellSince[];
  /** Corrections in the window that name no single cell, newest first. */
  storyWide: Correction[];
}

/**
 * What changed after `since`, up to and including `until` (the day the grid is shown as of).
 * With no `until` the latest positions are compared, and every correction published after
 * `since` counts, even one dated after the story's `updated`. Nothing changed when `since` is
 * not before the day compared. The story is not modified. `whole`, the story's matrix of every
 * position (`buildMatrix(story)`), is built when the caller does not have it.
 */
export function changesSince(
  story: StoryOutline,
  since: string,
  until?: string,
  whole: Matrix<PositionOutline> = buildMatrix(story),
): ChangesSince {
  const last = until ?? story.updated;
  if (since >= last) return { since, cells: [], storyWide: [] };
  const inWindow = story.corrections.filter(
    (correction) => correction.date > since && (until === undefined || correction.date <= until),
  );
  const pinned = correctionsByCell(inWindow);
  const moved = new Map(
    changesBetween(story, since, last, whole).map((change) => [
      cellKey(change.actor, change.issue),
      change,
    ]),
  );
  const { rows, columns } = whole;
  const cells: CellSince[] = [];
  for (const issue of rows) {
    for (const actor of columns) {
      const key = cellKey(actor.id, issue.id);
      const change = moved.get(key);
      const corrections = pinned.get(key) ?? [];
      if (!change && corrections.length === 0) continue;
      cells.push({ actor: actor.id, issue: issue.id, ...(change && { change }), corrections });
    }
  }
  const storyWide = inWindow
    .filter((correction) => !correction.actor || !correction.issue)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return { since, cells, storyWide };
}
