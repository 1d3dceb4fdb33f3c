/**
 * Positions over time: the dates at which the grid changes, the position a cell held on a given
 * day, and what changed between two days. Dates are ISO `YYYY-MM-DD` strings, which sort and
 * compare correctly as plain strings. Nothing is back-filled: before a cell's first dated
 * position, the cell has no known position.
 *
 * To lay the whole grid out as of a day, use `buildMatrix(story, { asOf })` from `./matrix`.
 */
import { buildMatrix, type Matrix } from './matrix';
import type { PositionOutline, StoryOutline } from './types';

/** How a cell moved between two dates. */
export type ChangeKind =
  /** The cell had no known position before, and has one after. */
  | 'new'
  /** The cell's stance is different. */
  | 'changed'
  /** A newer dated position with the same stance (new evidence, same answer). */
  | 'restated';

/** One cell whose position differs between two dates. */
export interface Change {
  /** Actor id. */
  actor: string;
  /** Issue id. */
  issue: string;
  /** The position on the earlier date; undefined when the cell was empty then. */
  before: PositionOutline | undefined;
  /** The position on the later date. */
  after: PositionOutline;
  kind: ChangeKind;
}

/**
 * The days at which the grid can look different: every `asOf` in the story, sorted and without
 * repeats, followed by the story's `updated` date (unless a position already has that date).
 * `updated` is last whenever no position is dated after it, as the validator's tests require.
 */
export function storyDates(story: StoryOutline): string[] {
  const dates = new Set(story.positions.map((position) => position.asOf));
  dates.add(story.updated);
  return [...dates].sort();
}

/**
 * The position a cell held on `date`: the one with the latest `asOf` on or before that day.
 * Undefined before the first dated position. `history` may be in any order.
 */
export function positionAsOf<P extends PositionOutline>(
  history: readonly P[],
  date: string,
): P | undefined {
  let found: P | undefined;
  for (const position of history) {
    if (position.asOf > date) continue;
    if (!found || position.asOf > found.asOf) found = position;
  }
  return found;
}

/**
 * The cells whose position on `toDate` differs from their position on `fromDate`, in grid order
 * (issues in the editor's order, then actor columns as `buildMatrix` lays them out). Changes run
 * forward in time: when `fromDate` is not before `toDate`, there are none. `whole`, the story's
 * matrix of every position, is built when the caller does not have it.
 */
export function changesBetween(
  story: StoryOutline,
  fromDate: string,
  toDate: string,
  whole: Matrix<PositionOutline> = buildMatrix(story),
): Change[] {
  if (fromDate >= toDate) return [];
  const changes: Change[] = [];
  for (const row of whole.cells) {
    for (const { actor, issue, history } of row) {
      const before = positionAsOf(history, fromDate);
      const after = positionAsOf(history, toDate);
      if (!after || after === before) continue;
      const kind: ChangeKind = !before
        ? 'new'
        : before.stance !== after.stance
          ? 'changed'
          : 'restated';
      changes.push({ actor: actor.id, issue: issue.id, before, after, kind });
    }
  }
  return changes;
}

/** The latest of `dates` strictly before `date`, or undefined when there is none. */
export function previousStep(dates: readonly string[], date: string): string | undefined {
  let found: string | undefined;
  for (const candidate of dates) {
    if (candidate < date && (found === undefined || candidate > found)) found = candidate;
  }
  return found;
}

/** The earliest of `dates` strictly after `date`, or undefined when there is none. */
export function nextStep(dates: readonly string[], date: string): string | undefined {
  let found: string | undefined;
  for (const candidate of dates) {
    if (candidate > date && (found === undefined || candidate < found)) found = candidate;
  }
  return found;
}
